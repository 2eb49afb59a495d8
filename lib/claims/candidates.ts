// The candidates for the holder of one sentence, as the rules see them: every listed stakeholder
// the sentence names outside quotation marks, the speaker of a quotation in it, and the holder of
// the sentence before (for "He said …"). Positions ask here, then lib/claims/holder.ts picks.
import type { Stakeholder } from '../types';
import type { HolderCandidate } from './features';

export interface NamedHere {
  stakeholder: Stakeholder;
  start: number;
  end: number;
}

export interface CandidateSources {
  /** Stakeholders the sentence names outside quotation marks, in reading order. */
  named: readonly NamedHere[];
  /** Speakers of quotations that open in or run through the sentence. */
  quoteSpeakers: readonly Stakeholder[];
  /** The holder of the sentence before, in the same or the previous paragraph. */
  previousHolder: Stakeholder | null;
  /** Stakeholders the sentence before names. */
  namedBefore: ReadonlySet<Stakeholder>;
  /** The rules' choice. */
  rules: Stakeholder;
  /** Rank of each stakeholder's first mention in the article (0 first). */
  firstRank: ReadonlyMap<Stakeholder, number>;
}

/** One candidate per stakeholder, at its first naming in the sentence; the stakeholder of each, index for index. */
export function holderCandidates(from: CandidateSources): {
  candidates: HolderCandidate[];
  stakeholders: Stakeholder[];
} {
  const stakeholders: Stakeholder[] = [];
  const candidates: HolderCandidate[] = [];
  const add = (s: Stakeholder, at: { start: number; end: number } | null) => {
    if (stakeholders.includes(s)) return;
    stakeholders.push(s);
    candidates.push({
      name: s.name,
      kind: s.kind,
      at,
      rules: s === from.rules,
      quoteSpeaker: from.quoteSpeakers.includes(s),
      previousHolder: s === from.previousHolder,
      inPrevious: from.namedBefore.has(s),
      mentions: s.mentions,
      firstRank: from.firstRank.get(s) ?? from.firstRank.size,
    });
  };
  for (const n of from.named) add(n.stakeholder, { start: n.start, end: n.end });
  for (const s of from.quoteSpeakers) add(s, null);
  if (from.previousHolder) add(from.previousHolder, null);
  add(from.rules, null);
  return { candidates, stakeholders };
}
