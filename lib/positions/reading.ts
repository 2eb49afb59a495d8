// Reading a sentence around a name: the text before and after it, the names inside it.
import type { Sentence } from '../text/sentences';
import type { EntityIndex, Mention } from '../entities';

/**
 * How far around a name its sentence is read for the verb that makes it act: the patterns of
 * predicate.ts look a few words each way. Bounded, so a sentence naming thousands of actors is
 * not read whole once per name.
 */
export const AROUND_NAME = 400;

/** The sentence's text after an offset of its paragraph. */
export const sentenceText = (s: Sentence, paragraphOffset: number) => {
  const from = Math.max(0, paragraphOffset - s.start);
  return s.text.slice(from, from + AROUND_NAME);
};

/** The sentence's text before an offset of its paragraph. */
export const sentenceBefore = (s: Sentence, paragraphOffset: number) => {
  const to = Math.max(0, paragraphOffset - s.start);
  return s.text.slice(Math.max(0, to - AROUND_NAME), to);
};

/** Reading order of a sentence in the article. */
export const order = (s: Sentence) => s.paragraph * 1e6 + s.start;

/** A sentence that opens or closes on a quotation mark. */
export const CLOSES_QUOTE = /["”'’»]\s*$/;
/** A double quotation mark anywhere. */
export const HAS_MARK = /["“”«»]/;

/** The index's name mentions that lie within the sentence, in order. */
export function mentionsWithin(entities: EntityIndex | undefined, sentence: Sentence): Mention[] {
  if (!entities) return [];
  // the paragraph's mentions are sorted by start: find the sentence's first one, not filter them
  // all for each sentence (a paragraph of 5,000 "X said." sentences asked 25 million times)
  const all = entities.mentionsIn(sentence.paragraph);
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].start < sentence.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let k = lo; k < all.length && all[k].start < sentence.end; k++) if (all[k].end <= sentence.end) out.push(all[k]);
  return out;
}
