// Which quotes an editor reads first. Every quote and name here is invented.
import { describe, expect, it } from 'vitest';
import { rankQuotes } from '../../../lib/quotes/rank';
import type { Quote } from '../../../lib/types';

const quote = (text: string, speaker: string | null, paragraph: number, over: Partial<Quote> = {}): Quote => ({
  text,
  speaker,
  role: null,
  cue: 'said',
  partial: false,
  anonymous: false,
  position: { paragraph, start: 0, end: text.length },
  score: 0,
  ...over,
});

describe('rankQuotes', () => {
  it('puts a quote that repeats one ranked above it at the tail', () => {
    const lede = quote('We will not let the harbour close while the town still needs its jobs', 'Ada Lindqvist', 1);
    const again = quote('we will not let the harbour close while the town needs its jobs', 'Ada Lindqvist', 9);
    const other = quote('The board has no money for a rescue and never had any', 'Tomas Berg', 4);
    const third = quote('Fishing families have waited for an answer for three years now', 'Lena Holm', 6);
    const ranked = rankQuotes([lede, again, other, third], 10);
    expect(ranked[ranked.length - 1]).toBe(again);
    expect(ranked.slice(0, 3)).toEqual(expect.arrayContaining([lede, other, third]));
  });

  it('prefers a claim with substance to a short aside of the same voice', () => {
    const aside = quote('It was a long day', 'Ada Lindqvist', 2);
    const claim = quote(
      'The town must keep the harbour open, and we will fight the closure in court',
      'Ada Lindqvist',
      3,
    );
    expect(rankQuotes([aside, claim], 10)[0]).toBe(claim);
  });

  it('lets more than one voice into the first three when others have something to say', () => {
    const a = [1, 2, 3].map((p) =>
      quote(`Ada speaks at length about the harbour plan, part ${p}, and what the town should do`, 'Ada Lindqvist', p),
    );
    const b = quote('The board cannot pay for the harbour and will say so at the meeting', 'Tomas Berg', 5);
    expect(rankQuotes([...a, b], 10).slice(0, 3)).toContain(b);
  });
});
