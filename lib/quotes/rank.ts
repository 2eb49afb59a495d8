// The order an editor would pick: what central voices said, with substance, early in the story,
// each thing said once. Scores are comparable within one article only.
import type { Quote } from '../types';
import { wordsOfQuote } from './select';

/** Words that make a quote a claim, a demand or a plan rather than colour ("we will", "must", "not"). */
const STANCE =
  /\b(?:will|won['’]t|would|must|should|need|needs|can['’]t|cannot|never|not|no|want|wants|believe|think|plan|going to|have to|has to|support|oppose|against|wrong|right)\b/i;
/** Share of one quote's words found in another at or above which the two say the same thing. */
const NEAR_DUPLICATE = 0.7;

export function rankQuotes(quotes: Quote[], paragraphCount: number): Quote[] {
  const bySpeaker = new Map<string, number>();
  for (const q of quotes) if (q.speaker) bySpeaker.set(q.speaker, (bySpeaker.get(q.speaker) ?? 0) + 1);
  const most = Math.max(1, ...bySpeaker.values());
  for (const q of quotes) {
    const words = wordsOfQuote(q).length;
    // long enough to say something: full marks from 25 words, no more for a wall of text
    const substance = Math.min(words, 25) / 25 + (STANCE.test(q.text) ? 0.2 : 0);
    // central voices are the ones quoted most; the lede and nut graf carry the story
    const voice = q.speaker ? 0.5 + 0.8 * ((bySpeaker.get(q.speaker) ?? 1) / most) : q.anonymous ? 0.25 : 0;
    const placement = 0.6 * (1 - q.position.paragraph / Math.max(1, paragraphCount));
    const whole = q.partial ? 0 : 0.25;
    q.score = Math.round((substance + voice + placement + whole) * 1000) / 1000;
  }
  const sorted = [...quotes].sort(
    (a, b) => b.score - a.score || a.position.paragraph - b.position.paragraph || a.position.start - b.position.start,
  );
  // a quote that repeats one ranked above it (a pull quote, the same words in the lede and later) goes to the tail
  const kept: Quote[] = [];
  const repeats: Quote[] = [];
  // pairwise, so only on article-sized lists
  for (const q of sorted)
    (sorted.length <= 400 && kept.some((k) => overlap(q, k) >= NEAR_DUPLICATE) ? repeats : kept).push(q);
  // the first three should not all be one voice when others have something to say
  const top: Quote[] = [];
  const rest: Quote[] = [];
  for (const q of kept) {
    if (
      top.length < 3 &&
      (!q.speaker ||
        !top.some((t) => t.speaker === q.speaker) ||
        kept.filter((s) => s.speaker !== q.speaker && !top.includes(s)).every((s) => s.score < q.score * 0.6))
    )
      top.push(q);
    else rest.push(q);
  }
  return [...top, ...rest, ...repeats];
}

/** Share of the shorter quote's distinct words that the other holds. */
function overlap(a: Quote, b: Quote): number {
  const x = new Set(wordsOfQuote(a));
  const y = new Set(wordsOfQuote(b));
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size < 4) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}
