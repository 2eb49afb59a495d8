// The whole pipeline on an HTML string in Node: parse with linkedom, extract, structure.
import { parseHTML } from 'linkedom';
import { extractArticle, type ExtractFailure, type ExtractOptions } from '../lib/extract';
import { buildDigest, type DigestOptions } from '../lib/digest';
import type { Digest } from '../lib/types';

export type PageResult = { ok: true; digest: Digest } | ExtractFailure;

/**
 * A long run of "<" is text to every HTML parser, but linkedom makes one node of each of its
 * characters (500,000 of them took seconds to parse, and seconds again to read). Such runs are
 * parsed as a stand-in character, one text node, and given back their "<" after the parse: the
 * document is the one the page's markup makes. Short runs ("a << b" in a script) parse as they are.
 */
const LT_RUN = /<{8,}/g;
const STAND_IN = '\ufdd0'; // a noncharacter: no page writes it (one that does is parsed as it is)

export function parseDocument(html: string): Document {
  if (!html.includes(STAND_IN) && LT_RUN.test(html)) {
    LT_RUN.lastIndex = 0;
    // the run's last "<" may open a tag ("<<<<<<<<<p>"): it stays
    const doc = parseHTML(html.replace(LT_RUN, (run) => STAND_IN.repeat(run.length - 1) + '<')).document;
    restoreLessThan(doc as unknown as Document);
    return doc as unknown as Document;
  }
  return parseHTML(html).document as unknown as Document;
}

/** Every stand-in back to "<": in text, comments and attribute values, wherever the run fell. */
function restoreLessThan(doc: Document): void {
  const back = (s: string) => s.replaceAll(STAND_IN, '<');
  // an explicit stack, not recursion: a run may sit under thousands of nested elements
  // (from each of the document's children: in linkedom a doctype has no next sibling)
  const stack: Node[] = Array.from(doc.childNodes);
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3 || n.nodeType === 8 || n.nodeType === 4) {
      if (n.nodeValue?.includes(STAND_IN)) n.nodeValue = back(n.nodeValue);
    } else if (n.nodeType === 1) {
      for (const a of Array.from((n as Element).attributes)) if (a.value.includes(STAND_IN)) a.value = back(a.value);
      for (let c = n.firstChild; c; c = c.nextSibling) stack.push(c);
    }
  }
}

export function digestPage(
  html: string,
  url: string,
  options: ExtractOptions = {},
  digestOptions: Omit<DigestOptions, 'extractMs' | 'notices'> = {},
): PageResult {
  const doc = parseDocument(html);
  const t0 = performance.now();
  const extracted = extractArticle(doc, url, options);
  const extractMs = performance.now() - t0;
  if (!extracted.ok) return extracted;
  return {
    ok: true,
    digest: buildDigest(extracted.article, { ...digestOptions, extractMs, notices: extracted.notices }),
  };
}
