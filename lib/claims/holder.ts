// Who holds a claim sentence: the rules (lib/positions) list the stakeholders that could, and a
// linear model learned from annotated political news (scripts/train-holders.ts) scores each one
// on the features of lib/claims/features.ts; the highest score holds the sentence. A second small
// model, the keeper, judges from the pick's features and the ranker's margin whether the pick is
// likely right at all, and leaves the sentence to no one when it is not (the holder the article
// names may not be among the stakeholders: "a Twitter spokesman", a place read as an actor).
// The weights ship as data (holder-weights.ts): a few dozen multiplications a candidate.
import type { Sentence } from '../text/sentences';
import { FEATURES, holderFeatures, type HolderCandidate, type HolderSentence } from './features';
import { HOLDER_WEIGHTS } from './holder-weights';

/** How the holder of a sentence is chosen among the rules' candidates. */
export interface HolderChoice {
  /** The learned model that picks (holder-weights.ts unless told); null keeps the rules' choice. */
  model?: HolderWeights | null;
  /** Called with every pick, however many candidates: what scripts/train-holders.ts learns from. */
  onDecision?: (pick: HolderPick) => void;
}

export interface HolderPick {
  sentence: Sentence;
  context: HolderSentence;
  candidates: HolderCandidate[];
  /** Index of the candidate that holds the sentence, -1 for no one. */
  picked: number;
}

/** A learned model: one weight per feature name (names the model does not know weigh 0). */
export interface HolderWeights {
  features: readonly string[];
  weights: readonly number[];
  /** The keeper: a logistic model on KEEP_FEATURES; below `threshold` no one holds the sentence. */
  keep?: { features: readonly string[]; weights: readonly number[]; threshold: number };
}

/** What the keeper reads: the picked candidate's features, then how the ranker saw the choice. */
export const KEEP_FEATURES = [
  ...FEATURES.map((f) => `pick.${f}`),
  'bias',
  'alone', // the only candidate
  'margin', // how far the pick's score stands above the next one's (capped)
] as const;

const MARGIN_CAP = 4;

export function keepFeatures(picked: readonly number[], scores: readonly number[], at: number): number[] {
  let next = -Infinity;
  for (let k = 0; k < scores.length; k++) if (k !== at && scores[k] > next) next = scores[k];
  const margin = scores.length > 1 ? Math.min(MARGIN_CAP, scores[at] - next) / MARGIN_CAP : 1;
  return [...picked, 1, scores.length === 1 ? 1 : 0, margin];
}

/** The weights in an order, looked up by name once per model, not once per decision. */
const aligned = new WeakMap<object, number[]>();
function alignedWeights(model: { features: readonly string[]; weights: readonly number[] }, order: readonly string[]) {
  let w = aligned.get(model);
  if (!w) {
    w = order.map((name) => {
      const at = model.features.indexOf(name);
      return at >= 0 ? model.weights[at] : 0;
    });
    aligned.set(model, w);
  }
  return w;
}

const dot = (w: readonly number[], f: readonly number[]) => {
  let s = 0;
  for (let k = 0; k < f.length; k++) s += w[k] * f[k];
  return s;
};

const INSIDE_REPORT = FEATURES.indexOf('insideReport');
/**
 * A name inside what someone else reported ("She denied that … Okoro … formed") holds nothing
 * there: the model may not give it a sentence the rules gave to someone else.
 */
export const mayTake = (features: readonly number[]): boolean => features[INSIDE_REPORT] !== 1;

/**
 * The index of the candidate that holds the sentence, or -1 when the keeper judges the best
 * pick unlikely to be right. Ties keep the rules' choice, so a model that cannot tell two
 * candidates apart changes nothing.
 */
export function pickHolder(
  sentence: HolderSentence,
  candidates: readonly HolderCandidate[],
  model: HolderWeights = HOLDER_WEIGHTS,
): number {
  if (!candidates.length) return -1;
  // one candidate and no keeper: nothing to weigh
  if (candidates.length === 1 && !model.keep) return 0;
  const features = holderFeatures(sentence, candidates);
  const w = alignedWeights(model, FEATURES);
  const scores = features.map((f) => dot(w, f));
  let best = Math.max(
    0,
    candidates.findIndex((c) => c.rules),
  );
  for (let k = 0; k < scores.length; k++) if (scores[k] > scores[best] && mayTake(features[k])) best = k;
  if (!model.keep) return best;
  const p =
    1 / (1 + Math.exp(-dot(alignedWeights(model.keep, KEEP_FEATURES), keepFeatures(features[best], scores, best))));
  return p >= model.keep.threshold ? best : -1;
}
