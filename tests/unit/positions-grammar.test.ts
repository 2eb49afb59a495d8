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
