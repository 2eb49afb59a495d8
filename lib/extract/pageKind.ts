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
  /** Text inside comment sections. */
  commentChars: number;
  /** og:type article, an article publication date, Article JSON-LD or microdata. */
  declaresArticle: boolean;
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
// an id or class token about comments ("comments", "comment-list", "commentlist", "disqus_thread"),
// not a switch about them ("no-comments", "has-comments")
const COMMENT_TOKEN = /^(?!(?:no|has|with|without|show|hide|enable|disable|allow|open|closed)[-_])[\w-]*(?:comment|disqus)[\w-]*$/i;

/** A section of reader comments: named so, and not the wrapper of the article itself. */
export function isCommentSection(el: Element): boolean {
  const names = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
  if (!/comment|disqus/i.test(names)) return false;
  if (!names.split(/\s+/).some((t) => COMMENT_TOKEN.test(t))) return false;
  return !el.querySelector('h1, article, [itemprop~="articleBody"]');
}

function visibleText(el: Element): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if (n.nodeType === 1) {
      const tag = (n as Element).tagName.toUpperCase();
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return;
      for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    }
  };
  walk(el);
  return squash(out);
}

export function pageSignals(doc: Document): PageSignals {
  const body = doc.body;
  if (!body) return { textChars: 0, headlineLinks: 0, commentChars: 0, declaresArticle: false };
  const text = visibleText(body);
  let headlineLinks = 0;
  for (const a of body.querySelectorAll('a[href]')) {
    const t = squash(a.textContent);
    if (t.length >= 30 && (t.split(' ').length >= 5 || /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}]{12}/u.test(t))) headlineLinks++;
  }
  // Outermost comment sections only.
  let commentChars = 0;
  const sections = [...body.querySelectorAll('[id*="comment" i], [class*="comment" i], [id*="disqus" i]')].filter(isCommentSection);
  for (const el of sections) {
    if (sections.some((other) => other !== el && other.contains(el))) continue;
    commentChars += visibleText(el).length;
  }
  return { textChars: text.length, headlineLinks, commentChars, declaresArticle: declaresArticle(doc) };
}

function declaresArticle(doc: Document): boolean {
  if (/article/i.test(meta(doc, 'og:type') ?? '')) return true;
  if (meta(doc, 'article:published_time', 'article:published')) return true;
  if (jsonLdNodes(doc).some(isArticleNode)) return true;
  return !!doc.querySelector('[itemtype*="Article"], [itemtype*="BlogPosting"]');
}

/** A front page or section page address ("/", "/news/", "/world"): no slug, no story number. */
export function urlLooksLikeIndex(url: string): boolean {
  let path: string;
  try {
    const u = new URL(url);
    if (!/^https?:$/.test(u.protocol)) return false;
    path = decodeURIComponent(u.pathname);
  } catch {
    return false;
  }
  const segments = path.split('/').filter(Boolean);
  if (segments.length > 2 || path.length > 30) return false;
  return !segments.some((s) => /\d{4,}/.test(s) || s.split(/[-_]/).length >= 3 || /\.(?:s?html?|php|aspx?)$/i.test(s));
}

export type NotArticle = { why: 'comments' | 'index' | 'links' | 'little-text'; note: FailureNote };

export interface ArticleShape {
  /** Characters of the extracted article text. */
  chars: number;
  /** Characters of it inside links. */
  linkChars: number;
  words: number;
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
  if (!page.declaresArticle && page.headlineLinks >= 30 && (article.chars < 0.3 * page.textChars || urlLooksLikeIndex(url))) {
    return { why: 'index', note: { code: 'whyIndex' } };
  }
  if (article.chars > 0 && article.linkChars > 0.5 * article.chars) {
    return { why: 'links', note: { code: 'whyLinks' } };
  }
  return null;
}
