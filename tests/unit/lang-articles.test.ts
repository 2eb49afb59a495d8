// The invented articles of tests/fixtures/lang, one per language and story, scored as the corpus
// scorer scores real pages: each article keeps the figures it reaches now, so a rule that helps
// one language cannot quietly undo another.
import { describe, expect, it } from 'vitest';
import { LANG_ARTICLES } from '../fixtures/lang/articles';
import { scoreArticle } from '../fixtures/lang/score';

describe('invented articles in seven languages', () => {
  const scores = LANG_ARTICLES.map((a) => [a, scoreArticle(a)] as const);
  const mean = (k: 'speakers' | 'titlesOut' | 'precision' | 'central') =>
    scores.reduce((n, [, s]) => n + s[k], 0) / scores.length;

  it('keeps titles and product names in marks out of the quotes on every article', () => {
    for (const [a, s] of scores) expect(s.titlesOut, a.id).toBe(1);
  });

  it('names the speakers, lists actors and finds the central ones as well as it does now', () => {
    expect(mean('speakers')).toBeGreaterThanOrEqual(0.9);
    expect(mean('precision')).toBeGreaterThanOrEqual(0.95);
    expect(mean('central')).toBeGreaterThanOrEqual(0.95);
  });
});
