// Turns a DOM subtree into plain-text paragraphs without ever serialising it to HTML.

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'CAPTION', 'CENTER',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'SELECT', 'BUTTON', 'INPUT', 'TEXTAREA']);

export const collapseWhitespace = (s: string): string => s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();

export interface ParagraphOptions {
  /** Skip elements that this returns true for (hidden nodes, page chrome). */
  skip?: (el: Element) => boolean;
}

/** Block-level text of `root`, one string per paragraph; a double <br> also ends a paragraph. */
export function paragraphsOf(root: Node, options: ParagraphOptions = {}): string[] {
  const out: string[] = [];
  let current = '';
  let pendingBreaks = 0;
  const flush = () => {
    const text = collapseWhitespace(current);
    if (text) out.push(text);
    current = '';
    pendingBreaks = 0;
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (/\S/.test(value)) pendingBreaks = 0;
      current += value;
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
    if (block) flush();
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
    else if (tag === 'IMG') current += ' ';
  };
  walk(root);
  flush();
  return out;
}
