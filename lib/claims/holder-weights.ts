// Placeholder until scripts/train-holders.ts writes the learned weights: only the rules' choice counts.
import type { HolderWeights } from './holder';

export const HOLDER_WEIGHTS: HolderWeights = { features: ['rules'], weights: [1] };
