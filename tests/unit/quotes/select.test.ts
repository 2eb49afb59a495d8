import { describe, expect, it } from 'vitest';
import { quotesOf } from './fixture';

describe('what counts as a quote', () => {
  it('drops scare quotes and fragments under four words by default', () => {
    const ps = ['Critics called the bill “overreach” and a “gift to lobbyists,” but Lee Park said “it protects renters from sudden evictions.”'];
    expect(quotesOf(ps).map((q) => q.text)).toEqual(['it protects renters from sudden evictions.']);
    expect(quotesOf(ps, 'en', { keepFragments: true }).length).toBe(3);
  });

  it('drops titles of works', () => {
    const ps = ['She starred in “The Long Road Back Home” and later in “Nights Over The Harbor.”'];
    expect(quotesOf(ps)).toEqual([]);
  });

  it('shows a quote repeated as a pull quote only once', () => {
    const ps = ['“We will not close the library while I am mayor,” Rosa Díaz said.', 'Budget talks resume next week.', '“We will not close the library while I am mayor”'];
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
