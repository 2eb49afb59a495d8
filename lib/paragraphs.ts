// Turns a DOM subtree into plain-text paragraphs without ever serialising it to HTML, and drops
// the lines that are page furniture rather than article: captions and photo credits, link-only
// lines (related stories, "Read more"), bylines and datelines, "Advertisement".

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'CAPTION',
  'CENTER',
  'SUMMARY',
]);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'SELECT',
  'BUTTON',
  'INPUT',
  'TEXTAREA',
]);

// soft hyphens are line-break hints, not text: gone, so names and quotes read as the page shows them
export const collapseWhitespace = (s: string): string =>
  s
    .replace(/\u00ad/g, '')
    .replace(/[\s\u00a0\u200b\ufeff]+/g, ' ')
    .trim();

export interface ParagraphOptions {
  /** Skip elements that this returns true for (hidden nodes, page chrome). */
  skip?: (el: Element) => boolean;
}

export interface Block {
  text: string;
  /** Characters of `text` that sit inside links. */
  linkChars: number;
  /** The innermost block element the text came from ("P", "H2", "LI"…). */
  tag: string;
}

/** Block-level text of `root` with what the paragraph filters need to know about each block. */
export function blocksOf(root: Node, options: ParagraphOptions = {}): Block[] {
  const out: Block[] = [];
  let current = '';
  let linkText = '';
  let pendingBreaks = 0;
  let inLink = 0;
  let inPre = 0;
  const tags: string[] = ['ROOT'];
  const flush = () => {
    const text = collapseWhitespace(current);
    if (text)
      out.push({
        text,
        linkChars: Math.min(text.length, collapseWhitespace(linkText).length),
        tag: tags[tags.length - 1],
      });
    current = '';
    linkText = '';
    pendingBreaks = 0;
  };
  const addText = (value: string) => {
    if (/\S/.test(value)) pendingBreaks = 0;
    current += value;
    if (inLink) linkText += ' ' + value;
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (!inPre) return addText(value);
      // preformatted text keeps its own paragraphs: a blank line ends one
      value.split(/\n[ \t]*\n/).forEach((part, i) => {
        if (i) flush();
        addText(part);
      });
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || options.skip?.(el)) return;
    if (tag === 'BR') {
      pendingBreaks++;
      if (pendingBreaks >= 2) flush();
      else current += '\n';
      return;
    }
    const block = BLOCK.has(tag);
    if (block) {
      flush();
      tags.push(tag);
    }
    if (tag === 'A') inLink++;
    if (tag === 'PRE') inPre++;
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (tag === 'A') inLink--;
    if (tag === 'PRE') inPre--;
    if (block) {
      flush();
      tags.pop();
    } else if (tag === 'IMG') current += ' ';
  };
  walk(root);
  flush();
  return out;
}

/** Block-level text of `root`, one string per paragraph; a double <br> also ends a paragraph. */
export function paragraphsOf(root: Node, options: ParagraphOptions = {}): string[] {
  return blocksOf(root, options).map((b) => b.text);
}

// ---- page furniture -------------------------------------------------------------------------

// a class token about captions or credits ("wp-caption-text", "imageCaption"), but not "no_caption"
const CAPTION_CLASS = /(?:^|\s)(?!no[-_]|has[-_]|with[-_]|without[-_])[\w-]*(?:caption|credit)/i;
const MAX_CAPTION_CHARS = 500;

/** Every element isCaption may say yes to matches this selector (and more). */
export const MAYBE_CAPTION = 'figure, figcaption, [class*="caption" i], [class*="credit" i]';

/** Figures, captions and photo credits: the picture's words, not the article's. */
export function isCaption(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag !== 'FIGURE' && tag !== 'FIGCAPTION' && !CAPTION_CLASS.test(el.getAttribute('class') ?? '')) return false;
  // a "figure" that holds a long text is the article in odd markup, not a caption
  return (el.textContent ?? '').length <= MAX_CAPTION_CHARS;
}

const wordsOf = (s: string) => s.split(/\s+/).filter(Boolean).length;

// Whole lines that are site furniture, in the languages of the pages we read most.
const FURNITURE = new RegExp(
  '^(?:' +
    [
      'advertisements?',
      'advertisment',
      'ad',
      'sponsored(?: content)?',
      'story continues(?: below)?(?: advertisement)?',
      'continue reading(?: below)?',
      'read more',
      'read more:?',
      'more',
      'see more',
      'show more',
      'load more',
      'related(?: news| articles?| stories| content| coverage| links)?',
      "(?:more|other|related|recommended|popular|top|latest)\\b[\\w' ]{0,30}\\b(?:stories|articles|news|reads|coverage|videos)",
      'more on this story',
      'recommended(?: for you)?',
      'trending',
      'most popular',
      'most read',
      'top stories',
      'latest news',
      'home',
      'news',
      'share',
      'share this(?: article| story)?',
      'share on (?:facebook|twitter|x|linkedin|whatsapp)',
      'tweet',
      'email',
      'e-mail',
      'print',
      'comments?',
      'leave a comment',
      'add a comment',
      'view comments',
      'skip to (?:main )?content',
      'back to top',
      'close',
      'menu',
      'search',
      'subscribe(?: now)?',
      'sign up',
      'log in',
      'sign in',
      'follow us',
      'image',
      'photo',
      'video',
      'watch',
      'listen',
      'play video',
      'publicidad',
      'publicidade',
      'publicité',
      'anuncio',
      'anzeige',
      'werbung',
      'reklama',
      'реклама',
      '广告',
      '광고',
      '広告',
      'leia (?:mais|também)',
      'lire aussi',
      'lea también',
      'lee también',
      'читайте также',
      'mehr zum thema',
      'čtěte také',
      'související',
    ].join('|') +
    ')[\\s.:!…»>›→-]*$',
  'iu',
);
// Lines that announce other content: "Related: …", "[READ MORE: …]", "CLICK HERE TO …", "Sign up: …".
const PROMO =
  /^[\s[(]*(?:related|read more|read also|also read|see also|more|watch|listen|recommended|click here|sign up|subscribe|get the \w+ app|download the \w+ app|follow us|más|mais|lire aussi|читайте|čtěte)\b[^.?!]{0,10}?[:\-–—|](?:\s|$)/iu;
const CLICK_HERE = /^(?:click here|tap here|sign up|subscribe|download|get the)\b/i;
const COPYRIGHT = /©|\ball rights reserved\b|\bcopyright \d{4}/i;
const CREDIT =
  /^(?:(?:图注|图片来源|图片|摄影|照片|사진|写真)\s*[:：]|©|\(c\)|copyright\b|credit(?:s)?\b|photo(?:graph)?s?\s*(?:by|:|credit)|image(?:s)?\s*(?:by|:|credit)|\(image:|\(photo:|foto:|fotografía:|getty images|ap photo|reuters\/)/iu;
// (case spelled out: with the i flag, \p{Lu} would match any letter)
const BYLINE_LINE =
  /^(?:(?:[Ww]ritten|[Rr]eported|[Ss]tory|[Aa]nalysis|[Tt]ext|[Ww]ords)\s+)?(?:[Bb][Yy]|[Pp][Aa][Rr]|[Pp][Oo][Rr]|[Vv]on|VON|[Dd]oor|[Aa]v|[Оо]т|[Тт]екст:|[Аа]втор:)\s+(?=\p{Lu})/u;
const DATELINE =
  /^(?:(?:updated|published|posted|last updated|modified|actualizado|publicado|mis à jour|publié|aktualisiert|обновлено|опубликовано)\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)|\d{1,2}\/\d{1,2}\/\d{2,4}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})/i;

/** "Ada Brook and Jon Ardley, Reuters - 11/18/19 11:04 PM" reads as names; "Tuesday, the
 * water had receded." does not: most words capitalised, no closing full stop. */
function looksLikeNames(rest: string): boolean {
  if (/[.!?]["”’]?$/.test(rest.trim()) && !/\b\p{Lu}\.$/u.test(rest.trim())) return false;
  const tokens = rest
    .split(/[\s,|·•–—/-]+/)
    .filter((t) => t && !/^(?:and|y|et|und|e|&|\d[\d:./]*|[ap]\.?m\.?|[A-Z]{2,4})$/i.test(t));
  if (!tokens.length) return false;
  const capitalised = tokens.filter((t) => /^\p{Lu}/u.test(t)).length;
  return capitalised >= tokens.length * 0.7;
}

const FOLLOW =
  /^(?:follow (?:him|her|them|us|me)|you can follow|find (?:him|her) on)\b.{0,80}(?:twitter|facebook|instagram|@)/i;

export interface FurnitureContext {
  /** The byline found for the article: a line that is just the byline is dropped. */
  byline?: string | null;
}

/** Why this block is page furniture, or null when it is article text. */
export function furnitureReason(block: Block, index: number, context: FurnitureContext = {}): string | null {
  const { text } = block;
  const words = wordsOf(text);
  if (FURNITURE.test(text)) return 'furniture';
  if (words <= 25 && PROMO.test(text)) return 'promo';
  if (words <= 20 && CLICK_HERE.test(text)) return 'promo';
  if (words <= 25 && CREDIT.test(text)) return 'credit';
  if (words <= 30 && COPYRIGHT.test(text)) return 'credit';
  // a short line that is all link: a related story, a tag, a breadcrumb
  if (words <= 25 && block.linkChars >= text.length * 0.9 && !/^H[1-6]$/.test(block.tag)) return 'link';
  if (words <= 16 && DATELINE.test(text) && !/[“”"«»„]/.test(text)) return 'dateline';
  if (words <= 14 && index < 8 && BYLINE_LINE.test(text) && looksLikeNames(text.replace(BYLINE_LINE, '')))
    return 'byline';
  if (
    context.byline &&
    words <= 14 &&
    index < 8 &&
    text.includes(context.byline) &&
    text.length <= context.byline.length + 40
  )
    return 'byline';
  if (words <= 30 && FOLLOW.test(text)) return 'promo';
  return null;
}

/** The article's paragraphs: block text with furniture lines left out. */
// A title over a list of other stories: the list items that follow are links, not article.
const LIST_TITLE =
  /^(?:(?:more|other|related|recommended|popular|top|latest|trending)\b.{0,40}|read (?:more|next|also)|see also|also read|most (?:read|popular|viewed)|you may also like)[\s.:!…»>›→-]*$/iu;

export function articleParagraphs(blocks: Block[], context: FurnitureContext = {}): string[] {
  let inStoryList = false;
  const kept = blocks.filter((b, i) => {
    if (inStoryList && b.tag === 'LI' && b.linkChars > 0) return false;
    inStoryList = false;
    const reason = furnitureReason(b, i, context);
    if (reason && LIST_TITLE.test(b.text)) inStoryList = true;
    return !reason;
  });
  // a heading with nothing under it (its section was hidden or was furniture) heads nothing
  const isHeading = (b: Block | undefined) => !!b && /^H[1-6]$/.test(b.tag);
  return kept.filter((b, i) => !isHeading(b) || (kept[i + 1] && !isHeading(kept[i + 1])) || i === 0).map((b) => b.text);
}
