import { describe, expect, it } from 'vitest';
import { quotesOf } from './fixture';

describe('what counts as a quote', () => {
  it('drops scare quotes and fragments under four words by default', () => {
    const ps = [
      'Critics called the bill “overreach” and a “gift to lobbyists,” but Lee Park said “it protects renters from sudden evictions.”',
    ];
    expect(quotesOf(ps).map((q) => q.text)).toEqual(['it protects renters from sudden evictions.']);
    expect(quotesOf(ps, 'en', { keepFragments: true }).length).toBe(3);
  });

  it('drops titles of works', () => {
    const ps = ['She starred in “The Long Road Back Home” and later in “Nights Over The Harbor.”'];
    expect(quotesOf(ps)).toEqual([]);
  });

  it('shows a quote repeated as a pull quote only once', () => {
    const ps = [
      '“We will not close the library while I am mayor,” Rosa Díaz said.',
      'Budget talks resume next week.',
      '“We will not close the library while I am mayor”',
    ];
    const qs = quotesOf(ps);
    expect(qs.length).toBe(1);
    expect(qs[0].speaker).toBe('Rosa Díaz');
  });
});

describe('ranking', () => {
  it('puts substantial quotes from named central speakers first and fills position', () => {
    const ps = [
      'Ivan Petrov, the plant’s director, spoke first.',
      '“We are going to rebuild the cooling line and hire two hundred people by next summer,” Petrov said.',
      '“Maybe so,” one neighbour shrugged, “but who will pay for it all?”',
      '“The water bills will go up for every single family here,” Petrov said.',
    ];
    const qs = quotesOf(ps);
    expect(qs[0].speaker).toBe('Ivan Petrov');
    expect(qs[0].score).toBeGreaterThanOrEqual(qs[qs.length - 1].score);
    const q = qs[0];
    expect(ps[q.position.paragraph].slice(q.position.start, q.position.end)).toBe(q.text);
  });
});

describe('page-long quotes', () => {
  const sentence = (n: number) => `The harbour board will review berth ${n} before the winter storms arrive in force.`;
  const long = Array.from({ length: 12 }, (_, n) => sentence(n + 1)).join(' ');

  it('cuts a quote past a reader’s patience to its first whole sentences, in the article’s own words', () => {
    const para = `“${long}” Mayor Ines Vold said.`;
    const qs = quotesOf([para]);
    expect(qs).toHaveLength(1);
    expect(qs[0].text.length).toBeLessThanOrEqual(500);
    expect(qs[0].text).toMatch(/arrive in force\.$/);
    expect(long.startsWith(qs[0].text)).toBe(true);
    expect(qs[0].speaker).toBe('Ines Vold');
  });

  it('drops a page-long quote that never ends a sentence', () => {
    const words = Array.from({ length: 120 }, (_, n) => `word${n}`).join(' ');
    expect(quotesOf([`She read “${words}” aloud.`])).toEqual([]);
  });

  it('keeps a quote of ordinary length whole', () => {
    const text = sentence(1) + ' ' + sentence(2);
    expect(quotesOf([`“${text}” Ines Vold said.`])[0].text).toBe(text);
  });
});

describe('words on a sign', () => {
  it('are not speech when the sentence says a sign reads them', () => {
    const qs = quotesOf([
      'New banners went up along the quay this week: “Fresh fish daily. Fair prices always,” reads one.',
      '“The statement was clear about the delay,” reads the letter from Mayor Ines Vold.',
    ]);
    expect(qs.map((q) => q.text)).toEqual(['The statement was clear about the delay,']);
  });
});
