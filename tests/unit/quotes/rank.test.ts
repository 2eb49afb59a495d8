// Which quotes an editor reads first. Every quote and name here is invented.
import { describe, expect, it } from 'vitest';
import { rankQuotes } from '../../../lib/quotes/rank';
import type { Quote } from '../../../lib/types';
import { said } from '../fixtures';

const quote = (text: string, speaker: string | null, paragraph: number, over: Partial<Quote> = {}): Quote =>
  said(text, speaker, { paragraph, score: 0, ...over });

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

  it('lets the central voice hold two of the first three, not all three', () => {
    const a = [1, 2, 3].map((p) =>
      quote(`Ada speaks at length about the harbour plan, part ${p}, and what the town should do`, 'Ada Lindqvist', p),
    );
    const b = quote('The board cannot pay for the harbour and will say so at the meeting', 'Tomas Berg', 5);
    const top = rankQuotes([...a, b], 10).slice(0, 3);
    expect(top.filter((q) => q.speaker === 'Ada Lindqvist')).toHaveLength(2);
    expect(top).toContain(b);
  });

  it('puts first a whole quote that says what the headline says', () => {
    const colour = quote('It was a cold morning and the boats were all in, as they are most days now', 'Lena Holm', 2);
    const core = quote('The ferry subsidy is gone and the island will be cut off by winter', 'Lena Holm', 6);
    const fragment = quote('ferry subsidy is gone', 'Tomas Berg', 1, { partial: true });
    const ranked = rankQuotes([colour, core, fragment], 10, 'Island fears being cut off as ferry subsidy ends');
    expect(ranked[0]).toBe(core);
  });

  it('prefers what the story keeps coming back to over a side remark', () => {
    const paragraphs = [
      'The harbour closure vote is on Monday. The harbour board says the closure saves money.',
      'Fishers say the closure would end the harbour as a working port.',
      'Separately, the town fair opens next week.',
    ];
    const side = quote('The fair is the best week of the year for the children of this town', 'Ida Quarle', 2);
    const core = quote(
      'A closure of the harbour would end fishing here for good, and nobody asked us',
      'Ida Quarle',
      2,
    );
    expect(rankQuotes([side, core], 3, null, paragraphs)[0]).toBe(core);
  });

  it('counts a dozen-word claim as full as a paragraph of talk from the same voice', () => {
    const talk = quote(
      'These days it is like a fair. People come down in their hundreds and stand about on the sand for hours, taking photographs of each other',
      'Ada Lindqvist',
      3,
    );
    const claim = quote('The dredging at the harbour mouth is what drives the seals away,', 'Ada Lindqvist', 3);
    rankQuotes([talk, claim], 10);
    expect(claim.score).toBe(talk.score);
  });

  it('puts a question below a claim: a question is asked, not claimed', () => {
    const question = quote('Would the harbour board sell the yard to anyone who asked them tomorrow?', 'Tomas Berg', 2);
    const claim = quote('The board will not sell the yard to anyone, whoever asks for it', 'Tomas Berg', 2);
    expect(rankQuotes([question, claim], 10)[0]).toBe(claim);
  });

  it('hears the headline in a quote that uses its words in another form', () => {
    const echo = quote(
      'Our relationship with the council has never been this bad in my years here',
      'Ada Lindqvist',
      5,
    );
    const other = quote('The weather over the bay has never been this bad in my years here', 'Ada Lindqvist', 5);
    expect(rankQuotes([other, echo], 10, 'Harbour relations sour after council vote')[0]).toBe(echo);
  });

  it('gives one say cut in two by "he said" one place in the first three, not two', () => {
    const first = quote(
      'The harbour has lost money for six years running, and the losses are growing,',
      'Ada Lindqvist',
      3,
    );
    const second = quote('We cannot keep it open on hope alone, and the town has to hear that now', 'Ada Lindqvist', 3);
    const board = quote('The board will present its own plan for the harbour at the meeting', 'Tomas Berg', 6);
    const fishers = quote('Fishing families will lose everything if the harbour closes this winter', 'Lena Holm', 8);
    const top = rankQuotes([first, second, board, fishers], 10).slice(0, 3);
    expect(top.filter((q) => q.speaker === 'Ada Lindqvist')).toHaveLength(1);
    expect(top).toEqual(expect.arrayContaining([board, fishers]));
  });

  it("puts a principal's word before a commentator's, though the commentator is quoted more", () => {
    const analyst = [4, 5, 6, 7].map((p) =>
      quote(`The harbour vote, part ${p}, shows how little room the council has left to spend`, 'Ola Brekke', p, {
        role: 'a senior fellow at the Coastal Policy Institute',
      }),
    );
    const mayor = quote('We will keep the harbour open and find the money to do it', 'Ida Quarle', 8, {
      role: 'the mayor of Lindvik',
    });
    const ranked = rankQuotes([...analyst, mayor], 10);
    expect(ranked.indexOf(mayor)).toBeLessThan(2);
  });

  it('counts a voice named in the headline as central', () => {
    const named = quote('The harbour will stay open as long as I hold this office', 'Ida Quarle', 6);
    const other = quote('The harbour will stay open as long as the boats come in', 'Tomas Berg', 6);
    expect(rankQuotes([other, named], 10, 'Quarle vows to keep the harbour open')[0]).toBe(named);
  });

  it('puts a say that stands alone before one leaning on the words before it ("But …")', () => {
    const leaning = quote('But we must ask who we are as a town if the harbour closes this winter', 'Ida Quarle', 4);
    const alone = quote('The harbour is the town, and closing it ends the town as we know it', 'Ida Quarle', 4);
    expect(rankQuotes([leaning, alone], 10)[0]).toBe(alone);
  });
});
