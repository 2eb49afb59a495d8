// Written by `npm run train:holders -- --write` (scripts/train-holders.ts) from 840 pages of
// polnear-train: 2889 claim sentences with two or more candidate holders;
// 5-fold by article, the rules pick the right one 0.906, the model 0.909.
// One weight per feature of lib/claims/features.ts: a positive weight makes a candidate likelier to hold
// the sentence. The keeper leaves a sentence to no one when the pick is right with p < 0.
import type { HolderWeights } from './holder';

export const HOLDER_WEIGHTS: HolderWeights = {
  features: [
    'rules',
    'says',
    'acts',
    'saidBy',
    'accordingTo',
    'possessive',
    'through',
    'possessorOnly',
    'complement',
    'insideReport',
    'relative',
    'fronted',
    'firstSpeaker',
    'onlySpeaker',
    'beforeCue',
    'opensSentence',
    'position',
    'unnamed',
    'person',
    'organization',
    'place',
    'quoteSpeaker',
    'previousHolder',
    'pronounStart',
    'inPrevious',
    'rulesQuiet',
    'rulesPlace',
    'frequent',
    'firstMentioned',
  ],
  weights: [
    1.168, 0.544, 0.556, 0.294, 0.179, -0.138, -0.606, -0.326, -0.496, -0.379, -0.512, -0.24, 0.522, 0.684, 0.369,
    0.525, -0.332, -0.63, 0.522, -0.394, -0.128, 0.321, -0.13, -0.048, -0.272, 0.434, -0.067, -0.355, -0.254,
  ],
};
