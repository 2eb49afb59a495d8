// extractArticle: Readability on a clone of the page, reduced to an Article of plain text.
// Pure DOM code, no browser API: the content script passes the live document, the CLI and the
// tests pass a linkedom document.
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { Article } from './types';
import { collapseWhitespace, paragraphsOf } from './paragraphs';

export type ExtractFailure =
  | { ok: false; reason: 'empty'; message: string }
  | { ok: false; reason: 'not-article'; message: string; canForce: true }
  | { ok: false; reason: 'too-large'; message: string };
export type ExtractResult = { ok: true; article: Article; notices: string[] } | ExtractFailure;

export interface ExtractOptions {
  /** Take the visible text even when the page does not look like an article. */
  force?: boolean;
}

/** Pages past this many elements would take Readability seconds; refuse them rather than hang. */
export const MAX_ELEMENTS = 150_000;
/** Text past this many characters is not structured: a digest of a book is no digest. */
export const MAX_TEXT_CHARS = 250_000;

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const isHidden = (el: Element) =>
  el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || HIDDEN_STYLE.test(el.getAttribute('style') ?? '');
const CHROME = /^(NAV|HEADER|FOOTER|ASIDE|FORM)$/;

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const value = el?.getAttribute('content');
    if (value && value.trim()) return collapseWhitespace(value);
  }
  return null;
}

function primaryLang(raw: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})\b/i.exec(raw ?? '');
  return m ? m[1].toLowerCase() : null;
}

function isoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const t = Date.parse(raw);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

function capText(paragraphs: string[], notices: string[]): string[] {
  let total = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    total += paragraphs[i].length;
    if (total > MAX_TEXT_CHARS) {
      notices.push(`This page is very long: only its first ${i} paragraphs were digested.`);
      return paragraphs.slice(0, i);
    }
  }
  return paragraphs;
}

export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  const elementCount = doc.getElementsByTagName('*').length;
  if (elementCount > MAX_ELEMENTS) {
    return { ok: false, reason: 'too-large', message: `This page is too large to digest (${elementCount.toLocaleString('en')} elements).` };
  }
  const notices: string[] = [];
  const docLang = primaryLang(doc.documentElement?.getAttribute('lang'));
  const readerable = safe(() => isProbablyReaderable(doc, { visibilityChecker: (n) => !isHidden(n as Element) }), false);

  let parsed: ReturnType<Readability<Node>['parse']> = null;
  if (readerable || options.force) {
    const clone = doc.cloneNode(true) as Document;
    parsed = safe(() => new Readability<Node>(clone, { serializer: (n) => n }).parse(), null);
  }
  const pageTitle = collapseWhitespace(doc.title ?? '') || meta(doc, 'og:title') || '';
  let paragraphs: string[] = parsed?.content ? paragraphsOf(parsed.content, { skip: isHidden }) : [];

  if (!paragraphs.length) {
    if (!options.force) {
      const body = doc.body ? collapseWhitespace(doc.body.textContent ?? '') : '';
      if (!body) return { ok: false, reason: 'empty', message: 'This page has no text to digest.' };
      return {
        ok: false,
        reason: 'not-article',
        canForce: true,
        message: 'This page does not look like a news article (it may be a front page, a list or an app).',
      };
    }
    paragraphs = doc.body ? paragraphsOf(doc.body, { skip: (el) => isHidden(el) || CHROME.test(el.tagName.toUpperCase()) }) : [];
    if (!paragraphs.length) return { ok: false, reason: 'empty', message: 'This page has no text to digest.' };
    notices.push('Readability did not find an article here: this digest is made from the visible text.');
  }
  paragraphs = capText(paragraphs, notices);

  const article: Article = {
    url,
    title: collapseWhitespace(parsed?.title ?? '') || pageTitle || hostOf(url) || 'Untitled page',
    byline: collapseWhitespace(parsed?.byline ?? '') || meta(doc, 'author', 'article:author') || null,
    siteName: collapseWhitespace(parsed?.siteName ?? '') || meta(doc, 'og:site_name', 'application-name') || hostOf(url),
    publishedTime: isoDate(parsed?.publishedTime) ?? isoDate(meta(doc, 'article:published_time', 'datePublished', 'date', 'pubdate')),
    lang: primaryLang(parsed?.lang) ?? docLang ?? primaryLang(meta(doc, 'og:locale', 'language')),
    dir: parsed?.dir === 'rtl' || doc.documentElement?.getAttribute('dir') === 'rtl' ? 'rtl' : parsed?.dir === 'ltr' ? 'ltr' : null,
    excerpt: collapseWhitespace(parsed?.excerpt ?? '') || meta(doc, 'description', 'og:description'),
    paragraphs,
    readerable: readerable && !!parsed,
  };
  return { ok: true, article, notices };
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
