// Fuzz inputs: mutations of the fixture pages (fixtures.ts), random HTML-ish fragments, and
// articles built straight from hostile text (past the extractor's text cap, for buildDigest on
// its own). Every input is reproducible from fast-check's seed, and its label says what was done.
import fc from 'fast-check';
import type { Article } from '../../lib/types';
import { FIXTURES } from './fixtures';
import { HIDDEN_WORDS } from './invariants';
import { HOSTILE, article, nameOf, run, STORY } from './hostile';

export type FuzzInput = { label: string; html: string } | { label: string; article: Article };

export interface FuzzSize {
  /** Longest run of one character, name list, or nesting the mutations make. */
  maxRun: number;
  /** Whole input at most this many characters (HTML or article text). */
  maxChars: number;
}

export const CI_SIZE: FuzzSize = { maxRun: 6_000, maxChars: 40_000 };
export const LONG_SIZE: FuzzSize = { maxRun: 900_000, maxChars: 1_000_000 };

const MARKS = [
  '"',
  "'",
  '“',
  '”',
  '‘',
  '’',
  '„',
  '‚',
  '«',
  '»',
  '‹',
  '›',
  '「',
  '」',
  '『',
  '』',
  '`',
  '``',
  "''",
  '—',
  '–',
];
const RUN_CHARS = [
  '.',
  '?',
  '!',
  '"',
  '“',
  '”',
  '«',
  ',',
  '-',
  '—',
  ' ',
  '\u00a0',
  '\u200b',
  '\u00ad',
  'a',
  'A',
  'Ab ',
  '… ',
  ':',
  '(',
  ')',
  '<',
  '&amp;',
  'Word',
  '. ',
  '"a" ',
  '\n',
];
const ODD_CHARS = [
  '\u200f',
  '\u200e',
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2069',
  '\u200b',
  '\u200c',
  '\u200d',
  '\ufeff',
  '\ud800',
  '\udc00',
  '\ud83d',
  '\u0000',
  '\u0001',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u2028',
  '\u00ad',
];

type Mutation = (html: string, r: () => number) => { html: string; label: string };

/** A run length: mostly short, sometimes up to max (a fuzzer that never goes long finds no quadratic pass). */
const length = (r: () => number, max: number) => Math.max(1, Math.floor(max ** (0.3 + 0.7 * r())));
const pick = <T>(xs: readonly T[], r: () => number) => xs[Math.floor(r() * xs.length)];
/** A place inside text: right after a '>' or a space, so the insertion is page text more often than markup. */
function textSpot(html: string, r: () => number): number {
  const body = html.indexOf('<article>');
  const from = body >= 0 ? body : 0;
  const at = from + Math.floor(r() * (html.length - from));
  const space = html.indexOf(' ', at);
  return space >= 0 ? space + 1 : at;
}
const insert = (html: string, at: number, s: string) => html.slice(0, at) + s + html.slice(at);

function mutations(size: FuzzSize): Mutation[] {
  return [
    (h, r) => {
      const at = Math.floor(r() * h.length);
      return { html: h.slice(0, at), label: `truncated at ${at}` };
    },
    (h, r) => {
      const a = Math.floor(r() * h.length);
      const b = Math.min(h.length, a + length(r, 2000));
      return { html: h.slice(0, a) + h.slice(b), label: `deleted ${a}..${b}` };
    },
    (h, r) => {
      const a = Math.floor(r() * h.length);
      const b = Math.min(h.length, a + length(r, 2000));
      const times = 1 + Math.floor(r() * 3);
      return {
        html: h.slice(0, b) + h.slice(a, b).repeat(times) + h.slice(b),
        label: `duplicated ${a}..${b} ×${times}`,
      };
    },
    (h, r) => {
      const parts = h.split(/(?=<p[ >])/);
      for (let i = parts.length - 1; i > 1; i--) {
        const j = 1 + Math.floor(r() * i);
        [parts[i], parts[j]] = [parts[j], parts[i]];
      }
      return { html: parts.join(''), label: 'shuffled paragraphs' };
    },
    (h, r) => {
      const n = 1 + Math.floor(r() * 12);
      let out = h;
      for (let i = 0; i < n; i++) out = insert(out, textSpot(out, r), pick(MARKS, r));
      return { html: out, label: `${n} quotation marks injected` };
    },
    (h, r) => {
      const ch = pick(RUN_CHARS, r);
      const n = length(r, size.maxRun);
      return { html: insert(h, textSpot(h, r), run(ch, n)), label: `run of ${n} × ${JSON.stringify(ch)}` };
    },
    (h, r) => {
      const n = 1 + Math.floor(r() * 40);
      let out = h;
      const chars: string[] = [];
      for (let i = 0; i < n; i++) {
        const c = pick(ODD_CHARS, r);
        chars.push(c);
        out = insert(out, textSpot(out, r), c);
      }
      return {
        html: out,
        label: `${n} odd characters (${[...new Set(chars)].map((c) => c.charCodeAt(0).toString(16)).join(' ')})`,
      };
    },
    (h, r) => {
      const n = length(r, size.maxRun);
      const word = (r() < 0.5 ? 'W' : 'w') + run('ord', n);
      return { html: insert(h, textSpot(h, r), ` said ${word} `), label: `${n}-character word` };
    },
    (h, r) => {
      const depth = length(r, Math.min(size.maxRun, 3000));
      const a = h.indexOf('<article>');
      const b = h.indexOf('</article>');
      if (a < 0 || b < 0) return { html: h, label: 'no article to nest' };
      return {
        html: h.slice(0, a) + '<div>'.repeat(depth) + h.slice(a, b + 10) + '</div>'.repeat(depth) + h.slice(b + 10),
        label: `article under ${depth} nested divs`,
      };
    },
    (h, r) => {
      const n = length(r, Math.max(2, size.maxRun / 30));
      const sep = pick([' said. ', ', ', ' and ', ' said ', ' '], r);
      const names = Array.from({ length: n }, (_, i) => nameOf(i)).join(sep);
      return {
        html: insert(h, h.indexOf('</article>') >>> 0, `<p>${names} said “it is over.”</p>`),
        label: `${n} names joined by ${JSON.stringify(sep)}`,
      };
    },
    (h, r) => {
      const c = pick(HOSTILE, r);
      const n = length(r, size.maxRun);
      return {
        html: insert(h, h.indexOf('</article>') >>> 0, `<p>${escapeText(c.paragraph(n))}</p>`),
        label: `${c.name} paragraph of ${n}`,
      };
    },
    (h) => ({ html: h.replace(/(\p{Lu}\p{Ll}+)(\p{Ll}{2})/gu, '$1\u00ad$2'), label: 'soft hyphens in names' }),
    (h) => ({ html: h.replace(/<body>/, '').replace(/<\/body>/, ''), label: 'no body tag' }),
  ];
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Seeded pseudo-random numbers from a fast-check integer: mutations stay replayable. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

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
  'table',
  'td',
  'tr',
  'section',
  'aside',
  'nav',
  'main',
  'header',
];
const ATTRS = ['', ' class="caption"', ' class="comments"', ' href="/x"', ' lang="fr"', ' dir="rtl"', ' "=""'];
const HIDERS: [string, string, string][] = [
  ['template', '', HIDDEN_WORDS.template],
  ['script', '', HIDDEN_WORDS.script],
  ['style', '', HIDDEN_WORDS.style],
  ['p', ' hidden', HIDDEN_WORDS.hidden],
  ['div', ' style="display:none"', HIDDEN_WORDS.displayNone],
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
  '<!--',
  '-->',
  '中文',
  'Москва',
  'שלום',
  '\n\n',
  '...',
  'Ko\u00advar',
];

const fragment: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((w) => w.join(' ')),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS), fc.array(tie('node'), { maxLength: 5 }), fc.boolean())
      .map(([tag, attr, children, close]) => `<${tag}${attr}>${children.join('')}${close ? `</${tag}>` : ''}`),
    fc
      .constantFrom(...HIDERS)
      .map(([tag, attr, word]) => `<${tag}${attr}>The mayor said “${word} will win” today.</${tag}>`),
  ),
})).node;

/** The fuzz inputs at a size: fixture mutations most often, then random fragments, then raw articles. */
export function fuzzInputs(size: FuzzSize): fc.Arbitrary<FuzzInput> {
  const muts = mutations(size);
  const mutated = fc
    .tuple(
      fc.integer({ min: 0, max: FIXTURES.length - 1 }),
      fc.array(fc.tuple(fc.integer({ min: 0, max: muts.length - 1 }), fc.integer()), { minLength: 1, maxLength: 3 }),
    )
    .map(([f, steps]): FuzzInput => {
      let html = FIXTURES[f].html;
      const labels = [FIXTURES[f].name];
      for (const [m, seed] of steps) {
        const out = muts[m](html, rng(seed));
        html = out.html;
        labels.push(out.label);
      }
      if (html.length > size.maxChars) {
        html = html.slice(0, size.maxChars);
        labels.push(`cut to ${size.maxChars}`);
      }
      return { label: labels.join(' + '), html };
    });
  const random = fc
    .tuple(
      fc.constantFrom('', '<!DOCTYPE html>', '<html lang="de">'),
      fc.constantFrom('', '<head><title>T</title></head>'),
      fc.array(fragment, { maxLength: 8 }),
      fc.boolean(),
    )
    .map(([doctype, head, parts, body]): FuzzInput => ({
      label: 'random fragments',
      html: `${doctype}${head}${body ? '<body>' : ''}${parts.join('')}${body ? '</body>' : ''}`,
    }));
  const text = fc
    .tuple(
      fc.array(
        fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 400 }),
        { maxLength: 12 },
      ),
      fc.integer({ min: 0, max: HOSTILE.length - 1 }),
      fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      fc.constantFrom('en', 'fr', 'es', 'de', 'zh', 'ru', null),
    )
    .map(([strings, c, seed, lang]): FuzzInput => {
      const n = length(rng(seed), Math.min(size.maxRun, size.maxChars));
      const paragraphs = [
        ...STORY.slice(0, 2),
        HOSTILE[c].paragraph(n),
        ...strings.filter((s) => s.trim()),
        ...STORY.slice(2),
      ];
      return {
        label: `article: ${HOSTILE[c].name} paragraph of ${n} + ${strings.length} random strings (${lang})`,
        article: article(paragraphs, { lang }),
      };
    });
  return fc.oneof({ arbitrary: mutated, weight: 6 }, { arbitrary: random, weight: 2 }, { arbitrary: text, weight: 2 });
}
