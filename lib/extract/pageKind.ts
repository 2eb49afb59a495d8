// Is this page one article? Readability will pull a story out of a front page and a post out of a
// comment thread; these measures, taken on the page before Readability takes it apart, tell
// such pages from articles: how much of the page's text the article is, how many links look like
// headlines of other stories, how much text sits in comment sections, whether the page declares
// itself an article.
import { jsonLdNodes, isArticleNode, meta } from './metadata';
import type { FailureNote } from '../notes';

export interface PageSignals {
  /** Visible text of the body, in characters (whitespace collapsed). */
  textChars: number;
  /** Links whose text reads like a headline (several words): an index page has dozens. */
  headlineLinks: number;
  /** Headings (h1-h4) that are or hold a link: the teasers of a front page. */
  linkedHeadings: number;
  /** Text inside comment sections. */
  commentChars: number;
  /** og:type article, an article publication date, Article JSON-LD or microdata. */
  declaresArticle: boolean;
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
// an id or class token about comments ("comments", "comment-list", "commentlist", "disqus_thread"),
// not a switch about them ("no-comments", "has-comments")
const COMMENT_TOKEN =
  /^(?!(?:no|has|with|without|show|hide|enable|disable|allow|open|closed)[-_])[\w-]*(?:comment|disqus)[\w-]*$/i;

/** Every element isCommentSection may say yes to matches this selector (and more). */
export const MAYBE_COMMENTS = '[id*="comment" i], [class*="comment" i], [id*="disqus" i], [class*="disqus" i]';

/** A section of reader comments: named so, and not the wrapper of the article itself. */
export function isCommentSection(el: Element): boolean {
  const names = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
  if (!/comment|disqus/i.test(names)) return false;
  if (!names.split(/\s+/).some((t) => COMMENT_TOKEN.test(t))) return false;
  return !el.querySelector('h1, article, [itemprop~="articleBody"]');
}

const NOT_TEXT = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/;

/** The text of an element without its scripts and styles; a loop, not recursion: no depth limit. */
function visibleText(el: Element): string {
  const parts: string[] = [];
  let n: Node | null = el.firstChild;
  while (n && n !== el) {
    if (n.nodeType === 3) parts.push(n.nodeValue ?? '');
    const descend = n.nodeType === 1 && n.firstChild && !NOT_TEXT.test((n as Element).tagName.toUpperCase());
    if (descend) {
      n = n.firstChild;
      continue;
    }
    while (n && n !== el && !n.nextSibling) n = n.parentNode;
    if (n && n !== el) n = n.nextSibling;
  }
  return squash(parts.join(''));
}

export function pageSignals(doc: Document): PageSignals {
  const body = doc.body;
  if (!body) return { textChars: 0, headlineLinks: 0, linkedHeadings: 0, commentChars: 0, declaresArticle: false };
  const text = visibleText(body);
  let headlineLinks = 0;
  for (const a of body.querySelectorAll('a[href]')) {
    const t = squash(a.textContent);
    if (
      t.length >= 30 &&
      (t.split(' ').length >= 5 || /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}]{12}/u.test(t))
    )
      headlineLinks++;
  }
  // Outermost comment sections only.
  let commentChars = 0;
  const sections = [...body.querySelectorAll('[id*="comment" i], [class*="comment" i], [id*="disqus" i]')].filter(
    isCommentSection,
  );
  for (const el of sections) {
    if (sections.some((other) => other !== el && other.contains(el))) continue;
    commentChars += visibleText(el).length;
  }
  const linkedHeadings = [...body.querySelectorAll('h1, h2, h3, h4')].filter(
    (h) => h.querySelector('a[href]') || h.closest('a[href]'),
  ).length;
  return { textChars: text.length, headlineLinks, linkedHeadings, commentChars, declaresArticle: declaresArticle(doc) };
}

function declaresArticle(doc: Document): boolean {
  if (/article/i.test(meta(doc, 'og:type') ?? '')) return true;
  if (meta(doc, 'article:published_time', 'article:published')) return true;
  if (jsonLdNodes(doc).some(isArticleNode)) return true;
  return !!doc.querySelector('[itemtype*="Article"], [itemtype*="BlogPosting"]');
}

/** The decoded path of an http(s) address; null for any other scheme or an address that does not parse. */
function webPath(url: string): string | null {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? decodeURIComponent(u.pathname) : null;
  } catch {
    return null;
  }
}

/** A front page or section page address ("/", "/news/", "/world"): no slug, no story number. */
export function urlLooksLikeIndex(url: string): boolean {
  const path = webPath(url);
  if (path === null) return false;
  const segments = path.split('/').filter(Boolean);
  if (segments.length > 2 || path.length > 30) return false;
  return !segments.some((s) => /\d{4,}/.test(s) || s.split(/[-_]/).length >= 3 || /\.(?:s?html?|php|aspx?)$/i.test(s));
}

/**
 * A single story's address: a slug of three words or more ("/news/neue-funktion-fuer-messenger"),
 * a long story number ("-4267431.html", "/ar-AAkm7Xj" is not one), or a dated path
 * ("/2019/11/18/"); never a front or section address.
 */
export function urlLooksLikeStory(url: string): boolean {
  const path = webPath(url);
  if (path === null) return false;
  if (urlLooksLikeIndex(url)) return false;
  const segments = path.split('/').filter(Boolean);
  const last = (segments[segments.length - 1] ?? '').replace(/\.(?:s?html?|php|aspx?)$/i, '');
  return (
    last.split(/[-_]/).filter((w) => /\p{L}{2,}/u.test(w)).length >= 3 ||
    /\d{6,}/.test(last) ||
    /\/(?:19|20)\d{2}\/\d{1,2}\//.test(path)
  );
}

// A Han, kana or Hangul character carries about what three Latin letters do (a Chinese
// translation of an English text runs to about a third of its characters).
const DENSE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** Readability's own "probably readerable" test (paragraphs of 140+ characters, the square roots
 * of their excess summing to 20), applied to the paragraphs it extracted rather than to every <p>
 * of the page, with dense scripts weighted: a short wire story in four paragraphs passes wherever
 * its paragraphs sit, a landing page's tiles and a standings table do not. */
export function readsAsProse(paragraphs: string[]): boolean {
  let score = 0;
  for (const p of paragraphs) {
    const length = p.length + 2 * (p.match(DENSE_SCRIPT)?.length ?? 0);
    if (length < 140) continue;
    score += Math.sqrt(length - 140);
    if (score > 20) return true;
  }
  return false;
}

export type NotArticle = { why: 'comments' | 'index' | 'links' | 'little-text'; note: FailureNote };

export interface ArticleShape {
  /** Characters of the extracted article text. */
  chars: number;
  /** Characters of it inside links. */
  linkChars: number;
  words: number;
  /** Whether its paragraphs read as prose (readsAsProse), not tiles or a table. */
  prose?: boolean;
}

/** Why the page is not one article, or null when it is one. Thresholds leave every article of
 * the measuring corpus on the article side with a wide margin. */
export function notAnArticle(page: PageSignals, article: ArticleShape, url: string): NotArticle | null {
  if (article.words < 25) {
    return { why: 'little-text', note: { code: 'whyLittleText', params: { count: article.words } } };
  }
  if (page.commentChars >= 2000 && page.commentChars > 4 * article.chars) {
    return { why: 'comments', note: { code: 'whyComments' } };
  }
  // An index: dozens of headline links and no article metadata, and either the story Readability
  // picked is a small part of the page, the address is a front or section address, or the
  // headlines stand in linked headings, as teasers do (a front page that opens its top story
  // in full: the story is then a fair part of the page, and the address may be anything).
  // A story's own address with prose under it is an article page with busy chrome (a short tech
  // news item amid a portal's teasers): an index only when the story is a sliver of the page.
  const story = article.prose === true && urlLooksLikeStory(url);
  const teasers = page.linkedHeadings >= 20;
  const small = article.chars < (story ? 0.1 : 0.3) * page.textChars;
  if (!page.declaresArticle && page.headlineLinks >= 30 && (small || teasers || urlLooksLikeIndex(url))) {
    return { why: 'index', note: { code: 'whyIndex' } };
  }
  if (article.chars > 0 && article.linkChars > 0.5 * article.chars) {
    return { why: 'links', note: { code: 'whyLinks' } };
  }
  return null;
}
