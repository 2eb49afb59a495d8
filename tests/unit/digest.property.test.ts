// Whatever HTML-ish text a page holds, extraction and structuring answer: a digest or a clear
// failure, never an exception; quotes and evidence are spans of the article.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../lib/extract';
import { buildDigest } from '../../lib/digest';
import { say } from '../../lib/i18n';

const TAGS = [
  'p',
  'div',
  'span',
  'article',
  'h1',
  'h2',
  'li',
  'ul',
  'a',
  'b',
  'pre',
  'figure',
  'figcaption',
  'blockquote',
  'br',
  'script',
  'style',
  'table',
  'td',
  'tr',
  'section',
  'aside',
  'nav',
];
const ATTRS = [
  '',
  ' hidden',
  ' style="display:none"',
  ' class="caption"',
  ' class="comments"',
  ' aria-hidden="true"',
  ' "=""',
  ' href="/x"',
  ' lang="fr"',
  ' dir="rtl"',
];
const WORDS = [
  'the',
  'mayor',
  'said',
  '“We',
  'will',
  'build',
  'it,”',
  '"quote',
  'unclosed',
  '«',
  '»',
  '„',
  'Ana',
  'Pérez',
  'told',
  'reporters.',
  '&amp;',
  '&#x0;',
  '&lt;b&gt;',
  '<!--',
  '-->',
  '中文',
  'Москва',
  '\n\n',
  '...',
];

const fragment: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((w) => w.join(' ')),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS), fc.array(tie('node'), { maxLength: 4 }), fc.boolean())
      .map(([tag, attr, children, close]) => `<${tag}${attr}>${children.join('')}${close ? `</${tag}>` : ''}`),
  ),
})).node;

const page = fc.oneof(
  fragment,
  fc.string({ maxLength: 300 }),
  fc
    .tuple(
      fc.constantFrom('', '<!DOCTYPE html>', '<html lang="de">'),
      fc.constantFrom('', '<head><title>T</title></head>'),
      fc.array(fragment, { maxLength: 6 }),
    )
    .map(([doctype, head, parts]) => `${doctype}${head}<body>${parts.join('')}</body>`),
);

describe('extractArticle + buildDigest', () => {
  it('never throw, on any HTML-ish string, forced or not', () => {
    fc.assert(
      fc.property(page, fc.boolean(), (html, force) => {
        const doc = parseHTML(html).document as unknown as Document;
        const result = extractArticle(doc, 'https://example.test/a', { force });
        if (result.ok) {
          const { paragraphs } = result.article;
          const digest = buildDigest(result.article, { notices: result.notices });
          expect(paragraphs.every((p) => p.trim().length > 0)).toBe(true);
          // quotes and evidence are the article's own words, where the digest says they stand
          for (const q of digest.quotes) {
            const first = paragraphs[q.position.paragraph].slice(q.position.start, q.position.end);
            // a quote running over paragraphs starts where its position points and goes on in the
            // paragraphs after it, joined by one space
            if (q.text === first) continue;
            expect(q.text.startsWith(first + ' ')).toBe(true);
            const rest = paragraphs.slice(q.position.paragraph + 1).join(' ');
            for (const word of q.text.slice(first.length + 1).split(' ')) expect(rest).toContain(word);
          }
          for (const p of digest.positions)
            p.evidence.forEach((e, i) => expect(paragraphs[p.evidencePositions[i].paragraph]).toContain(e));
          for (const n of digest.notices) expect(say(n)).not.toBe(n.code);
        } else {
          // a failure is a sentence of the message table, not a bare code
          expect(say(result.note)).not.toBe(result.note.code);
          expect(say(result.note)).not.toMatch(/\$[A-Z]+\$/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
