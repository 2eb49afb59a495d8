// The copy of the page that Readability may take apart, made in one pass over the original.
// It is decided from the markup alone, never from computed styles or layout: page scripts change
// those (an anti-flicker snippet hides <body> until they run, a stylesheet hides every <script>
// and <meta> that sits in <body>), and the CLI's DOM has none, so the same page gives the same
// copy in Chromium, Firefox and linkedom.
// - elements hidden by their own markup are dropped, so hidden text never reaches the digest
//   (<html> and <body> excepted: a page that hides all of itself until it loads is still read);
// - <template> content is dropped (linkedom keeps it as children, browsers do not render it);
// - what the parser of one DOM leaves outside <body> (no <body> tag, paragraphs in <head>, text
//   after </body>) is moved into the copy's <body>, as a browser's parser would;
// - captions and the like are tagged when the caller says so, for after Readability (which may
//   unwrap the element that said "caption", and which scores pages with their captions in);
// - comment nodes are dropped (Readability ends a paragraph at a comment: "A<!-- -->B" → "A", "B"),
//   and text next to text is one text node, as in a browser;
// - past a text budget the rest of the page is dropped, so a huge page costs what its first part costs;
// - past an element budget the copy stops and says the page is too large;
// - past a nesting depth wrappers are unwrapped (their children kept), so that no later pass,
//   Readability's included (its cost grows with the cube of the depth), meets absurd nesting.

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;
// Class names that conventionally mean "not shown" (or shown to screen readers only: labels such as
// "Advertisement" or "Share on Facebook", never article text).
const HIDDEN_CLASS =
  /(?:^|\s)(?:hidden|hide|is-hidden|u-hidden|element-hidden|visually-hidden|visuallyhidden|sr-only|screen-reader-text|screenreader-only|a11y-hidden|d-none|invisible)(?:\s|$)/i;
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'HEAD', 'TITLE']);
// What may stay in <head>; anything else found there (or between </head> and <body>) is content.
const HEAD_TAGS = new Set(['TITLE', 'META', 'LINK', 'STYLE', 'SCRIPT', 'BASE', 'NOSCRIPT']);
// Containers of which the first past the depth limit keeps its element (once: no nesting of them).
const CONTAINERS = new Set(['ARTICLE', 'MAIN']);
// Blocks that keep their own element past the depth limit, so paragraphs stay paragraphs.
const TEXT_BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'TD',
  'TH',
  'FIGCAPTION',
]);

/** Hidden by its own markup: attributes, inline style, or a conventional hiding class. */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true' && !/fallback-image/.test(el.getAttribute('class') ?? '')) return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  const cls = el.getAttribute('class');
  return !!cls && HIDDEN_CLASS.test(cls);
}

export interface WorkingCopy {
  doc: Document;
  /** True when the page had more text than the budget and its tail was left out. */
  capped: boolean;
  /** Characters of visible text kept in the copy. */
  textChars: number;
  /** The longest text node of the copy's visible text (text next to text is one node), in characters. */
  longestText: number;
  /** True when the page has more elements than the budget: the copy is incomplete, do not use it. */
  tooLarge: boolean;
}

export interface WorkingCopyOptions {
  /** Text budget: past this many characters of body text, the rest of the page is left out. */
  maxTextChars: number;
  /** Element budget: past this many elements the walk stops and the copy is tooLarge. */
  maxElements?: number;
  /** Nesting budget: elements deeper than this are unwrapped into their ancestor at this depth. */
  maxDepth?: number;
  /** Elements to tag in the copy (judged on the original), they and every element in them,
   * with MARK_ATTRIBUTE: Readability keeps data attributes where it unwraps the element that
   * said, for instance, class="caption". */
  mark?: (el: Element) => boolean;
}

export const MARK_ATTRIBUTE = 'data-standpoint-mark';
/** 2.6 times the deepest page of the measuring corpora (38); Readability's work grows with the
 * cube of the depth (a short page under 183 wrappers cost 0.58 s of CPU at 160, 0.29 s at 80). */
export const MAX_DEPTH = 100;

export function workingCopy(
  original: Document,
  { maxTextChars, maxElements = Infinity, maxDepth = MAX_DEPTH, mark }: WorkingCopyOptions,
): WorkingCopy {
  // An empty document of the same kind, filled node by node: a huge page is never copied whole,
  // and nodes are created in the copy (importNode), so no image of it starts loading.
  const copy = original.cloneNode(false) as Document;
  let textChars = 0;
  let longestText = 0;
  let capped = false;
  let elements = 0;
  const htmlO = original.documentElement;
  if (!htmlO) return { doc: copy, capped, textChars, longestText, tooLarge: false };
  // linkedom parses a page without an <html> tag into a document with several children (its
  // "documentElement" is then the first of them, a <title> or a <p>): walk them all
  const rootO: Node = htmlO.tagName.toUpperCase() === 'HTML' ? htmlO : original;
  const rootC = rootO === htmlO ? copy.importNode(htmlO, false) : copy.createElement('html');
  copy.appendChild(rootC);
  // The copy always has one <head> and one <body>, whatever the original has.
  const headO = childByTag(rootO, 'HEAD');
  const bodyO = childByTag(rootO, 'BODY');
  const headC = headO ? (copy.importNode(headO, false) as Element) : copy.createElement('head');
  const bodyC = bodyO ? (copy.importNode(bodyO, false) as Element) : copy.createElement('body');
  rootC.appendChild(headC);
  rootC.appendChild(bodyC);
  // and neither hides itself: Readability would drop a <body> that does
  unhide(rootC as Element);
  unhide(bodyC);

  // Pre-order walk of the original by sibling pointers (childNodes is slow in linkedom); each
  // level holds the copy's parent and what is known of the place: outside <body>? in
  // script/style? in a marked element? how deep in the copy? unwrapping everything below?
  // (container: an <article> or <main> was kept past the depth limit on this path)
  type Level = {
    o: Node;
    c: Node;
    outside: boolean;
    notText: boolean;
    marked: boolean;
    depth: number;
    flat: boolean;
    container: boolean;
  };
  // where content found outside <body> goes
  const inBody = (o: Node): Level => ({
    o,
    c: bodyC,
    outside: false,
    notText: false,
    marked: false,
    depth: 2,
    flat: false,
    container: false,
  });
  const levels: Level[] = [
    { o: rootO, c: rootC, outside: true, notText: false, marked: false, depth: 1, flat: false, container: false },
  ];
  // (a doctype there has no nextSibling in linkedom: start after it)
  let o: Node | null =
    rootO === original ? ([...original.childNodes].find((n) => n.nodeType !== 10) ?? null) : rootO.firstChild;
  while (levels.length) {
    if (!o) {
      o = levels.pop()!.o.nextSibling;
      continue;
    }
    let level = levels[levels.length - 1];
    const type = o.nodeType;
    if (level.outside) {
      const tag = type === 1 ? (o as Element).tagName.toUpperCase() : '';
      if (tag === 'HEAD' || tag === 'BODY') {
        const c = tag === 'HEAD' ? headC : bodyC;
        const body = tag === 'BODY';
        if (body && mark?.(o as Element)) bodyC.setAttribute(MARK_ATTRIBUTE, '');
        levels.push({
          o,
          c,
          outside: !body,
          notText: !body,
          marked: body && bodyC.hasAttribute(MARK_ATTRIBUTE),
          depth: 2,
          flat: false,
          container: false,
        });
        o = o.firstChild;
        continue;
      }
      const content =
        type === 3 ? /\S/.test(o.nodeValue ?? '') : type === 1 && !HEAD_TAGS.has(tag) && tag !== 'TEMPLATE';
      if (content) level = inBody(level.o);
      else if (level.o === rootO) {
        // metadata between </head> and <body> belongs to <head>; whitespace there to nothing
        if (type !== 1) {
          o = o.nextSibling;
          continue;
        }
        level = { ...level, c: headC, notText: true };
      }
    }
    const counts = !level.outside && !level.notText;
    if (type === 3) {
      // the text node that crosses the budget is kept whole; the ones after it are not
      if (!(counts && capped)) {
        // text next to text joins it, as a browser's parser makes one node of it: linkedom makes a
        // node of every "<" of "<<<<" and every "&amp;", and 500,000 nodes took Readability seconds
        const last = level.c.lastChild;
        let made: Node;
        if (last && last.nodeType === 3) (made = last as Text).appendData(o.nodeValue ?? '');
        else made = level.c.appendChild(copy.importNode(o, false));
        if (counts) longestText = Math.max(longestText, made.nodeValue?.length ?? 0);
      }
      if (counts) {
        textChars += (o.nodeValue ?? '').trim().length;
        if (textChars > maxTextChars) capped = true;
      }
    } else if (type === 1) {
      if (++elements > maxElements) return { doc: copy, capped, textChars, longestText, tooLarge: true };
      const el = o as Element;
      const tag = el.tagName.toUpperCase();
      const keep = tag !== 'TEMPLATE' && !(counts && (capped || (tag !== 'BODY' && isHiddenByMarkup(el))));
      if (keep) {
        const marked = level.marked || (counts && !!mark?.(el));
        const notText = level.notText || NOT_TEXT.has(tag);
        // a second <body>, and wrappers past the depth limit, are unwrapped into the level's element;
        // never a <noscript> or <script>, whose text would then read as the page's
        // past the limit, the first <article> or <main> stays too, at the limit's depth: Readability
        // and the page-kind signals read it (an article under 100 wrappers read as "not news" without it)
        const pastLimit = level.depth >= maxDepth;
        const container = pastLimit && !level.flat && !level.container && CONTAINERS.has(tag);
        const unwrap =
          tag === 'BODY' || (!NOT_TEXT.has(tag) && pastLimit && !container && (level.flat || !TEXT_BLOCKS.has(tag)));
        let c = level.c;
        if (!unwrap) {
          const made = copy.importNode(el, false) as Element;
          if (marked) made.setAttribute(MARK_ATTRIBUTE, '');
          level.c.appendChild(made);
          c = made;
        }
        if (o.firstChild) {
          const depth = unwrap || container ? level.depth : level.depth + 1;
          levels.push({
            o,
            c,
            outside: false,
            notText,
            marked,
            depth,
            flat: level.flat || (!unwrap && depth > maxDepth),
            container: level.container || container,
          });
          o = o.firstChild;
          continue;
        }
      }
    }
    // comments, doctypes and processing instructions stay out of the copy
    o = o.nextSibling;
  }
  return { doc: copy, capped, textChars, longestText, tooLarge: false };
}

function unhide(el: Element): void {
  el.removeAttribute('hidden');
  el.removeAttribute('aria-hidden');
  el.removeAttribute('style');
  const cls = el.getAttribute('class');
  if (cls && HIDDEN_CLASS.test(cls))
    el.setAttribute(
      'class',
      cls
        .split(/\s+/)
        .filter((t) => !HIDDEN_CLASS.test(t))
        .join(' '),
    );
}

function childByTag(parent: Node, tag: string): Element | null {
  for (let c = parent.firstChild; c; c = c.nextSibling)
    if (c.nodeType === 1 && (c as Element).tagName.toUpperCase() === tag) return c as Element;
  return null;
}
