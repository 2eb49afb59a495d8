// Hostile or odd markup: absurd nesting, too many elements, no <body>, <template> content,
// paragraphs in <head>. Each gives a digest of the article or a clear refusal, never a crash, and
// the same answer in linkedom (the CLI) as a browser's parser would give.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { depthFor, extractArticle, MAX_ELEMENTS, type ExtractResult } from '../../lib/extract';
import { MAX_DEPTH, workingCopy } from '../../lib/extract/workingCopy';
import { pageSignals } from '../../lib/extract/pageKind';

const parse = (html: string) => parseHTML(html).document as unknown as Document;
const URL = 'https://ledger.example/news/2024/03/05/harbor-town-votes-to-rebuild-pier';
const STORY = [
  '“We cannot wait another winter for the old pier to fall into the sea,” said the mayor, Ana Ruiz, after the town council voted on Tuesday night to pull it down and build a new one in its place.',
  'The vote was six to one. The only council member against it, Tom Hale, said the town should first repair the sea wall that protects the houses on Front Street from the winter storms.',
  'Work on the new pier is to start in May and end before the summer season, when the ferry brings most of the visitors who keep the shops on the harbor open through the rest of the year.',
  '“The ferry is the town,” said Lena Park, who has run the bakery by the ferry landing for twenty years. “Without the pier there is no ferry, and without the ferry there is nothing here.”',
];
const paragraphs = STORY.map((p) => `<p>${p}</p>`).join('');

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
    expect(() => pageSignals(doc)).not.toThrow();
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

  it('keeps a <noscript> past the depth limit a noscript, so its text stays out', () => {
    const doc = nested(MAX_DEPTH + 50);
    const deepest = doc.body.querySelector('p')!.parentElement!;
    deepest.appendChild(doc.createElement('noscript')).innerHTML = '<p>Please turn on JavaScript to read on.</p>';
    const article = digested(extractArticle(doc, URL));
    expect(article.paragraphs.join(' ')).not.toContain('JavaScript');
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
