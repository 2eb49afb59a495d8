// The order an editor would pick: what central voices said, with substance, early in the story.
// Scores are comparable within one article only.
import type { Quote } from '../types';
import { wordsOfQuote } from './select';

export function rankQuotes(quotes: Quote[], paragraphCount: number): Quote[] {
  const bySpeaker = new Map<string, number>();
  for (const q of quotes) if (q.speaker) bySpeaker.set(q.speaker, (bySpeaker.get(q.speaker) ?? 0) + 1);
  const most = Math.max(1, ...bySpeaker.values());
  for (const q of quotes) {
    const words = wordsOfQuote(q).length;
    const substance = Math.min(words, 40) / 40; // long enough to say something, not a wall of text
    // central voices are the ones quoted most; the lede and nut graf carry the story
    const voice = q.speaker ? 0.5 + 0.8 * ((bySpeaker.get(q.speaker) ?? 1) / most) : q.anonymous ? 0.25 : 0;
    const placement = 0.6 * (1 - q.position.paragraph / Math.max(1, paragraphCount));
    const whole = q.partial ? 0 : 0.25;
    q.score = Math.round((substance + voice + placement + whole) * 1000) / 1000;
  }
  const sorted = [...quotes].sort((a, b) => b.score - a.score || a.position.paragraph - b.position.paragraph || a.position.start - b.position.start);
  // the first three should not all be one voice when others have something to say
  const top: Quote[] = [];
  const rest: Quote[] = [];
  for (const q of sorted) {
    if (top.length < 3 && (!q.speaker || !top.some((t) => t.speaker === q.speaker) || sorted.filter((s) => s.speaker !== q.speaker && !top.includes(s)).every((s) => s.score < q.score * 0.6))) top.push(q);
    else rest.push(q);
  }
  return [...top, ...rest];
}
