// Hostile or odd markup: absurd nesting, too many elements, no <body>, <template> content,
// paragraphs in <head>. Each gives a digest of the article or a clear refusal, never a crash, and
// the same answer in linkedom (the CLI) as a browser's parser would give.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import {
  depthFor,
  depthForText,
  extractArticle,
  MAX_ELEMENTS,
  MAX_TEXT_CHARS,
  type ExtractResult,
} from '../../lib/extract';
import { MAX_DEPTH, workingCopy } from '../../lib/extract/workingCopy';
import { pageSignals } from '../../lib/extract/pageKind';
import { parseDocument } from '../../cli/page';
import { FIXTURES } from '../fuzz/fixtures';

const parse = (html: string) => parseHTML(html).document as unknown as Document;
const URL = 'https://ledger.example/news/2024/03/05/harbor-town-votes-to-rebuild-pier';
const STORY = [
  '“We cannot wait another winter for the old pier to fall into the sea,” said the mayor, Ana Ruiz, after the town council voted on Tuesday night to pull it down and build a new one in its place.',
  'The vote was six to one. The only council member against it, Tom Hale, said the town should first repair the sea wall that protects the houses on Front Street from the winter storms.',
  'Work on the new pier is to start in May and end before the summer season, when the ferry brings most of the visitors who keep the shops on the harbor open through the rest of the year.',
  '“The ferry is the town,” said Lena Park, who has run the bakery by the ferry landing for twenty years. “Without the pier there is no ferry, and without the ferry there is nothing here.”',
];
const paragraphs = STORY.map((p) => `<p>${p}</p>`).join('');

/** What `fn` returns, and the CPU milliseconds it took (the clock would count other jobs' turns). */
function cpuTimed<T>(fn: () => T): [T, number] {
  const t0 = process.cpuUsage();
  const out = fn();
  const used = process.cpuUsage(t0);
  return [out, (used.user + used.system) / 1000];
}

function digested(result: ExtractResult) {
  if (!result.ok) throw new Error(`expected a digest, got ${result.reason}: ${result.note.code}`);
  return result.article;
}

/** The article under `depth` nested elements, built node by node (no parser caps the depth). */
function nested(depth: number): Document {
  const doc = parse('<!DOCTYPE html><html lang="en"><head><title>Harbor</title></head><body></body></html>');
  let at: Element = doc.body;
  for (let i = 0; i < depth; i++) at = at.appendChild(doc.createElement('div'));
  for (const text of STORY) at.appendChild(doc.createElement('p')).textContent = text;
  return doc;
}

describe('deep nesting', () => {
  it('digests an article under a thousand nested elements in well under a second', () => {
    const doc = nested(1000);
    const t0 = performance.now();
    expect(digested(extractArticle(doc, URL)).paragraphs).toEqual(STORY);
    // Readability alone took 7 s at this depth before the copy was flattened
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it('never overflows the stack, however deep', () => {
    const doc = nested(30_000);
    // visibleText recursed and overflowed past about 9,400 levels
    expect(pageSignals(doc).textChars).toBe(STORY.join('').length);
    expect(digested(extractArticle(doc, URL)).paragraphs).toEqual(STORY);
  });

  it('unwraps wrappers past the depth limit and keeps paragraphs whole', () => {
    const copy = workingCopy(nested(MAX_DEPTH + 50), { maxTextChars: 10_000 });
    let depth = 0;
    for (let el: Element | null = copy.doc.body.querySelector('p'); el; el = el.parentElement) depth++;
    expect(depth).toBeLessThanOrEqual(MAX_DEPTH + 1);
    expect([...copy.doc.body.querySelectorAll('p')].map((p) => p.textContent)).toEqual(STORY);
  });

  it('flattens deeper the more text a page holds, so Readability reads depth × text within bounds', () => {
    expect(depthFor(nested(10))).toBe(MAX_DEPTH);
    const huge = nested(300);
    huge.body.querySelector('p')!.textContent = 'x'.repeat(460_000);
    expect(depthFor(huge)).toBeLessThan(40);
  });

  it('flattens further around one huge text node, which Readability reads once per wrapper', () => {
    // a paragraph of a news page is a few thousand characters: its page keeps its depth
    expect(depthForText(3_000, MAX_DEPTH)).toBe(MAX_DEPTH);
    expect(depthForText(500_000, 32)).toBeLessThan(10);
    // one 500,000-character word under 300 wrappers: 0.5 s of CPU (1.5 s with more wrappers)
    // before, about 60 ms now; the article around it is still found
    const doc = nested(300);
    doc.body.querySelectorAll('p')[3].append(` ${'W'.repeat(500_000)}`);
    const [result, ms] = cpuTimed(() => extractArticle(doc, URL));
    // (the last paragraph is past the text budget)
    expect(digested(result).paragraphs).toEqual(STORY.slice(0, 3));
    expect(ms).toBeLessThan(250);
  });

  it('cuts a first paragraph longer than the text budget to it, rather than leave no text', () => {
    const doc = nested(3);
    doc.body.querySelector('p')!.append(` ${'word '.repeat(100_000)}`);
    const text = digested(extractArticle(doc, URL)).paragraphs.join('\n');
    expect(text.startsWith(STORY[0])).toBe(true);
    expect(text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(text.length).toBeGreaterThan(MAX_TEXT_CHARS - 10);
    expect(text.endsWith('word')).toBe(true);
  });

  it('reads a short article under any number of wrappers as it reads it under none', () => {
    // past the depth limit the <article> was unwrapped with the wrappers, and the page read as "not news"
    const { html } = FIXTURES[0];
    const under = (depth: number) =>
      html
        .replace('<article>', `${'<div>'.repeat(depth)}<article>`)
        .replace('</article>', `</article>${'</div>'.repeat(depth)}`);
    const plain = digested(extractArticle(parse(html), URL)).paragraphs;
    for (const depth of [MAX_DEPTH - 1, MAX_DEPTH + 1, 3 * MAX_DEPTH, 3000])
      expect(digested(extractArticle(parse(under(depth)), URL)).paragraphs, `under ${depth}`).toEqual(plain);
  });

  it('keeps a <noscript> past the depth limit a noscript, so its text stays out', () => {
    const doc = nested(MAX_DEPTH + 50);
    const deepest = doc.body.querySelector('p')!.parentElement!;
    deepest.appendChild(doc.createElement('noscript')).innerHTML = '<p>Please turn on JavaScript to read on.</p>';
    const article = digested(extractArticle(doc, URL));
    expect(article.paragraphs.join(' ')).not.toContain('JavaScript');
  });
});

describe('runs of "<" and of entities', () => {
  const page = (text: string) =>
    `<!DOCTYPE html><html><head><title>a${text}b</title></head><body><article>${paragraphs}` +
    `<p title="x${text}y">Before ${text}p>after</p><!-- ${text} --><script>1${text}2</script></article></body></html>`;

  it('parses a long run of "<" to the document its markup makes, wherever the run falls', () => {
    // linkedom as it is (a node per "<") and parseDocument (one) serialize alike
    for (const run of ['<'.repeat(8), '<'.repeat(3000), '<'.repeat(20) + 'p'])
      expect(parseDocument(page(run)).documentElement.outerHTML).toBe(parse(page(run)).documentElement.outerHTML);
  });

  it('makes a text node or two of a run of 500,000 "<", not 500,000 of them as linkedom does', () => {
    const run = '<'.repeat(500_000);
    // 1.6 s of CPU before
    const [doc, ms] = cpuTimed(() => parseDocument(`<html><body><p>Before ${run} after</p></body></html>`));
    expect(doc.querySelector('p')!.childNodes.length).toBeLessThanOrEqual(2);
    expect(doc.querySelector('p')!.textContent).toBe(`Before ${run} after`);
    expect(ms).toBeLessThan(1000);
  });

  it('copies text next to text as one text node, so 100,000 entities in a row are one node to read', () => {
    const doc = parse(`<html><body><p>AT&amp;T ${'&amp;'.repeat(100_000)} end</p></body></html>`);
    // linkedom makes a node of each entity; the copy does not
    expect(doc.querySelector('p')!.childNodes.length).toBeGreaterThan(100_000);
    const p = workingCopy(doc, { maxTextChars: 1_000_000 }).doc.querySelector('p')!;
    expect(p.childNodes.length).toBe(1);
    expect(p.textContent).toBe(`AT&T ${'&'.repeat(100_000)} end`);
  });
});

describe('too many elements', () => {
  // most of the time goes to linkedom parsing 150,000 elements
  it('refuses the page with a clear message, in linkedom too', { timeout: 30_000 }, () => {
    const filler = '<span></span>'.repeat(MAX_ELEMENTS + 10);
    const doc = parse(
      `<!DOCTYPE html><html><head><title>Harbor</title></head><body><article>${paragraphs}</article><div>${filler}</div></body></html>`,
    );
    const result = extractArticle(doc, URL);
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    if (!result.ok) expect(result.note).toEqual({ code: 'whyTooLarge', params: { count: MAX_ELEMENTS } });
  });

  it('stops copying at the element budget', () => {
    const doc = parse(`<html><body>${'<p>x</p>'.repeat(50)}</body></html>`);
    expect(workingCopy(doc, { maxTextChars: 1000, maxElements: 20 }).tooLarge).toBe(true);
    expect(workingCopy(doc, { maxTextChars: 1000, maxElements: 60 }).tooLarge).toBe(false);
  });
});

describe('content outside <body>', () => {
  it('digests a page without a <body> tag', () => {
    const doc = parse(`<!doctype html><title>Harbor town votes to rebuild its pier</title>${paragraphs}`);
    expect(digested(extractArticle(doc, URL)).paragraphs).toEqual(STORY);
  });

  it('reads paragraphs that linkedom leaves in <head>, as a browser moves them to <body>', () => {
    const doc = parse(
      `<html><head><title>Harbor town votes to rebuild its pier</title>${paragraphs}</head><body></body></html>`,
    );
    expect(digested(extractArticle(doc, URL)).paragraphs).toEqual(STORY);
  });

  it('reads text after </body> in its place, after the body', () => {
    const [first, ...rest] = STORY;
    const doc = parse(
      `<html><head><title>Harbor</title></head><body><p>${first}</p></body>${rest.map((p) => `<p>${p}</p>`).join('')}</html>`,
    );
    expect(digested(extractArticle(doc, URL)).paragraphs).toEqual(STORY);
  });
});

describe('<template>', () => {
  it('keeps template content out of the digest', () => {
    const template =
      '<template><p>“This template text is never shown on the page,” said a hidden speaker named Joe Ghost.</p></template>';
    const doc = parse(
      `<html><head><title>Harbor</title></head><body><article>${template}${paragraphs}</article></body></html>`,
    );
    const text = digested(extractArticle(doc, URL)).paragraphs.join('\n');
    expect(text).not.toMatch(/template text|Joe Ghost/);
    expect(text).toMatch(/Ana Ruiz/);
  });
});
