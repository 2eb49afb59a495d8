import { describe, expect, it } from 'vitest';
import { findSpans, scanMarks } from '../../../lib/quotes/marks';

const texts = (paragraphs: string[], lang: string | null = 'en') =>
  findSpans(paragraphs, lang).map((s) => s.parts.map((p) => paragraphs[p.paragraph].slice(p.start, p.end)));

describe('quotation marks', () => {
  it('reads straight, curly, low-high, guillemet and corner marks', () => {
    expect(texts(['She said "the plan is ready now" today.'])).toEqual([['the plan is ready now']]);
    expect(texts(['“The plan is ready now,” she said.'])).toEqual([['The plan is ready now,']]);
    expect(texts(['Er sagte: „Der Plan ist jetzt fertig.“'])).toEqual([['Der Plan ist jetzt fertig.']]);
    expect(texts(['Il a dit : « Le plan est prêt maintenant ».'])).toEqual([['Le plan est prêt maintenant']]);
    expect(texts(['Er sagte: »Der Plan ist fertig.«'])).toEqual([['Der Plan ist fertig.']]);
    expect(texts(['她说：「计划已经准备好了」。'])).toEqual([['计划已经准备好了']]);
    expect(texts(['Elle a dit ‚le plan est prêt‘ hier.'])).toEqual([['le plan est prêt']]);
  });

  it('pairs straight and curly marks mixed in one quote', () => {
    expect(texts(['“We will appeal the ruling," the mayor said.'])).toEqual([['We will appeal the ruling,']]);
  });

  it('keeps apostrophes out of quotes', () => {
    expect(texts(["The town’s mayor didn't say it, and the '90s band’s fans' bus left."])).toEqual([]);
    expect(texts(['“The players’ union won’t budge,” he said.'])).toEqual([['The players’ union won’t budge,']]);
  });

  it('returns only the outer quote when quotes nest', () => {
    expect(texts(['“He told me ‘never again’ and left,” she said.'])).toEqual([['He told me ‘never again’ and left,']]);
  });

  it('reads NYT-style doubled apostrophes as double marks', () => {
    expect(texts(["''We are not leaving,'' the tenant said."])).toEqual([['We are not leaving,']]);
  });

  it('splits a quote interrupted by attribution into two spans', () => {
    expect(texts(['"We like the idea," the firm said, "but not the price."'])).toEqual([
      ['We like the idea,'],
      ['but not the price.'],
    ]);
  });

  it('merges a quote running over paragraphs (opening mark on each, closing on the last)', () => {
    const ps = [
      '“The first thing we did was count the boats.',
      '“Then we counted the nets twice,” the fisher said.',
      'Later text.',
    ];
    expect(texts(ps)).toEqual([['The first thing we did was count the boats.', 'Then we counted the nets twice,']]);
  });

  it('never lets an unclosed mark run past its paragraph', () => {
    const ps = [
      'He wrote "a note that never closes and goes on',
      'A plain paragraph with "a proper quote here" inside.',
    ];
    expect(texts(ps)).toEqual([['a note that never closes and goes on'], ['a proper quote here']]);
  });

  it('ends a mark opened mid-paragraph and never closed with its sentence, one quote per stray opener', () => {
    const ps = [
      'The mayor said “we will finish the bridge before winter. Then the chief added « nobody told the residents about it. The end.',
    ];
    expect(texts(ps)).toEqual([['we will finish the bridge before winter.'], ['nobody told the residents about it.']]);
  });

  it('does not take inch marks for quotes', () => {
    expect(texts(['The 12" pipe burst and "nobody came for hours" after.'])).toEqual([['nobody came for hours']]);
  });

  it('reads dash-introduced speech in Spanish, leaving the narrator out', () => {
    expect(texts(['—No vamos a firmar nada —dijo Pérez—. Es una trampa.'], 'es')).toEqual([
      ['No vamos a firmar nada'],
      ['Es una trampa.'],
    ]);
  });

  it('gets through a long run of bare marks, in time that grows with the run, and finds the quote after it', () => {
    const run = (n: number) => '"'.repeat(n) + '“'.repeat(n) + "'".repeat(n);
    const quote = ' The mayor said “we will rebuild the pier this spring” on Monday.';
    const fastest = (text: string) =>
      Math.min(...[0, 1, 2].map(() => ((t0) => (scanMarks(text), performance.now() - t0))(performance.now())));
    const small = fastest(run(12_500) + quote);
    const large = fastest(run(50_000) + quote);
    // four times the marks: about four times the time (a quadratic scan would take sixteen)
    expect(large / Math.max(small, 1)).toBeLessThan(9);
    const text = run(50_000) + quote;
    const spans = scanMarks(text).pairs.map((p) => text.slice(p.open + p.openLen, p.close));
    expect(spans).toContain('we will rebuild the pier this spring');
  });
});
