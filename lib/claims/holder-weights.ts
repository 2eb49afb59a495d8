// Written by `npm run train:holders -- --write` (scripts/train-holders.ts) from 840 pages of
// polnear-train: 2868 claim sentences with two or more candidate holders;
// 5-fold by article, the rules pick the right one 0.908, the model 0.911.
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
    1.174, 0.555, 0.58, 0.286, 0.176, -0.139, -0.606, -0.315, -0.495, -0.342, -0.507, -0.239, 0.529, 0.683, 0.349,
    0.499, -0.317, -0.619, 0.517, -0.39, -0.127, 0.321, -0.131, -0.051, -0.278, 0.445, -0.068, -0.359, -0.282,
  ],
};
