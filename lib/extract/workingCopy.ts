// The copy of the page that Readability may take apart, made in one pass over the original, so
// that what is decided on the original (is it hidden? the live page knows its computed styles)
// shapes the copy:
// - hidden elements are dropped, so hidden text never reaches the digest;
// - captions and the like are tagged when the caller says so, for after Readability (which may
//   unwrap the element that said "caption", and which scores pages with their captions in);
// - comment nodes are dropped (Readability ends a paragraph at a comment: "A<!-- -->B" → "A", "B");
// - past a text budget the rest of the page is dropped, so a huge page costs what its first part costs.

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;
// Class names that conventionally mean "not shown" (or shown to screen readers only: labels such as
// "Advertisement" or "Share on Facebook", never article text).
const HIDDEN_CLASS = /(?:^|\s)(?:hidden|hide|is-hidden|u-hidden|element-hidden|visually-hidden|visuallyhidden|sr-only|screen-reader-text|screenreader-only|a11y-hidden|d-none|invisible)(?:\s|$)/i;
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE']);

/** Hidden by its own markup: attributes, inline style, or a conventional hiding class. */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true' && !/fallback-image/.test(el.getAttribute('class') ?? '')) return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  const cls = el.getAttribute('class');
  return !!cls && HIDDEN_CLASS.test(cls);
}

type VisibilityChecker = (el: Element) => boolean;

/** In a rendered page the browser knows what CSS hides; in linkedom/jsdom there is no layout. */
function renderedVisibility(doc: Document): VisibilityChecker | null {
  const probe = doc.body as (HTMLElement & { checkVisibility?: (o?: object) => boolean }) | null;
  if (!probe || typeof probe.checkVisibility !== 'function' || !probe.checkVisibility()) return null;
  const view = doc.defaultView;
  return (el) => {
    const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
    if (typeof check !== 'function' || check.call(el, { visibilityProperty: true })) return true;
    // a display: contents wrapper has no box of its own, yet its children are shown
    return view?.getComputedStyle?.(el).display === 'contents';
  };
}

export interface WorkingCopy {
  doc: Document;
  /** True when the page had more text than the budget and its tail was left out. */
  capped: boolean;
  /** Characters of visible text kept in the copy. */
  textChars: number;
}

export interface WorkingCopyOptions {
  /** Text budget: past this many characters of body text, the rest of the page is left out. */
  maxTextChars: number;
  /** Elements to tag in the copy (judged on the original), they and every element in them,
   * with MARK_ATTRIBUTE: Readability keeps data attributes where it unwraps the element that
   * said, for instance, class="caption". */
  mark?: (el: Element) => boolean;
}

export const MARK_ATTRIBUTE = 'data-standpoint-mark';

export function workingCopy(original: Document, { maxTextChars, mark }: WorkingCopyOptions): WorkingCopy {
  // An empty document of the same kind, filled node by node: a huge page is never copied whole,
  // and nodes are created in the copy (importNode), so no image of it starts loading.
  const copy = original.cloneNode(false) as Document;
  const isVisible = renderedVisibility(original);
  let textChars = 0;
  let capped = false;
  const rootO = original.documentElement;
  if (!rootO) return { doc: copy, capped, textChars };
  const rootC = copy.importNode(rootO, false);
  copy.appendChild(rootC);
  // Pre-order walk of the original by sibling pointers (childNodes is slow in linkedom); each
  // level holds the copy's parent and what is known of the place: in <body>? in script/style?
  // in a marked element?
  type Level = { o: Node; c: Node; inBody: boolean; notText: boolean; marked: boolean };
  const levels: Level[] = [{ o: rootO, c: rootC, inBody: false, notText: false, marked: false }];
  let o: Node | null = rootO.firstChild;
  while (levels.length) {
    if (!o) {
      o = levels.pop()!.o.nextSibling;
      continue;
    }
    const level = levels[levels.length - 1];
    const type = o.nodeType;
    const counts = level.inBody && !level.notText;
    if (type === 3) {
      // the text node that crosses the budget is kept whole; the ones after it are not
      if (!(counts && capped)) level.c.appendChild(copy.importNode(o, false));
      if (counts) {
        textChars += (o.nodeValue ?? '').trim().length;
        if (textChars > maxTextChars) capped = true;
      }
    } else if (type === 1) {
      const el = o as Element;
      const tag = el.tagName.toUpperCase();
      const inBody = level.inBody || tag === 'BODY';
      const keep = !(inBody && !level.notText && (capped || isHiddenByMarkup(el) || (isVisible && tag !== 'BODY' && !isVisible(el))));
      if (keep) {
        const c = copy.importNode(el, false) as Element;
        const marked = level.marked || (inBody && !level.notText && !!mark?.(el));
        if (marked) c.setAttribute(MARK_ATTRIBUTE, '');
        level.c.appendChild(c);
        if (o.firstChild) {
          levels.push({ o, c, inBody, notText: level.notText || NOT_TEXT.has(tag), marked });
          o = o.firstChild;
          continue;
        }
      }
    }
    // comments, doctypes and processing instructions stay out of the copy
    o = o.nextSibling;
  }
  return { doc: copy, capped, textChars };
}
