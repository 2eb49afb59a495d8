// The hand-written character readers stand in for unicode patterns on hot paths: each must give
// exactly what its pattern gives, on any text (surrogate pairs, combining marks, odd spaces).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { letterRuns, lowerWordBefore, nextCapital, someWordIn } from '../../lib/text/letters';
import { WORD_PATTERN, countWords, wordList } from '../../lib/text/count';
import { endOfWord, nextWordStart } from '../../lib/entities/words';

// pieces that make the patterns' edge cases likely: dots before capitals, joiners, marks, astral letters, lone surrogates
const PIECES = [
  'a',
  'B',
  'Cd',
  '1',
  '.',
  '. ',
  '.Ab',
  "'",
  '’',
  "'s",
  '-',
  '&',
  '+',
  '\u00ad',
  ' ',
  '  ',
  '\t',
  '\n',
  '\u00a0',
  '\u3000',
  'É',
  'é',
  '\u0301',
  '漢',
  'かな',
  'カ',
  '⺀',
  '〇',
  '𝐀',
  '𝐚',
  '\ud835',
  '\udc00',
  '٣',
  'ß',
  ',',
  'x-y',
  'Mr.',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((p) => p.join(''));
const RUNS = { numRuns: 2000 };

const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['’\-&+\u00ad]|\.(?!\p{Lu}\p{Ll}))[\p{L}\p{M}\p{N}]+)*\.?/gu;

describe('character readers match their patterns', () => {
  it('entity words: nextWordStart/endOfWord find what WORD finds', () => {
    fc.assert(
      fc.property(text, (s) => {
        const byHand: [number, number][] = [];
        for (let i = nextWordStart(s, 0); i < s.length; i = nextWordStart(s, i)) {
          const end = endOfWord(s, i);
          byHand.push([i, end]);
          i = end;
        }
        expect(byHand).toEqual([...s.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]));
      }),
      RUNS,
    );
  });

  it('letterRuns are the pieces of split(/[^\\p{L}]+/u)', () => {
    fc.assert(
      fc.property(text, (s) => {
        const runs = letterRuns(s);
        const words: string[] = [];
        for (let k = 0; k < runs.length; k += 2) words.push(s.slice(runs[k], runs[k + 1]));
        expect(words).toEqual(s.split(/[^\p{L}]+/u).filter(Boolean));
      }),
      RUNS,
    );
  });

  it('someWordIn reads a stretch as splitting the slice would', () => {
    fc.assert(
      fc.property(text, fc.nat(20), fc.nat(20), (s, a, b) => {
        const [from, to] = [Math.min(a, b), Math.max(a, b)];
        const seen: string[] = [];
        someWordIn(s, letterRuns(s), from, to, (w) => (seen.push(w), false));
        expect(seen).toEqual(
          s
            .slice(from, to)
            .split(/[^\p{L}]+/u)
            .filter(Boolean),
        );
      }),
      RUNS,
    );
  });

  it('nextCapital finds what /(?<![\\p{L}\\p{N}])\\p{Lu}/u finds', () => {
    fc.assert(
      fc.property(text, fc.nat(20), (s, from) => {
        const re = /(?<![\p{L}\p{N}])\p{Lu}/gu;
        re.lastIndex = from;
        expect(nextCapital(s, from)).toBe(from > s.length ? -1 : (re.exec(s)?.index ?? -1));
      }),
      RUNS,
    );
  });

  it('lowerWordBefore captures what /(\\p{Ll}[\\p{L}-]*)\\s+$/u captures', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(lowerWordBefore(s)).toBe(/(\p{Ll}[\p{L}-]*)\s+$/u.exec(s)?.[1]);
      }),
      RUNS,
    );
  });

  it('countWords counts the words wordList lists: the matches of the one word pattern', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(countWords(s)).toBe((s.match(WORD_PATTERN) ?? []).length);
        expect(countWords(s)).toBe(wordList(s).length);
      }),
      RUNS,
    );
  });
});
