import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle, MAX_TEXT_CHARS, type ExtractResult } from '../../lib/extract';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const parse = (html: string) => parseHTML(html).document as unknown as Document;
const fixture = (name: string) => parse(readFileSync(join(FIXTURES, name), 'utf8'));
const URL = 'https://ledger.example/news/2024/03/05/harbor-town-votes-to-rebuild-pier';

function article(result: ExtractResult) {
  if (!result.ok) throw new Error(`expected an article, got ${result.reason}: ${result.note.code}`);
  return result.article;
}

const paragraph = (sentence: string, n = 3) => `<p>${Array.from({ length: n }, () => sentence).join(' ')}</p>`;
const page = (body: string, head = '<title>A page</title>') =>
  `<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

describe('extractArticle on a news article', () => {
  const a = article(extractArticle(fixture('article.html'), URL));

  it('keeps the article paragraphs, in order, as plain text', () => {
    expect(a.paragraphs).toHaveLength(4);
    expect(a.paragraphs[0]).toMatch(/^The council of Saltmere voted six to one/);
    expect(a.paragraphs[1]).toBe(
      '“We owe it to the people who fish from it every morning,” said Mayor Tobias Wren, who cast the deciding vote after a long evening of testimony from residents, boat owners and the harbor master.',
    );
  });

  it('leaves out the byline, dateline, caption, advertisement and read-more lines', () => {
    const text = a.paragraphs.join('\n');
    expect(text).not.toMatch(/By Marta Quill|March 5, 2024|Photo by|Advertisement|Read more|All rights reserved/);
  });

  it('does not split a paragraph where the page has an HTML comment', () => {
    expect(a.paragraphs[3]).toContain('The harbor trust will raise a third of the cost');
  });

  it('never lets hidden text through', () => {
    expect(a.paragraphs.join('\n')).not.toMatch(/hidden paragraph|Neither must this one/);
  });

  it('reads the metadata: headline without the outlet, byline without "By", outlet name over domain, date, language', () => {
    expect(a.title).toBe('Harbor town votes to rebuild its flooded pier');
    expect(a.byline).toBe('Marta Quill');
    expect(a.siteName).toBe('The Coastal Ledger');
    expect(a.publishedTime).toBe('2024-03-05T09:30:00.000Z');
    expect(a.lang).toBe('en');
    expect(a.readerable).toBe(true);
    expect(a.excerpt).toMatch(/^The council of Saltmere/);
  });

  it('leaves the page it was given untouched', () => {
    const doc = fixture('article.html');
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, URL);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('pages that are not one article', () => {
  it('refuses a front page full of headlines, and says so', () => {
    const result = extractArticle(fixture('front-page.html'), 'https://daily.example/');
    expect(result).toMatchObject({ ok: false, reason: 'not-article', canForce: true });
    if (!result.ok) expect(result.note).toEqual({ code: 'whyIndex' });
  });

  it('refuses a post drowned in reader comments', () => {
    const result = extractArticle(fixture('comment-thread.html'), 'https://blog.example/2024/03/open-thread');
    expect(result).toMatchObject({ ok: false, reason: 'not-article' });
    if (!result.ok) expect(result.note).toEqual({ code: 'whyComments' });
  });

  it('digests it anyway when forced', () => {
    const forced = article(extractArticle(fixture('front-page.html'), 'https://daily.example/', { force: true }));
    expect(forced.paragraphs.join(' ')).toMatch(/Negotiators from the four coastal states/);
    const app = parse(
      page(
        '<div><span>Menu</span> <button>Start</button> <span>Open the app to see your dashboard and your saved items.</span></div>',
      ),
    );
    expect(article(extractArticle(app, 'https://app.example/', { force: true })).paragraphs.join(' ')).toMatch(
      /Open the app/,
    );
  });

  it('refuses a page with a few words, naming how few', () => {
    const result = extractArticle(parse(page('<ol><li>Only a list item</li></ol>')), 'https://x.example/');
    expect(result).toMatchObject({ ok: false, reason: 'not-article' });
    if (!result.ok) expect(result.note).toEqual({ code: 'whyLittleText', params: { count: 4 } });
  });
});

describe('pages with nothing or too much', () => {
  it('says an empty page has no text', () => {
    expect(extractArticle(fixture('empty-body.html'), 'https://x.example/')).toMatchObject({
      ok: false,
      reason: 'empty',
    });
    expect(extractArticle(parse('<html><head><title>t</title></head></html>'), 'https://x.example/')).toMatchObject({
      ok: false,
      reason: 'empty',
    });
  });

  it('a page whose only text is hidden is empty', () => {
    const doc = parse(
      page(`<div style="display: none">${paragraph('Nobody can see this sentence on the page at all.', 6)}</div>`),
    );
    expect(extractArticle(doc, 'https://x.example/')).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('digests the first part of a huge page and says it was cut', () => {
    const para = paragraph(
      '“The tide came in faster than anyone expected this year,” said the harbor master, Jon Ardley, on the quay.',
      3,
    );
    const huge = page(`<article><h1>Tides</h1>${para.repeat(7000)}</article>`);
    expect(huge.length).toBeGreaterThan(2_000_000);
    const doc = parse(huge);
    const a = article(extractArticle(doc, 'https://x.example/tides'));
    expect(a.paragraphs.join('').length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(a.paragraphs.length).toBeLessThan(7000);
    const result = extractArticle(doc, 'https://x.example/tides');
    expect(result.ok && result.notices.map((n) => n.code)).toContain('noticeLongPage');
  });

  it('answers malformed markup and odd entities with a reason, not an exception caught inside', () => {
    // extractArticle never throws: an exception inside comes out as "could not be read" (whyUnreadable)
    for (const [html, code] of [
      ['<div "="">Broken attribute<p>and text', 'whyLittleText'],
      ['<p>&#x0; &#xFFFFFFFF; &#xg; Test</p>', 'whyLittleText'],
      ['<ol><li>x', 'whyLittleText'],
      ['', 'whyNoText'],
    ]) {
      const result = extractArticle(parse(html), 'https://x.example/');
      expect(result.ok ? 'a digest' : result.note.code, html).toBe(code);
    }
  });
});

describe('language', () => {
  it('is guessed from the text when the page does not declare it', () => {
    expect(article(extractArticle(fixture('spanish-undeclared.html'), 'https://diario.example/tren')).lang).toBe('es');
  });

  it('follows the text when a template declares another writing system', () => {
    const ru = paragraph('Мэр города сказал, что новый мост откроют весной, и жители уже ждут этого дня.', 4);
    const doc = parse(page(`<article><h1>Мост</h1>${ru}${ru}${ru}</article>`));
    expect(article(extractArticle(doc, 'https://x.example/most')).lang).toBe('ru');
  });
});

describe('hover cards', () => {
  it('leaves out the card a name shows on hover, keeping the name', () => {
    const card =
      '<span class="rollover-people"><a href="/people/dana-wells">Dana Wells</a><span class="rollover-people-block">' +
      '<a class="name" href="/people/dana-wells">Dana Wells</a><a href="/a">Harbor vote delayed again</a> <a href="/b">Pier Talks: what comes next</a></span></span>';
    const html = page(
      `<article><h1>Pier vote</h1><p>Rep. ${card} said the town would rebuild the pier before the summer season began.</p>${paragraph('The council met on Tuesday evening and heard from residents about the pier.', 6)}</article>`,
    );
    const text = article(extractArticle(parse(html), URL)).paragraphs.join('\n');
    expect(text).toContain('Rep. Dana Wells said the town would rebuild');
    expect(text).not.toMatch(/Harbor vote delayed|Pier Talks/);
  });
});
