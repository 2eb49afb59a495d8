// What every digest must hold, whatever the page: the promises of the popup (quotes, evidence,
// speakers and roles are the article's own words) and of the worker (the digest crosses a message
// channel). Each check names what broke; an empty list is a digest that keeps its promises.
import type { Article, Digest } from '../../lib/types';

/** A digest past this many characters of JSON is no longer something a popup can show. */
export const MAX_DIGEST_JSON = 4_000_000;

const MARKS = /["'“”‘’„‚«»‹›「」『』`—―–-]/g;
/** Text without quotation marks and dashes, whitespace runs as one space: parts of a quote over paragraphs are joined this way. */
const squash = (s: string) => s.replace(MARKS, '').replace(/\s+/g, ' ').trim();

export function digestViolations(article: Article, digest: Digest): string[] {
  const out: string[] = [];
  const paragraphs = article.paragraphs;
  const span = (at: { paragraph: number; start: number; end: number }) =>
    (paragraphs[at.paragraph] ?? '').slice(at.start, at.end);
  // names and roles may come from the title and byline as well as the body
  const haystack = [article.title, article.byline ?? '', ...paragraphs].join('\n');
  let squashedBody: string | null = null;
  const short = (s: string) => JSON.stringify(s.length > 80 ? `${s.slice(0, 77)}…` : s);

  for (const q of digest.quotes) {
    const at = span(q.position);
    if (!at || !q.text.startsWith(at)) out.push(`quote not at its position: ${short(q.text)} vs ${short(at)}`);
    else if (q.text.length > at.length) {
      // a quote over paragraphs: its parts, joined by a space, follow each other in the article
      squashedBody ??= squash(paragraphs.join(' '));
      if (!squashedBody.includes(squash(q.text)))
        out.push(`quote over paragraphs not in the article: ${short(q.text)}`);
    }
    if (q.speaker !== null) {
      if (!haystack.includes(q.speaker)) out.push(`speaker not named in the article: ${short(q.speaker)}`);
      if (!digest.stakeholders.some((s) => s.name === q.speaker || s.aliases.includes(q.speaker!)))
        out.push(`quoted speaker not a stakeholder: ${short(q.speaker)}`);
    }
    if (q.role !== null && !haystack.includes(q.role)) out.push(`role not in the article: ${short(q.role)}`);
  }
  for (const s of digest.stakeholders) {
    if (!haystack.includes(s.name)) out.push(`stakeholder not named in the article: ${short(s.name)}`);
    if (s.role !== null && !haystack.includes(s.role))
      out.push(`stakeholder role not in the article: ${short(s.role)}`);
  }
  for (const p of digest.positions) {
    if (p.evidence.length !== p.evidencePositions.length)
      out.push(`evidence and positions differ in number for ${short(p.holder)}`);
    p.evidence.forEach((e, i) => {
      const at = p.evidencePositions[i];
      if (!at || span(at) !== e) out.push(`evidence not at its position: ${short(e)}`);
    });
    const line = p.text.replace(/…$/, '');
    if (!p.evidence.some((e) => e.includes(line))) out.push(`position line not from its evidence: ${short(p.text)}`);
    if (!digest.stakeholders.some((s) => s.name === p.holder))
      out.push(`position holder not a stakeholder: ${short(p.holder)}`);
  }
  let json = '';
  try {
    json = JSON.stringify(digest);
  } catch (e) {
    out.push(`digest does not serialize: ${(e as Error).message}`);
  }
  if (json.length > MAX_DIGEST_JSON) out.push(`digest too large: ${json.length} characters of JSON`);
  return out;
}

/** Words placed only inside elements a reader never sees: none may reach the article. */
export const HIDDEN_WORDS = {
  template: 'Zqtemplateword',
  script: 'Zqscriptword',
  style: 'Zqstyleword',
  hidden: 'Zqhiddenword',
  displayNone: 'Zqdisplaynoneword',
  noscript: 'Zqnoscriptword',
} as const;

/**
 * Hidden words that reached the article although every place the page holds them is hidden.
 * A mutation may have carried a word out of its hiding element (a truncation, a shuffled
 * paragraph): the parsed page decides, so only a true leak is reported.
 */
export function hiddenLeaks(article: Article, doc: () => Document): string[] {
  const text = [article.title, article.byline ?? '', article.excerpt ?? '', ...article.paragraphs].join('\n');
  const found = Object.entries(HIDDEN_WORDS).filter(([, word]) => text.includes(word));
  if (!found.length) return [];
  // the article drops soft hyphens (extraction's whitespace pass): read the page the same way
  const visible = visibleText(doc()).replace(/\u00ad/g, '');
  return found
    .filter(([, word]) => !visible.includes(word))
    .map(([where]) => `text from a ${where} element reached the article`);
}

const HIDING_TAGS = new Set(['TEMPLATE', 'SCRIPT', 'STYLE', 'NOSCRIPT']);
const hides = (el: Element) =>
  HIDING_TAGS.has(el.tagName.toUpperCase()) ||
  el.hasAttribute('hidden') ||
  /display\s*:\s*none/i.test(el.getAttribute('style') ?? '');

/** The text of the page outside hiding elements, read without recursion (pages nest deep). */
function visibleText(doc: Document): string {
  const out: string[] = [];
  // from the document itself: a parser may leave text after </html> beside the root, where browsers show it
  const stack: Node[] = [doc];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) out.push(node.textContent ?? '');
    else if (node.nodeType === 1 && hides(node as Element)) continue;
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out.join(' ');
}
