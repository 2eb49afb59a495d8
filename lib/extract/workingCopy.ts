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
//   and text next to text in the page is one text node, as a browser's parser makes it;
// - past a text budget the rest of the page is dropped, so a huge page costs what its first part costs;
// - past an element budget the copy stops and says the page is too large;
// - past a nesting depth wrappers are unwrapped (their children kept), so that no later pass,
//   Readability's included (its cost grows with the cube of the depth), meets absurd nesting.
// In a browser most pages need none of the last four: they are copied whole by the DOM itself (a
// native deep clone, then a few selector queries), faster than the walk node by node, which pages
// past a budget, or with a second <head> or <body>, still take. Both give the same copy, node for
// node (tests/unit/working-copy.test.ts).

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;
// Class names that conventionally mean "not shown" (or shown to screen readers only: labels such as
// "Advertisement" or "Share on Facebook", never article text).
const HIDDEN_CLASS =
  /(?:^|\s)(?:hidden|hide|is-hidden|u-hidden|element-hidden|visually-hidden|visuallyhidden|sr-only|screen-reader-text|screenreader-only|a11y-hidden|d-none|invisible)(?:\s|$)/i;
// The card a name or word shows on hover ("rollover-people-block", "tooltiptext", "hovercard"): hidden
// until then, its related headlines would otherwise run into the sentence ("Ilhan OmarHillicon Valley: …").
// The wrapper around the visible word ("rollover-people", "tooltip") stays.
const HOVER_CARD_CLASS =
  /(?:^|\s)[\w-]*(?:hover|rollover|tooltip|popover)[\w-]*(?:card|block|content|text|body|popup|panel|box)(?:\s|$)/i;
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
  return !!cls && (HIDDEN_CLASS.test(cls) || HOVER_CARD_CLASS.test(cls));
}

export interface WorkingCopy {
  doc: Document;
  /** True when the page had more text than the budget and its tail was left out. */
  capped: boolean;
  /** Whether the copy keeps any visible text (outside scripts, styles and titles). */
  hasText: boolean;
  /** The longest text node of the copy's visible text (text next to text is one node), in characters. */
  longestText: () => number;
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
  /** A selector every element `mark` may say yes to matches (it may match more): the cloned copy
   * asks `mark` about these only. Without it, a copy with `mark` is walked node by node. */
  markSelector?: string;
}

export const MARK_ATTRIBUTE = 'data-standpoint-mark';
/** 2.6 times the deepest page of the measuring corpora (38); Readability's work grows with the
 * cube of the depth (a short page under 183 wrappers cost 0.58 s of CPU at 160, 0.29 s at 80). */
export const MAX_DEPTH = 100;

export function workingCopy(original: Document, options: WorkingCopyOptions): WorkingCopy {
  return (nativeDom(original) && clonedCopy(original, options)) || walkedCopy(original, options);
}

/** A browser's DOM, whose deep clone is native code: cloning then querying beats walking there
 * (dev pages in Chromium, cold: median 19 ms against 28). linkedom's DOM is JavaScript, where
 * its clone costs more than the walk. */
const nativeDom = (doc: Document) => /\[native code\]/.test(Function.prototype.toString.call(doc.importNode));

// Every element isHiddenByMarkup may say yes to matches this (and more: each is then asked).
const MAYBE_HIDDEN = [
  '[hidden]',
  '[aria-hidden]',
  '[style*="none" i]',
  '[style*="hidden" i]',
  ...['hid', 'invisible', 'sr-only', 'screen', 'd-none'].map((word) => `[class*="${word}" i]`),
].join(', ');
const NOT_TEXT_SELECTOR = [...NOT_TEXT].join(', ').toLowerCase();
// NodeFilter.SHOW_COMMENT | SHOW_CDATA_SECTION | SHOW_PROCESSING_INSTRUCTION: nodes the walk drops
const DROPPED_NODES = 0x80 | 0x8 | 0x40;
const SHOW_TEXT = 0x4;
/** Matches an element with at least `n` elements in its line of ancestors, itself and <html> included. */
const lineOf = (n: number) => Array<string>(n).fill('*').join(' > ');
const tagOf = (n: Node) => (n as Element).tagName.toUpperCase();
const isBlank = (n: Node) => n.nodeType !== 3 || !/\S/.test(n.nodeValue ?? '');

/** What the walk does with a node outside <body>: it keeps it in place, moves it into <body>
 * (content), moves it into <head> (metadata found beside <head>), or drops it. */
type Placement = 'keep' | 'body' | 'head' | 'drop';

function placementOf(n: Node, inHead: boolean): Placement {
  const content = n.nodeType === 1 ? !HEAD_TAGS.has(tagOf(n)) && tagOf(n) !== 'TEMPLATE' : !isBlank(n);
  if (content) return 'body';
  if (inHead) return 'keep';
  return n.nodeType === 1 && tagOf(n) !== 'TEMPLATE' ? 'head' : 'drop';
}

/**
 * The copy made by the DOM's own deep clone, then a few selector queries: for an HTML document
 * with one <head> and one <body>, within the text, element and depth budgets. Null for any other
 * page, which takes the walk. Gives what walkedCopy gives, node for node.
 */
export function clonedCopy(
  original: Document,
  { maxTextChars, maxElements = Infinity, maxDepth = MAX_DEPTH, mark, markSelector }: WorkingCopyOptions,
): WorkingCopy | null {
  if (mark && !markSelector) return null;
  // (an XML document reads tag names and selectors case by case, where the walk does not)
  const htmlO = original.documentElement;
  if (!htmlO || htmlO.tagName !== 'HTML') return null;
  if (original.contentType !== undefined && original.contentType !== 'text/html') return null;
  // one <head> before one <body> (the walk merges a second one into the first)
  if (original.querySelectorAll('head').length !== 1 || original.querySelectorAll('body').length !== 1) return null;
  const headO = original.querySelector('head')!;
  const bodyO = original.querySelector('body')!;
  if (headO.parentNode !== htmlO || bodyO.parentNode !== htmlO) return null;
  if (!(headO.compareDocumentPosition(bodyO) & 4)) return null; // DOCUMENT_POSITION_FOLLOWING
  if (maxElements < Infinity && original.querySelectorAll('*').length > maxElements) return null;
  // Nodes outside <body>: where the walk puts each, by its place among its parent's children.
  const moves: { parent: 'html' | 'head'; index: number; to: Placement; after: boolean }[] = [];
  let afterHead = false;
  let afterBody = false;
  [...htmlO.childNodes].forEach((n, index) => {
    if (n === headO) {
      afterHead = true;
      [...headO.childNodes].forEach((h, i) => {
        const to = placementOf(h, true);
        if (to !== 'keep') moves.push({ parent: 'head', index: i, to, after: false });
      });
    } else if (n === bodyO) afterBody = true;
    else {
      const to = placementOf(n, false);
      moves.push({ parent: 'html', index, to, after: to === 'body' ? afterBody : afterHead });
    }
  });
  const marksBody = !!mark?.(bodyO);
  let movedText = 0;
  for (const m of moves) {
    if (m.to !== 'body') continue;
    // the walk would not mark content moved into a marked <body>
    if (marksBody) return null;
    movedText += (m.parent === 'html' ? htmlO : headO).childNodes[m.index].textContent?.length ?? 0;
  }
  // the walk unwraps from maxDepth - 1 levels below <body> (a line of maxDepth + 1 with <html>);
  // content directly in <html> moves one level down, hence one less here
  if (htmlO.querySelector(lineOf(maxDepth))) return null;
  if (textUpperBound(bodyO) + movedText > maxTextChars) return null;

  // an empty document of the same kind, filled with a deep import: no image of it starts loading
  const copy = original.cloneNode(false) as Document;
  const rootC = copy.importNode(htmlO, true) as Element;
  copy.appendChild(rootC);
  const headC = rootC.querySelector('head')!;
  const bodyC = rootC.querySelector('body')!;
  const kids = { html: [...rootC.childNodes], head: [...headC.childNodes] };
  const nodesOf = (to: Placement, after: boolean) =>
    moves.filter((m) => m.to === to && m.after === after).map((m) => kids[m.parent][m.index]);
  // in the walk's order: content before <body> opens it, content after it closes it; metadata
  // before <head> opens <head>, metadata after it closes it
  bodyC.prepend(...nodesOf('body', false));
  bodyC.append(...nodesOf('body', true));
  headC.prepend(...nodesOf('head', false));
  headC.append(...nodesOf('head', true));
  for (const n of [...nodesOf('drop', false), ...nodesOf('drop', true)]) (n as ChildNode).remove();
  unhide(rootC);
  unhide(bodyC);
  if (mark) {
    // judged before anything is dropped, when the copy is still the original node for node (the
    // <body>, whose attributes unhide changed, on the original)
    if (marksBody) bodyC.setAttribute(MARK_ATTRIBUTE, '');
    const marked = bodyC.hasAttribute(MARK_ATTRIBUTE)
      ? [bodyC]
      : [...bodyC.querySelectorAll(markSelector!)].filter((el) => !inNotText(el) && mark(el));
    for (const el of marked) {
      el.setAttribute(MARK_ATTRIBUTE, '');
      for (const inner of el.querySelectorAll('*')) inner.setAttribute(MARK_ATTRIBUTE, '');
    }
  }
  for (const el of bodyC.querySelectorAll(MAYBE_HIDDEN)) if (!inNotText(el) && isHiddenByMarkup(el)) el.remove();
  for (const el of rootC.querySelectorAll('template')) el.remove();
  const dropped: Node[] = [];
  const walker = copy.createTreeWalker(rootC, DROPPED_NODES);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) dropped.push(n);
  for (const n of dropped) (n as ChildNode).remove();
  return {
    doc: copy,
    capped: false,
    hasText: hasVisibleText(copy, bodyC),
    longestText: () => longestVisibleText(copy, bodyC),
    tooLarge: false,
  };
}

/** Inside a script, style, noscript or title: not the page's text, and nothing there is judged. */
const inNotText = (el: Element) => !!el.parentElement?.closest(NOT_TEXT_SELECTOR);

/** At least as many characters as the walk counts in `body`: all its text less scripts and styles. */
function textUpperBound(body: Element): number {
  let chars = body.textContent?.length ?? 0;
  for (const el of body.querySelectorAll(NOT_TEXT_SELECTOR)) if (!inNotText(el)) chars -= el.textContent?.length ?? 0;
  return chars;
}

/** Whether some text outside scripts, styles and titles is more than whitespace. */
function hasVisibleText(doc: Document, body: Element): boolean {
  const walker = doc.createTreeWalker(body, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!isBlank(n) && !n.parentElement?.closest(NOT_TEXT_SELECTOR)) return true;
  }
  return false;
}

/** The length of the longest text node outside scripts, styles and titles (a browser's parser
 * makes one node of text next to text). */
function longestVisibleText(doc: Document, body: Element): number {
  let longest = 0;
  const walker = doc.createTreeWalker(body, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const length = n.nodeValue?.length ?? 0;
    if (length > longest && !n.parentElement?.closest(NOT_TEXT_SELECTOR)) longest = length;
  }
  return longest;
}

/** The copy made by walking the original node by node: any page can take it. */
export function walkedCopy(
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
  if (!htmlO) return { doc: copy, capped, hasText: false, longestText: () => 0, tooLarge: false };
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
        // text next to text in the page joins it, as a browser's parser makes one node of it:
        // linkedom makes a node of every "<" of "<<<<" and every "&amp;", and 500,000 nodes took
        // Readability seconds (text either side of a dropped comment stays two nodes, as in a browser)
        const last = level.c.lastChild;
        let made: Node;
        if (last && last.nodeType === 3 && o.previousSibling?.nodeType === 3)
          (made = last as Text).appendData(o.nodeValue ?? '');
        else made = level.c.appendChild(copy.importNode(o, false));
        if (counts) longestText = Math.max(longestText, made.nodeValue?.length ?? 0);
      }
      if (counts) {
        textChars += (o.nodeValue ?? '').trim().length;
        if (textChars > maxTextChars) capped = true;
      }
    } else if (type === 1) {
      if (++elements > maxElements)
        return { doc: copy, capped, hasText: textChars > 0, longestText: () => longestText, tooLarge: true };
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
  return { doc: copy, capped, hasText: textChars > 0, longestText: () => longestText, tooLarge: false };
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
