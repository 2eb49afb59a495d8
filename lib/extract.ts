// extractArticle: Readability on a working copy of the page, reduced to an Article of plain text.
// Pure DOM code, no browser API: the content script passes the live document, the CLI and the
// tests pass a linkedom document. The live document is never modified.
import { countWords as wordsIn } from './text/count';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { FailureNote, Notice } from './notes';
import type { Article } from './types';
import {
  articleParagraphs,
  blocksOf,
  collapseWhitespace,
  furnitureReason,
  isCaption,
  MAYBE_CAPTION,
} from './paragraphs';
import { detectLanguage } from './language';
import { MARK_ATTRIBUTE, MAX_DEPTH, workingCopy, isHiddenByMarkup } from './extract/workingCopy';
import { isCommentSection, MAYBE_COMMENTS, notAnArticle, pageSignals, readsAsProse } from './extract/pageKind';
import { bylineOf, cleanTitle, meta, publishedTimeOf, siteNameOf } from './extract/metadata';

export type ExtractFailure =
  | { ok: false; reason: 'empty'; note: FailureNote }
  | { ok: false; reason: 'not-article'; note: FailureNote; canForce: true }
  | { ok: false; reason: 'too-large'; note: FailureNote };
export type ExtractResult = { ok: true; article: Article; notices: Notice[] } | ExtractFailure;

export interface ExtractOptions {
  /** Take the visible text even when the page does not look like an article. */
  force?: boolean;
}

/** Pages past this many elements would take seconds even to copy; refuse them rather than hang. */
export const MAX_ELEMENTS = 150_000;
/** Readability only sees the page's first this-many characters of text: past it, a page is a book. */
export const MAX_SOURCE_CHARS = 400_000;
/** Article text past this many characters is not structured: a digest of a book is no digest. */
export const MAX_TEXT_CHARS = 250_000;

const CHROME = /^(NAV|HEADER|FOOTER|ASIDE|FORM)$/;
const EMPTY: ExtractFailure = { ok: false, reason: 'empty', note: { code: 'whyNoText' } };

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

// Han and kana count a character each, other scripts by runs of letters (as the digest counts).
const countWords = (paragraphs: string[]) => paragraphs.reduce((n, p) => n + wordsIn(p), 0);

/**
 * The paragraphs that fit in MAX_TEXT_CHARS; a first paragraph longer than that alone is cut to
 * it, at a space when there is one (dropped whole, it left an article of no text at all).
 */
export function capText(paragraphs: string[]): string[] {
  let total = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    total += paragraphs[i].length;
    if (total > MAX_TEXT_CHARS) {
      if (i > 0) return paragraphs.slice(0, i);
      const space = paragraphs[0].lastIndexOf(' ', MAX_TEXT_CHARS);
      return [paragraphs[0].slice(0, space > MAX_TEXT_CHARS / 2 ? space : MAX_TEXT_CHARS).trimEnd()];
    }
  }
  return paragraphs;
}

const notArticle = (note: FailureNote): ExtractFailure => ({ ok: false, reason: 'not-article', canForce: true, note });

export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  try {
    return extract(doc, url, options);
  } catch (error) {
    // Readability and our own passes are guarded; this is for DOMs odder than any we have seen
    return {
      ok: false,
      reason: 'empty',
      note: { code: 'whyUnreadable', params: { detail: String((error as Error)?.message ?? error) } },
    };
  }
}

/**
 * Readability reads the text of every ancestor of every candidate, so its work grows with the
 * page's depth times its text: 460,000 characters under 290 levels took 46 s. The copy is flattened
 * to a depth that keeps that product bounded; an article (tens of thousands of characters, a few
 * dozen levels) keeps its full depth.
 */
const READABILITY_WORK = 4_000_000;
const MIN_DEPTH = 32;
/** Characters of the page's body, scripts and styles included. */
// (linkedom's body getter throws on a document with no element at all, an empty page)
const pageChars = (doc: Document) => (doc.documentElement && doc.body?.textContent?.length) || 0;

export function depthFor(doc: Document): number {
  const chars = pageChars(doc);
  return Math.max(MIN_DEPTH, Math.min(MAX_DEPTH, Math.floor(READABILITY_WORK / Math.max(1, chars))));
}

/**
 * The depth for a copy whose longest text node holds `longest` characters. Readability reads such
 * a node again for every wrapper around it, several times each (_cleanConditionally): one word of
 * 510,000 characters under 32 wrappers took it 1.5 s of CPU. A page's paragraphs are a few
 * thousand characters at most, so only a pasted log, an ASCII-art block or an attack is flattened
 * below MIN_DEPTH, to no fewer than FLAT_DEPTH levels (html, body, a wrapper or two, the block).
 */
const TEXT_NODE_WORK = 3_000_000;
const FLAT_DEPTH = 6;
export function depthForText(longest: number, depth: number): number {
  return Math.min(depth, Math.max(FLAT_DEPTH, Math.floor(TEXT_NODE_WORK / Math.max(1, longest))));
}

function extract(doc: Document, url: string, options: ExtractOptions): ExtractResult {
  const notices: Notice[] = [];
  // captions and comment sections are kept for Readability's scoring, left out of the text after
  const copyAt = (maxDepth: number) =>
    workingCopy(doc, {
      maxTextChars: MAX_SOURCE_CHARS,
      maxElements: MAX_ELEMENTS,
      maxDepth,
      mark: (el) => isCaption(el) || isCommentSection(el),
      markSelector: `${MAYBE_CAPTION}, ${MAYBE_COMMENTS}`,
    });
  const depth = depthFor(doc);
  let copy = copyAt(depth);
  // a huge text node (known once the copy has joined its pieces) is copied again, flatter
  const flatter = depthForText(copy.longestText(), depth);
  if (flatter < depth && !copy.tooLarge) copy = copyAt(flatter);
  if (copy.tooLarge) {
    return { ok: false, reason: 'too-large', note: { code: 'whyTooLarge', params: { count: MAX_ELEMENTS } } };
  }
  if (!copy.hasText || !copy.doc.body) return EMPTY;
  const signals = pageSignals(copy.doc);
  if (!signals.textChars) return EMPTY;
  const readerable = safe(() => isProbablyReaderable(copy.doc), false);
  // counted before Readability takes the copy apart
  const pageWords = readerable ? Infinity : countWords([collapseWhitespace(copy.doc.body.textContent ?? '')]);

  // Readability runs on every page: whether the page is an article is decided on what it finds
  const parsed = safe(() => new Readability<Node>(copy.doc, { serializer: (n) => n, keepClasses: true }).parse(), null);
  const byline = bylineOf(doc, parsed?.byline ?? null);
  const blocks = parsed?.content
    ? blocksOf(parsed.content, {
        skip: (el) => el.hasAttribute(MARK_ATTRIBUTE) || isHiddenByMarkup(el) || isCaption(el),
      })
    : [];
  let paragraphs = articleParagraphs(blocks, { byline });
  let fromReadability = paragraphs.length > 0;
  const prose = readerable || readsAsProse(paragraphs);

  if (!options.force) {
    if (!prose || !paragraphs.length) {
      return notArticle(
        pageWords < 25 ? { code: 'whyLittleText', params: { count: pageWords } } : { code: 'whyNotNews' },
      );
    }
    const chars = paragraphs.reduce((n, p) => n + p.length, 0);
    const linkChars = blocks.reduce((n, b) => n + b.linkChars, 0);
    const verdict = notAnArticle(
      signals,
      { chars, linkChars, words: countWords(paragraphs), prose: readsAsProse(paragraphs) },
      url,
    );
    if (verdict) return notArticle(verdict.note);
  }
  if (!paragraphs.length) {
    // forced: the visible text of the page, without its navigation and chrome
    // (from a fresh copy: Readability has taken the first one apart)
    const fresh = workingCopy(doc, {
      maxTextChars: MAX_SOURCE_CHARS,
      maxElements: MAX_ELEMENTS,
      mark: isCaption,
      markSelector: MAYBE_CAPTION,
    }).doc.body;
    const skip = (el: Element) =>
      el.hasAttribute(MARK_ATTRIBUTE) || isHiddenByMarkup(el) || CHROME.test(el.tagName.toUpperCase());
    paragraphs = fresh ? articleParagraphs(blocksOf(fresh, { skip }), { byline }) : [];
    if (!paragraphs.length) return EMPTY;
    fromReadability = false;
    notices.push({ code: 'noticeVisibleText' });
  }
  const kept = capText(paragraphs);
  if (copy.capped || kept.length < paragraphs.length) {
    notices.push({ code: 'noticeLongPage', params: { count: kept.length } });
  }
  paragraphs = kept;

  const siteName = siteNameOf(doc, url, collapseWhitespace(parsed?.siteName ?? '') || null) ?? hostOf(url);
  const rawTitle =
    collapseWhitespace(parsed?.title ?? '') || collapseWhitespace(doc.title ?? '') || meta(doc, 'og:title') || '';
  const declaredLang = [
    doc.documentElement?.getAttribute('lang'),
    doc.documentElement?.getAttribute('xml:lang'),
    parsed?.lang,
    meta(doc, 'og:locale', 'language', 'content-language', 'dc.language'),
  ];
  const contentLanguage = doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content');
  const article: Article = {
    url,
    title: (rawTitle && cleanTitle(rawTitle, siteName, byline, url)) || hostOf(url) || '', // '': the popup says "untitled" in the reader's language
    byline,
    siteName,
    publishedTime: publishedTimeOf(doc, parsed?.publishedTime),
    lang: detectLanguage([...declaredLang, contentLanguage], paragraphs.slice(0, 40).join('\n')),
    dir:
      parsed?.dir === 'rtl' || doc.documentElement?.getAttribute('dir') === 'rtl'
        ? 'rtl'
        : parsed?.dir === 'ltr'
          ? 'ltr'
          : null,
    excerpt: excerptOf(parsed?.excerpt, byline, paragraphs) ?? meta(doc, 'description', 'og:description'),
    paragraphs,
    readerable: prose && fromReadability,
  };
  return { ok: true, article, notices };
}

/** Readability's excerpt, unless it is the byline or a furniture line: then the first paragraph. */
function excerptOf(raw: string | null | undefined, byline: string | null, paragraphs: string[]): string | null {
  const excerpt = collapseWhitespace(raw ?? '');
  const furniture =
    !excerpt ||
    (byline && excerpt.includes(byline) && excerpt.length < byline.length + 40) ||
    furnitureReason({ text: excerpt, linkChars: 0, tag: 'P' }, 0, { byline });
  if (!furniture) return excerpt;
  const first = paragraphs[0];
  return first ? (first.length > 300 ? `${first.slice(0, 297).trimEnd()}…` : first) : null;
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
