// Finding a passage of the digest in the live page, scrolling to it and highlighting it.
//
// The digest's text went through Readability and whitespace collapsing, so the page's text is
// matched loosely: whitespace is ignored, quotation marks and dashes are folded to one form, and
// the match may run across text nodes (<em>, <a>, line breaks). Every function takes the document
// it works on, so tests pass a parsed one.
//
// The highlight is drawn with the CSS Custom Highlight API where the browser has it (no change to
// the page's DOM at all), else each text node of the passage is wrapped in a <mark> made with
// createElement: page text is never parsed as markup. clearHighlight puts the DOM back as it was.

export const HIGHLIGHT_NAME = 'standpoint-passage';
export const MARK_ATTRIBUTE = 'data-standpoint-highlight';
const STYLE_ID = 'standpoint-highlight-style';
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'HEAD',
  'TITLE',
  'SVG',
  'MATH',
]);

/** One character of the folded page text and where it came from. */
interface Origin {
  node: Text;
  offset: number;
}

/** The form both sides are compared in: one char in, zero or more chars out. */
function fold(ch: string): string {
  if (/\s/.test(ch) || ch === '\u00ad' || ch === '\u200b' || ch === '\u200c' || ch === '\u200d' || ch === '\ufeff')
    return '';
  if (/[“”„‟«»"″〝〞＂]/.test(ch)) return '"';
  if (/[‘’‚‛‹›'′`´]/.test(ch)) return "'";
  if (/[‐‑‒–—―−]/.test(ch)) return '-';
  if (ch === '…') return '...';
  return ch.toLowerCase();
}

export function foldText(s: string): string {
  let out = '';
  for (const ch of s) out += fold(ch);
  return out;
}

function textNodesOf(root: Node): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      out.push(n as Text);
      return;
    }
    if (n.nodeType === 1) {
      const el = n as Element;
      if (
        SKIPPED.has(el.tagName.toUpperCase()) ||
        el.hasAttribute('hidden') ||
        el.getAttribute('aria-hidden') === 'true'
      )
        return;
    }
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(root);
  return out;
}

/** The folded text of the page with, for each character, the text node and offset it came from. */
function foldedText(root: Node): { text: string; origins: Origin[] } {
  let text = '';
  const origins: Origin[] = [];
  for (const node of textNodesOf(root)) {
    const data = node.data;
    for (let i = 0; i < data.length;) {
      const cp = data.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      const f = fold(ch);
      for (let k = 0; k < f.length; k++) origins.push({ node, offset: i });
      text += f;
      i += ch.length;
    }
  }
  return { text, origins };
}

/** Where the passage starts and ends in the folded page text, or null. */
function locate(page: string, passage: string, accept: (span: [number, number]) => boolean): [number, number] | null {
  const p = foldText(passage);
  if (!p) return null;
  // Every exact occurrence in turn: a copy in a hidden menu or a collapsed teaser is passed over.
  for (let at = page.indexOf(p); at >= 0; at = page.indexOf(p, at + 1)) {
    if (accept([at, at + p.length])) return [at, at + p.length];
  }
  // Quotation marks inside the passage may be missing or different on the page: try without.
  const bare = p.replace(/["']/g, '');
  if (bare.length >= 8 && bare !== p) {
    const found = locateIgnoring(page, bare);
    if (found) return found;
  }
  // A long passage that differs somewhere in the middle: anchor on its first and last words.
  const edge = 24;
  if (p.length > edge * 3) {
    const start = page.indexOf(p.slice(0, edge));
    if (start >= 0) {
      const end = page.indexOf(p.slice(-edge), start + edge);
      if (end >= 0 && end + edge - start <= p.length * 1.5) return [start, end + edge];
    }
  }
  return null;
}

/** Finds `needle` in `page` while skipping the page's quotation marks. */
function locateIgnoring(page: string, needle: string): [number, number] | null {
  const kept: number[] = [];
  let stripped = '';
  for (let i = 0; i < page.length; i++) {
    if (page[i] === '"' || page[i] === "'") continue;
    kept.push(i);
    stripped += page[i];
  }
  const at = stripped.indexOf(needle);
  if (at < 0) return null;
  return [kept[at], kept[at + needle.length - 1] + 1];
}

/** One text node's share of a passage: the characters [start, end) of its data. */
export interface Segment {
  node: Text;
  start: number;
  end: number;
}

/** A passage as it stands in the page: the text nodes it covers, in document order. */
export interface PassageSpan {
  segments: Segment[];
  /** The page's own text of the passage. */
  text: string;
}

/** Where the page holds the passage, or null when it does not. */
export function findPassage(doc: Document, passage: string): PassageSpan | null {
  // The article's own container first, so a pull quote in a sidebar or header loses to the body.
  const body = doc.body ?? doc.documentElement;
  const roots = [doc.querySelector('article'), doc.querySelector('main, [role="main"]'), body].filter(
    (r, i, all): r is Element => !!r && all.indexOf(r) === i,
  );
  for (const root of roots) {
    const { text, origins } = foldedText(root);
    const span = locate(text, passage, ([start]) => isRendered(origins[start].node));
    if (span) return spanOf(origins, span);
  }
  return null;
}

/** False for text the browser does not render (display: none, a closed <details>); true without layout. */
function isRendered(node: Text): boolean {
  const el = node.parentElement;
  if (!el || typeof el.getClientRects !== 'function') return true;
  try {
    const rects = el.getClientRects();
    return rects === undefined || rects.length > 0;
  } catch {
    return true;
  }
}

function spanOf(origins: Origin[], span: [number, number]): PassageSpan {
  const first = origins[span[0]];
  const last = origins[span[1] - 1];
  const segments: Segment[] = [];
  for (let i = span[0]; i < span[1]; i++) {
    const o = origins[i];
    const seg = segments[segments.length - 1];
    if (!seg || seg.node !== o.node)
      segments.push({ node: o.node, start: o === first ? o.offset : 0, end: o.node.data.length });
  }
  // The end is after the whole last character (a surrogate pair is two code units).
  segments[segments.length - 1].end = last.offset + (last.node.data.codePointAt(last.offset)! > 0xffff ? 2 : 1);
  const kept = segments.filter((s) => s.end > s.start);
  return { segments: kept, text: kept.map((s) => s.node.data.slice(s.start, s.end)).join('') };
}

/** A live Range over the span (for the Highlight API). */
export function rangeOfSpan(doc: Document, span: PassageSpan): Range {
  const first = span.segments[0];
  const last = span.segments[span.segments.length - 1];
  const range = doc.createRange();
  range.setStart(first.node, first.start);
  range.setEnd(last.node, last.end);
  return range;
}

export type HighlightMethod = 'highlight-api' | 'mark';

export interface HighlightResult {
  found: boolean;
  method: HighlightMethod | null;
  /** The page's text of the passage, as highlighted. */
  text: string | null;
}

export interface HighlightOptions {
  /** Use the CSS Custom Highlight API when the browser has it (default true). */
  preferHighlightApi?: boolean;
  /** Scroll the passage into the middle of the view (default true). */
  scroll?: boolean;
}

interface HighlightGlobals {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: Range[]) => unknown;
}

function highlightApi(
  doc: Document,
): { registry: Map<string, unknown>; Highlight: new (...r: Range[]) => unknown } | null {
  const win = doc.defaultView as unknown as HighlightGlobals | null;
  const registry = win?.CSS?.highlights;
  const Ctor = win?.Highlight;
  return registry && typeof Ctor === 'function' ? { registry, Highlight: Ctor } : null;
}

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  // A constant: no page text goes into it.
  style.textContent =
    `::highlight(${HIGHLIGHT_NAME}){background-color:#ffe066;color:#111}` +
    `mark[${MARK_ATTRIBUTE}]{background-color:#ffe066;color:#111}`;
  (doc.head ?? doc.documentElement).appendChild(style);
}

/**
 * Clears any previous highlight, then finds, highlights and scrolls to the passage.
 * Returns found: false (and changes nothing) when the page does not hold the passage.
 */
export function highlightPassage(doc: Document, passage: string, options: HighlightOptions = {}): HighlightResult {
  clearHighlight(doc);
  const span = findPassage(doc, passage);
  if (!span) return { found: false, method: null, text: null };
  const api = options.preferHighlightApi === false ? null : highlightApi(doc);
  let method: HighlightMethod = 'mark';
  if (api) {
    try {
      api.registry.set(HIGHLIGHT_NAME, new api.Highlight(rangeOfSpan(doc, span)));
      method = 'highlight-api';
    } catch {
      method = 'mark';
    }
  }
  const marks = method === 'mark' ? wrapInMarks(doc, span) : [];
  ensureStyle(doc);
  if (options.scroll !== false) scrollTo(doc, marks[0] ?? span.segments[0].node.parentElement);
  return { found: true, method, text: span.text };
}

function scrollTo(doc: Document, el: Element | null): void {
  if (!el || typeof (el as HTMLElement).scrollIntoView !== 'function') return;
  const reduce = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
}

/**
 * Wraps each covered piece of text in its own <mark>, so no element is ever split or moved:
 * the text node is cut in up to three (before, passage, after) and only the middle is wrapped.
 */
function wrapInMarks(doc: Document, span: PassageSpan): Element[] {
  const marks: Element[] = [];
  for (const { node, start, end } of span.segments) {
    const parent = node.parentNode;
    const data = node.data;
    if (!parent || !data.slice(start, end).trim()) continue;
    if (end < data.length) parent.insertBefore(doc.createTextNode(data.slice(end)), node.nextSibling);
    let piece: Text = node;
    if (start > 0) {
      piece = doc.createTextNode(data.slice(start, end));
      parent.insertBefore(piece, node.nextSibling);
      node.data = data.slice(0, start);
    } else if (end < data.length) {
      node.data = data.slice(0, end);
    }
    const mark = doc.createElement('mark');
    // Which cuts were made, so clearing joins exactly those pieces and nothing else.
    mark.setAttribute(MARK_ATTRIBUTE, `${start > 0 ? 'before' : ''} ${end < data.length ? 'after' : ''}`.trim());
    parent.insertBefore(mark, piece);
    mark.appendChild(piece);
    marks.push(mark);
  }
  return marks;
}

/** Removes the highlight and its style; text cut for the marks is joined back. */
export function clearHighlight(doc: Document): void {
  highlightApi(doc)?.registry.delete(HIGHLIGHT_NAME);
  for (const mark of Array.from(doc.querySelectorAll(`mark[${MARK_ATTRIBUTE}]`))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    const cuts = mark.getAttribute(MARK_ATTRIBUTE) ?? '';
    const prev = cuts.includes('before') ? mark.previousSibling : null;
    const next = cuts.includes('after') ? mark.nextSibling : null;
    // Unwrap, then join the pieces back into the node that held the text first.
    const inner = Array.from(mark.childNodes);
    for (const c of inner) parent.insertBefore(c, mark);
    mark.remove();
    const child = inner.length === 1 && inner[0].nodeType === 3 ? (inner[0] as Text) : null;
    if (!child) continue;
    let target = child;
    if (prev && prev.nodeType === 3) {
      (prev as Text).appendData(child.data);
      child.remove();
      target = prev as Text;
    }
    if (next && next.nodeType === 3) {
      target.appendData((next as Text).data);
      next.remove();
    }
  }
  doc.getElementById(STYLE_ID)?.remove();
}

/** Whether a highlight is showing (either kind). */
export function hasHighlight(doc: Document): boolean {
  return !!highlightApi(doc)?.registry.has(HIGHLIGHT_NAME) || !!doc.querySelector(`mark[${MARK_ATTRIBUTE}]`);
}
