// Whatever the text, the quote engine does not throw, and every quote it returns is the
// article's own words. Rule for quotes merged over paragraphs: the text is each paragraph's
// quoted part, verbatim, joined by one space; position points at the first part.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildEntityIndex } from '../../lib/entities';
import { findQuotes } from '../../lib/quotes';
import type { Article } from '../../lib/types';

const flat = (s: string) => ' ' + (s.toLowerCase().match(/[\p{Script=Han}]|[\p{L}\p{N}]+/gu) ?? []).join(' ') + ' ';

const article = (paragraphs: string[], lang: string | null): Article => ({
  url: 'https://example.test/',
  title: 't',
  byline: null,
  siteName: null,
  publishedTime: null,
  lang,
  dir: null,
  excerpt: null,
  paragraphs,
  readerable: true,
});

// text built from words, names, cue verbs and every kind of mark, so quotes actually happen
const piece = fc.oneof(
  fc.constantFrom(
    '"',
    '“',
    '”',
    '‘',
    '’',
    "'",
    "''",
    '«',
    '»',
    '„',
    '‚',
    '「',
    '」',
    '『',
    '』',
    '—',
    ',',
    '.',
    ':',
    ' ',
    ' ',
    ' ',
  ),
  fc.constantFrom(
    'said',
    'says',
    'he',
    'she',
    'the company',
    'Ana Ruiz',
    'Ruiz',
    'Acme Corp',
    'according to',
    'a spokesperson for',
    'dijo',
    '表示',
    '他',
  ),
  fc.string({ maxLength: 8 }),
  fc.constantFrom('we will go', 'not now', 'it is over', 'the plan'),
);
const paragraph = fc.array(piece, { maxLength: 40 }).map((xs) => xs.join(' ').replace(/\s+/g, ' '));

describe('quote engine on arbitrary text', () => {
  it('never throws and returns only verbatim text', () => {
    fc.assert(
      fc.property(
        fc.array(paragraph, { maxLength: 6 }),
        fc.constantFrom('en', 'es', 'fr', 'ru', 'zh', null),
        (paragraphs, lang) => {
          const a = article(paragraphs, lang);
          const quotes = findQuotes(a, buildEntityIndex(a), { keepFragments: true });
          for (const q of quotes) {
            const { paragraph, start, end } = q.position;
            const first = paragraphs[paragraph].slice(start, end);
            // the first part is where the position points, character for character
            expect(q.text.startsWith(first)).toBe(true);
            if (q.text === first) continue;
            // a merged quote: its later parts are the following paragraphs' own words, so in the
            // article's word stream (marks dropped, as the scorer reads it) the whole text is contiguous
            expect(q.text.charAt(first.length)).toBe(' ');
            if (flat(q.text).trim())
              expect(flat(paragraphs.slice(paragraph).join(' ')).includes(flat(q.text))).toBe(true);
          }
        },
      ),
      { numRuns: 1000 },
    );
    // a thousand articles: about a second alone, several on a machine shared with other builds
  }, 30_000);

  it('keeps merged quotes as the verbatim parts joined by a space', () => {
    const ps = ['“The first part of what she said.', '“The second part,” Ana Ruiz said.'];
    const a = article(ps, 'en');
    const [q] = findQuotes(a, buildEntityIndex(a));
    expect(q.text).toBe('The first part of what she said. The second part,');
    expect(q.position).toEqual({ paragraph: 0, start: 1, end: ps[0].length });
  });
});
