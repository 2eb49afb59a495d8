// Positions from the grammar of reporting: whose stance a sentence states, on small invented stories.
import { describe, expect, it } from 'vitest';
import { buildEntityIndex } from '../../lib/entities';
import { reportedBefore } from '../../lib/entities/predicate';
import { buildStakeholders } from '../../lib/stakeholders';
import { findPositions } from '../../lib/positions';
import { sentencesOf } from '../../lib/text/sentences';
import { article } from './entities/fixture';

function positionsOf(paragraphs: string[]) {
  const a = article(paragraphs);
  const index = buildEntityIndex(a);
  return findPositions(sentencesOf(a.paragraphs), buildStakeholders(index, []), index, []);
}
const holdersOf = (positions: ReturnType<typeof positionsOf>, sentence: string) =>
  positions.filter((p) => p.evidence.some((e) => e.includes(sentence))).map((p) => p.holder);

describe('a name inside what someone else said holds nothing there', () => {
  it('reads a verb of speech with its own subject before the name as the name’s reporter', () => {
    expect(reportedBefore('He denied that he, the port director ')).toBe(true);
    expect(reportedBefore('However, she said the vote made her realize ')).toBe(true);
    expect(reportedBefore('The mayor called ')).toBe(true);
  });

  it('leaves the speaker of an inverted or "according to" attribution its words', () => {
    expect(reportedBefore('“The yard will close,” said ')).toBe(false);
    expect(reportedBefore('The yard will close, according to ')).toBe(false);
    expect(reportedBefore('The plan was drafted by ')).toBe(false);
  });

  it('reads a noun after a determiner as no verb ("the claims that …")', () => {
    expect(reportedBefore('Despite the claims ')).toBe(false);
  });

  it('gives "He denied that … X formed …" to the one who denied, not to X', () => {
    const story = [
      'Marta Quillon, the port director, spoke to the council on Monday.',
      'She denied that she, union leader Felix Okoro and Velmora Holdings formed a secret committee.',
      'Felix Okoro said the union would strike.',
    ];
    const positions = positionsOf(story);
    expect(holdersOf(positions, story[1])).toEqual(['Marta Quillon']);
  });

  it('gives "X said the vote made him see Y …" to X, not to Y', () => {
    const story = [
      'Felix Okoro said the yard had been sold too cheaply.',
      'However, he said the vote made him see Velmora Holdings had already closed the deal.',
      'Velmora Holdings declined to comment.',
    ];
    const positions = positionsOf(story);
    expect(holdersOf(positions, story[1])).toEqual(['Felix Okoro']);
  });

  it('keeps the subject of the main clause after a fronted one ("After the mayor said …, Y decided …")', () => {
    const story = [
      'After the mayor said the yard would close, Felix Okoro decided to call a strike.',
      'Felix Okoro said the union would fight.',
    ];
    const positions = positionsOf(story);
    expect(holdersOf(positions, story[0])).toContain('Felix Okoro');
  });
});

describe('the line states the holder’s most substantive stance', () => {
  it('prefers what X said over a sentence that only says X testified, shared with another', () => {
    const story = [
      'Marta Quillon, the port director, and Felix Okoro, the union leader, testified side-by-side before the council on Tuesday.',
      'Marta Quillon said the yard could be saved with a state loan.',
      'Felix Okoro said the union would strike.',
    ];
    const marta = positionsOf(story).find((p) => p.holder === 'Marta Quillon')!;
    expect(marta.text).toBe('the yard could be saved with a state loan.');
    expect(marta.evidence.some((e) => e.includes(marta.text))).toBe(true);
  });

  it('puts a question below a statement ("“Is the yard sold?” X asked.")', () => {
    const story = [
      'Marta Quillon asked whether the yard had been sold?',
      'Marta Quillon said the state should buy the yard.',
      'Felix Okoro said the union would strike.',
    ];
    const marta = positionsOf(story).find((p) => p.holder === 'Marta Quillon')!;
    expect(marta.text).toBe('the state should buy the yard.');
  });

  it('keeps a trailing attribution’s content as a stance ("…, Okoro said.")', () => {
    const story = [
      'Felix Okoro spoke to reporters in Tarn on Monday.',
      'The yard must stay open for the town to survive, Felix Okoro said.',
      'Marta Quillon said the union would strike.',
    ];
    const felix = positionsOf(story).find((p) => p.holder === 'Felix Okoro')!;
    expect(felix.text).toContain('The yard must stay open');
  });
});

describe('a second speaker in a clause of their own', () => {
  it('gives "…, X said after Y announced it was …" to Y as well', () => {
    const story = [
      'The town will fight the closure, Marta Quillon said after Velmora Holdings announced it was closing the yard.',
      'Velmora Holdings said the yard had lost money for years.',
      'Marta Quillon said the state should step in.',
    ];
    const positions = positionsOf(story);
    expect(holdersOf(positions, story[0]).sort()).toEqual(['Marta Quillon', 'Velmora Holdings']);
  });

  it('leaves a speaker inside what another reports to the reporter ("X noted that …, and Y called …")', () => {
    const story = [
      'Marta Quillon noted that the yard was losing money, and Velmora Holdings announced it would close.',
      'Velmora Holdings said the yard had lost money for years.',
      'Marta Quillon said the state should step in.',
    ];
    const positions = positionsOf(story);
    expect(holdersOf(positions, story[0])).toEqual(['Marta Quillon']);
  });
});
