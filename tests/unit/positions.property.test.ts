// Whatever the page, building the digest never throws, every stakeholder and position holder is
// named, and every evidence sentence of a position is the article's own words at the place it says.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildDigest } from '../../lib/digest';
import { buildEntityIndex } from '../../lib/entities';
import { article } from './entities/fixture';

// names, titles, cue verbs, pronouns, marks and stray characters, so every rule gets to fire
const piece = fc.oneof(
  fc.constantFrom('"', '“', '”', '’s', "'s", ',', '.', '. ', ':', '(', ')', '—', ' ', ' ', '\u00ad', '\n'),
  fc.constantFrom(
    'Marta Quillon',
    'Quillon',
    'Felix Okoro',
    'Okoro',
    'Velmora Holdings',
    'Velmora',
    'the company',
    'The company',
    'Northern Fisheries Council',
    '(NFC)',
    'NFC',
    'EU',
    'Norway',
    'Republicans',
    'the opposition',
    'the administration',
    'Varga administration',
    'Prime Minister',
    'Mr.',
    'Dr.',
    'Jr.',
    'Monday',
    'Photo by',
    'Harbour Gazette',
    'Getty Images',
    'said',
    'says',
    'said that',
    'warned',
    'declined to',
    'called for',
    'according to',
    'He',
    'She',
    'They',
    'It',
    'in',
    'of',
    'and',
    'the',
    'a',
    'will',
    'is',
    'Поризкова',
    'Полины',
    '卢宇',
    '表示',
    'dijo',
    'řekl',
  ),
  fc.string({ maxLength: 6 }),
  fc.constantFrom('the yard will close', 'not now', 'it is over', 'the plan', 'port director'),
);
const paragraph = fc.array(piece, { maxLength: 40 }).map((xs) =>
  xs
    .join(' ')
    .replace(/[ \t]+/g, ' ')
    .trim(),
);

describe('digest on arbitrary text', () => {
  it('never throws and keeps every position verbatim', () => {
    fc.assert(
      fc.property(
        fc.array(paragraph, { maxLength: 7 }),
        fc.constantFrom('en', 'cs', 'ru', 'zh', 'es', null),
        (paragraphs, lang) => {
          const a = article(paragraphs.filter(Boolean), { lang });
          const digest = buildDigest(a);
          const names = new Set(digest.stakeholders.map((s) => s.name));
          for (const p of digest.positions) {
            expect(names.has(p.holder)).toBe(true);
            expect(p.evidence.length).toBe(p.evidencePositions.length);
            expect(p.evidence.length).toBeGreaterThan(0);
            p.evidence.forEach((e, i) => {
              const at = p.evidencePositions[i];
              expect(a.paragraphs[at.paragraph].slice(at.start, at.end)).toBe(e);
            });
            // the line only shortens the evidence
            expect(p.evidence.some((e) => e.includes(p.text.replace(/…$/, '')))).toBe(true);
          }
          for (const s of digest.stakeholders) expect(s.name.trim()).not.toBe('');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds every mention where the paragraph says it is', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 5 }), (paragraphs) => {
        const a = article(paragraphs);
        const index = buildEntityIndex(a);
        paragraphs.forEach((text, p) => {
          for (const m of index.mentionsIn(p)) expect(text.slice(m.start, m.end)).toBe(m.text);
        });
      }),
      { numRuns: 200 },
    );
  });
});
