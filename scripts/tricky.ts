// npm run tricky: the whole pipeline on every page of ../shared/corpus/tricky, with a verdict per
// page. It flags what must never happen: a crash, a blank result, a page-long quote, a digest of
// a page that is not an article, markup in quote text, hidden text in the digest, more than 2 s
// of work, or a language other than the one meta.json gives. Which pages are not articles comes
// from the corpus README ("## Not articles" section) and meta.json's readerable flag, never from
// this script.
import { readFileSync } from 'node:fs';
import { CORPUS, fmt, notArticleIds, pagesOf, type CorpusPage } from './corpus';
import { parseDocument } from '../cli/page';
import { say } from '../lib/i18n';
import { extractArticle } from '../lib/extract';
import { buildDigest } from '../lib/digest';

const SLOW_MS = 2000;
const PAGE_LONG_QUOTE = 600;
const TAG_LIKE = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?>/gi;
const HIDDEN_SELECTOR =
  '[hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"], [style*="visibility:hidden"], [style*="visibility: hidden"]';

/** Text the page holds as text (escaped markup included), scripts and styles left out. */
function literalText(doc: Document): string {
  const clone = doc.body?.cloneNode(true) as Element | undefined;
  if (!clone) return '';
  for (const el of [...clone.querySelectorAll('script, style, noscript, template')]) el.remove();
  return clone.textContent ?? '';
}

function hiddenTexts(doc: Document): string[] {
  return [...doc.querySelectorAll(HIDDEN_SELECTOR)]
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => t.length >= 40)
    .map((t) => t.slice(0, 80));
}

function checkPage(page: CorpusPage, notArticles: Set<string>) {
  const flags: string[] = [];
  const html = readFileSync(page.htmlPath, 'utf8');
  let t = performance.now();
  const doc = parseDocument(html);
  const parseMs = performance.now() - t;
  t = performance.now();
  const extracted = extractArticle(doc, page.url);
  const extractMs = performance.now() - t;
  let outcome: string;
  let structureMs = 0;
  const expectFailure = notArticles.has(page.id) || page.meta.readerable === false;
  if (!extracted.ok) {
    outcome = `${extracted.reason}: ${say(extracted.note)}`;
    if (!say(extracted.note).trim()) flags.push('BLANK failure message');
  } else {
    t = performance.now();
    const digest = buildDigest(extracted.article, { extractMs, notices: extracted.notices });
    structureMs = performance.now() - t;
    const { article } = extracted;
    outcome = `digest: ${digest.quotes.length} quotes, ${digest.stakeholders.length} stakeholders, ${article.paragraphs.length} paragraphs, ${digest.wordCount} words, lang ${article.lang}`;
    if (digest.notices.length) outcome += ` [${digest.notices.map(say).join(' | ')}]`;
    if (!article.paragraphs.length || !digest.wordCount) flags.push('BLANK digest');
    if (!digest.title.trim()) flags.push('no title');
    if (expectFailure) flags.push('DIGEST OF A NON-ARTICLE');
    const expectedLang = typeof page.meta.lang === 'string' ? page.meta.lang.toLowerCase().split(/[-_]/)[0] : null;
    if (expectedLang && article.lang !== expectedLang) flags.push(`LANG ${article.lang}, the page is ${expectedLang}`);
    const long = digest.quotes.filter((q) => q.text.length > PAGE_LONG_QUOTE);
    if (long.length) flags.push(`PAGE-LONG QUOTE x${long.length} (${long[0].text.length} chars)`);
    const literal = literalText(doc);
    const leaked = digest.quotes.flatMap((q) => q.text.match(TAG_LIKE) ?? []).filter((tag) => !literal.includes(tag));
    if (leaked.length) flags.push(`MARKUP IN QUOTE ${leaked[0]}`);
    const body = article.paragraphs.join('\n').replace(/\s+/g, ' ');
    const visible = literal.replace(/\s+/g, ' ');
    const hidden = hiddenTexts(doc).filter((h) => body.includes(h) && visible.split(h).length - 1 <= 1);
    if (hidden.length) flags.push(`HIDDEN TEXT in digest: "${hidden[0].slice(0, 40)}…"`);
  }
  if (extractMs + structureMs > SLOW_MS) flags.push(`SLOW ${fmt(extractMs + structureMs, 0)} ms`);
  return { parseMs, extractMs, structureMs, outcome, flags };
}

const pages = pagesOf('tricky');
if (!pages.length) {
  console.log(`(skipping: no pages under ${CORPUS}/tricky)`);
  process.exit(0);
}
const notArticles = notArticleIds();
let flagged = 0;
for (const page of pages) {
  let r;
  try {
    r = checkPage(page, notArticles);
  } catch (e) {
    r = {
      parseMs: NaN,
      extractMs: NaN,
      structureMs: NaN,
      outcome: 'exception',
      flags: [`CRASH ${(e as Error).stack?.split('\n').slice(0, 3).join(' ')}`],
    };
  }
  if (r.flags.length) flagged++;
  console.log(
    `${r.flags.length ? '✗' : '✓'} ${page.id.padEnd(31)} parse ${fmt(r.parseMs, 0).padStart(4)} ms, extract ${fmt(r.extractMs, 0).padStart(4)} ms, structure ${fmt(r.structureMs, 0).padStart(4)} ms  ${r.outcome.slice(0, 160)}`,
  );
  for (const f of r.flags) console.log(`      ${f}`);
}
console.log(`\n${pages.length - flagged}/${pages.length} pages without a flag`);
process.exitCode = flagged ? 1 : 0;
