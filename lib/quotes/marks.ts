// Quotation marks → quoted spans. One linear scan per paragraph with a stack of open marks; the
// outermost closed pairs are the quotes. Unclosed marks never reach past their paragraph, except
// for the newsroom convention of a quote running over paragraphs (opening mark on each paragraph,
// closing mark only on the last), which is merged into one span.

import { FUNCTION_WORDS_BEFORE_NAME, WORK_NOUNS } from '../lang/work-nouns';

export type MarkFamily = 'double' | 'single' | 'guillemet' | 'corner' | 'dash';

/** One piece of a quote inside one paragraph: the words between the marks, trimmed. */
export interface SpanPart {
  paragraph: number;
  start: number;
  end: number;
}

export interface Span {
  family: MarkFamily;
  /** Paragraph pieces in reading order; more than one when the quote runs over paragraphs. */
  parts: SpanPart[];
  /** Offset of the opening mark in the first paragraph. */
  open: number;
  /** Offset just after the closing mark in the last paragraph (its end when the mark is missing). */
  close: number;
  /** False when the closing mark is missing (the quote ran to the paragraph end). */
  closed: boolean;
}

interface Opener {
  family: MarkFamily;
  /** Which character opened it: decides which characters may close it. */
  char: string;
  at: number;
  /** Length of the mark in characters ('' and `` are two). */
  len: number;
}

interface Pair {
  family: MarkFamily;
  open: number;
  openLen: number;
  close: number;
  closeLen: number;
}

const MAX_DEPTH = 16;
const OPEN_PUNCT = '([{<—–-/‐';
const CLOSE_PUNCT = '.,;:!?)]}>—–-…/';
const MARKS = `"'“”‘’„‚«»‹›「」『』\``;
const MARK_RE = /["'“”‘’„‚«»‹›「」『』`]/g;

const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Could a mark at i open a quote: nothing glued before it, something after it. */
function canOpen(text: string, i: number, len: number): boolean {
  const prev = text[i - 1];
  const next = text[i + len];
  return (prev === undefined || isSpace(prev) || OPEN_PUNCT.includes(prev) || MARKS.includes(prev)) && !isSpace(next);
}

/** Could a mark at i close a quote: something before it, nothing glued after it. */
function canClose(text: string, i: number, len: number): boolean {
  const prev = text[i - 1];
  const next = text[i + len];
  return !isSpace(prev) && (next === undefined || isSpace(next) || CLOSE_PUNCT.includes(next) || MARKS.includes(next));
}

/** The topmost open mark of a family, as an index in the stack, or -1. */
function findOpen(stack: Opener[], family: MarkFamily, chars?: string): number {
  for (let k = stack.length - 1; k >= 0; k--) {
    if (stack[k].family === family && (!chars || chars.includes(stack[k].char))) return k;
  }
  return -1;
}

interface ScanResult {
  pairs: Pair[];
  /** Openers still open at the paragraph end, bottom of the stack first. */
  unclosed: Opener[];
}

/** All matched mark pairs of one paragraph, in one pass (the first `maxPairs` of them). */
export function scanMarks(text: string, maxPairs = Infinity): ScanResult {
  const stack: Opener[] = [];
  const pairs: Pair[] = [];
  const close = (k: number, at: number, len: number) => {
    const o = stack[k];
    stack.length = k;
    pairs.push({ family: o.family, open: o.at, openLen: o.len, close: at, closeLen: len });
  };
  // real quotes nest a few levels at most; a bounded stack keeps the scan linear on junk input
  const open = (family: MarkFamily, char: string, at: number, len = 1) => {
    if (stack.length >= MAX_DEPTH) stack.splice(0, 1);
    stack.push({ family, char, at, len });
  };
  MARK_RE.lastIndex = 0;
  for (let found = MARK_RE.exec(text); found && pairs.length < maxPairs; found = MARK_RE.exec(text)) {
    let i = found.index;
    const ch = text[i];
    switch (ch) {
      case '“': {
        // closes a German/Czech „…“ pair, else opens (or closes a mistyped pair)
        const low = findOpen(stack, 'double', '„');
        if (low >= 0 && low === stack.length - 1 && canClose(text, i, 1)) close(low, i, 1);
        else if (canOpen(text, i, 1) || !canClose(text, i, 1)) open('double', ch, i);
        else {
          const k = findOpen(stack, 'double');
          if (k >= 0) close(k, i, 1);
        }
        break;
      }
      case '”': {
        const k = findOpen(stack, 'double');
        if (k >= 0) close(k, i, 1);
        else if (canOpen(text, i, 1) && !canClose(text, i, 1)) open('double', ch, i); // ”…” (Nordic)
        break;
      }
      case '„':
        open('double', ch, i);
        break;
      case '"':
      case "'":
      case '`': {
        const doubled = (ch === "'" || ch === '`') && text[i + 1] === ch;
        if (ch === '`' && !doubled) break;
        if (doubled || ch === '"') {
          // '' and `` are the typewriter spelling of a double mark (old NYT copy)
          const len = doubled ? 2 : 1;
          const k = findOpen(stack, 'double');
          const o = canOpen(text, i, len);
          const c = canClose(text, i, len);
          if (ch === '`') open('double', ch, i, 2);
          else if (k >= 0 && (c || !o)) close(k, i, len);
          else if (o || (!c && k < 0 && !/\d/.test(text[i - 1] ?? ''))) open('double', ch, i, len);
          i += len - 1;
          MARK_RE.lastIndex = i + 1;
          break;
        }
        singleMark(ch, i);
        break;
      }
      case '‘':
        singleMark(ch, i);
        break;
      case '’':
        singleMark(ch, i);
        break;
      case '‚':
        open('single', ch, i);
        break;
      case '«': {
        const k = findOpen(stack, 'guillemet', '»');
        if (k >= 0 && canClose(text, i, 1) && !canOpen(text, i, 1)) close(k, i, 1);
        else open('guillemet', ch, i);
        break;
      }
      case '»': {
        const k = findOpen(stack, 'guillemet', '«');
        if (k >= 0) close(k, i, 1);
        else if (canOpen(text, i, 1)) open('guillemet', ch, i); // German »…«
        break;
      }
      case '‹': {
        const k = findOpen(stack, 'single', '›');
        if (k >= 0 && !canOpen(text, i, 1)) close(k, i, 1);
        else open('single', ch, i);
        break;
      }
      case '›': {
        const k = findOpen(stack, 'single', '‹');
        if (k >= 0) close(k, i, 1);
        else if (canOpen(text, i, 1)) open('single', ch, i);
        break;
      }
      case '「':
      case '『':
        open('corner', ch, i);
        break;
      case '」':
      case '』': {
        const k = findOpen(stack, 'corner', ch === '」' ? '「' : '『');
        if (k >= 0) close(k, i, 1);
        break;
      }
    }
  }
  return { pairs, unclosed: stack };

  // Single marks double as apostrophes: between letters (don’t, Meta’s) they are never marks.
  function singleMark(ch: string, i: number) {
    const prev = text[i - 1];
    const next = text[i + 1];
    if (isWordChar(prev) && isWordChar(next)) return;
    const k = findOpen(stack, 'single');
    if (ch !== '‘' && k >= 0 && canClose(text, i, 1)) {
      close(k, i, 1);
      return;
    }
    if (ch === '‘' && k >= 0 && stack[k].char === '‚' && canClose(text, i, 1)) {
      close(k, i, 1);
      return;
    }
    // an opening single must start a word ('90s and ’em are elisions, not marks)
    if (ch !== '’' && canOpen(text, i, 1) && /\p{L}/u.test(next ?? '')) open('single', ch, i);
  }
}

const trimRange = (text: string, start: number, end: number): [number, number] => {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
};

/** Does the paragraph open with a quotation mark (after blanks)? */
function leadingOpener(text: string, scan: ScanResult): Opener | Pair | null {
  let i = 0;
  while (i < text.length && /\s/.test(text[i])) i++;
  const atStart = (x: { open?: number; at?: number }) => (x.open ?? x.at) === i;
  return (
    scan.unclosed.find((o) => atStart(o) && o.family !== 'single') ??
    scan.pairs.find((p) => atStart(p) && p.family !== 'single') ??
    null
  );
}

/** Paragraph-start speech dashes (es, fr, ru, pt...): "—Texto —dijo Juan—. Más texto." */
const DASH_LANGS = new Set(['es', 'fr', 'ru', 'pt', 'it', 'ca', 'uk', 'bg', 'pl']);
const DASH_LEAD = /^\s*[—―–]\s*/;
// inner dashes either side of the narrator's aside: preceded by a space, or followed by one
const DASH_CUT = /\s[—―–]|[—―–](?=[\s.,;:])/g;

/** Speech pieces of a paragraph that opens with a dash; the narrator's asides are left out. */
export function dashSpans(text: string, paragraph: number): Span[] {
  const lead = DASH_LEAD.exec(text);
  if (!lead) return [];
  const spans: Span[] = [];
  const pushSpeech = (s: number, e: number) => {
    // resumed speech after an aside starts with the aside's punctuation (". Más texto")
    while (s < e && /[\s.,;:]/.test(text[s])) s++;
    const [a, b] = trimRange(text, s, e);
    if (b - a >= 2)
      spans.push({ family: 'dash', parts: [{ paragraph, start: a, end: b }], open: a, close: b, closed: true });
  };
  let from = lead[0].length;
  let speech = true;
  for (const c of text.slice(from).matchAll(DASH_CUT)) {
    const at = lead[0].length + c.index!;
    if (at < from) continue;
    if (speech) pushSpeech(from, at);
    speech = !speech;
    from = at + c[0].length;
    if (spans.length > 20) break;
  }
  if (speech) pushSpeech(from, text.length);
  return spans;
}

// «Speech, – said Ivan. – More speech»: the narrator's aside between dashes inside the marks
const ASIDE = /([,.!?…])\s+[–—]\s+(\p{Ll}[^–—«»"“”]{1,80}?)[.,:]\s+[–—]\s+/u;

/** Splits a quote at a narrator's aside set off by dashes inside its marks (Russian, Czech style). */
function splitAside(text: string, span: Span): Span[] {
  if (span.parts.length !== 1) return [span];
  const part = span.parts[0];
  const m = ASIDE.exec(text.slice(part.start, part.end));
  if (!m) return [span];
  const cut = part.start + m.index! + m[1].length;
  const resume = part.start + m.index! + m[0].length;
  if (resume >= part.end) return [span];
  return [
    { ...span, parts: [{ paragraph: part.paragraph, start: part.start, end: cut }], close: cut },
    ...splitAside(text, {
      ...span,
      parts: [{ paragraph: part.paragraph, start: resume, end: part.end }],
      open: resume - 1,
    }),
  ];
}

const RUNAWAY_MAX = 400;

/** A quote whose closing mark never comes, within one paragraph: a long one stops at its first sentence. */
function capRunaway(text: string, span: Span) {
  const part = span.parts[0];
  // a mark opened mid-paragraph and never closed most likely ends with its sentence
  const midParagraph = text.slice(0, span.open).trim() !== '';
  if (!midParagraph && part.end - part.start <= RUNAWAY_MAX) return;
  const m = /[.!?…](?=\s+\p{Lu})/u.exec(text.slice(part.start, Math.min(part.end, part.start + RUNAWAY_MAX)));
  if (!m && part.end - part.start <= RUNAWAY_MAX) return;
  part.end = m ? part.start + m.index! + 1 : part.start + RUNAWAY_MAX;
  while (part.end > part.start && /\s/.test(text[part.end - 1])) part.end--;
  span.close = part.end;
}

// Pairs come off one stack, so two pairs are either nested or apart, never crossed: what lies
// inside a pair is what opens between its marks. That makes both questions below one sweep over
// the pairs in order, where asking every pair about every other took minutes on a run of marks.

/** The pairs no other pair of the list holds, in reading order. */
function outermost(pairs: Pair[]): Pair[] {
  const out: Pair[] = [];
  let reach = -1;
  for (const q of [...pairs].sort((a, b) => a.open - b.open)) {
    if (q.close < reach) continue;
    out.push(q);
    reach = q.close;
  }
  return out;
}

/** Does a single-mark pair hold a pair of double marks (or guillemets, corners)? */
function holdsDouble(pairs: Pair[], o: Pair): boolean {
  const doubles = doubleOpens.get(pairs) ?? sortedDoubleOpens(pairs);
  // the first non-single pair opening after o opens: inside o when it opens before o closes
  let lo = 0;
  let hi = doubles.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doubles[mid] <= o.open) lo = mid + 1;
    else hi = mid;
  }
  return lo < doubles.length && doubles[lo] < o.close;
}

const doubleOpens = new WeakMap<Pair[], number[]>();
function sortedDoubleOpens(pairs: Pair[]): number[] {
  const opens = pairs
    .filter((d) => d.family !== 'single')
    .map((d) => d.open)
    .sort((a, b) => a - b);
  doubleOpens.set(pairs, opens);
  return opens;
}

/** Spans found, and whether a limit left some paragraph's later marks unread. */
export type FoundSpans = Span[] & { capped?: boolean };

/**
 * The outermost quoted spans of the article, in reading order; at most `maxSpans` (and as many
 * mark pairs per paragraph): a paragraph of 250,000 quoted words is no one's speech, and its
 * spans cost seconds to read one by one.
 */
export function findSpans(paragraphs: string[], lang: string | null = null, maxSpans = Infinity): FoundSpans {
  const spans: FoundSpans = [];
  const scans = paragraphs.map((p) => scanMarks(p, maxSpans));
  if (scans.some((s) => s.pairs.length >= maxSpans)) spans.capped = true;
  // where each paragraph's own quotes start, after a merged quote that ended in it
  const floor = new Map<number, number>();
  const dashes = lang !== null && DASH_LANGS.has(lang);
  let p = 0;
  while (p < paragraphs.length) {
    const text = paragraphs[p];
    const scan = scans[p];
    const from = floor.get(p) ?? 0;
    let next = p + 1;
    const local: Span[] = [];
    // outermost closed pairs; a single-mark pair around double marks is an apostrophe accident
    const pairs = outermost(
      scan.pairs.filter((o) => o.open >= from && !(o.family === 'single' && holdsDouble(scan.pairs, o))),
    );
    for (const q of pairs) {
      const [s, e] = trimRange(text, q.open + q.openLen, q.close);
      if (e <= s) continue;
      local.push({
        family: q.family,
        parts: [{ paragraph: p, start: s, end: e }],
        open: q.open,
        close: q.close + q.closeLen,
        closed: true,
      });
    }
    // «Outer … «inner» » written with one closing mark for both: the outer quote ends at the paragraph end
    const outer = scan.unclosed.find((o) => o.family !== 'single' && o.at >= from && local.some((q) => q.open > o.at));
    const endMark = text.trimEnd().slice(-1);
    if (outer && '»”"'.includes(endMark) && local.every((q) => q.open < outer.at || q.close >= text.trimEnd().length)) {
      const [s, e] = trimRange(text, outer.at + outer.len, text.trimEnd().length - 1);
      if (e > s) {
        local.splice(local.findIndex((q) => q.open > outer.at));
        local.push({
          family: outer.family,
          parts: [{ paragraph: p, start: s, end: e }],
          open: outer.at,
          close: text.trimEnd().length,
          closed: true,
        });
      }
    }
    // unclosed double/guillemet/corner marks after the last closed pair: each runs to the next
    // opening mark or the paragraph end; only the last may go on over the following paragraphs
    const lastClose = local.length ? local[local.length - 1].close : from;
    const opens = scan.unclosed.filter((o) => o.family !== 'single' && o.at >= lastClose).sort((a, b) => a.at - b.at);
    opens.forEach((runaway, k) => {
      const isLast = k === opens.length - 1;
      const until = isLast ? text.length : opens[k + 1].at;
      const [s, e] = trimRange(text, runaway.at + runaway.len, until);
      if (e <= s) return;
      const span: Span = {
        family: runaway.family,
        parts: [{ paragraph: p, start: s, end: e }],
        open: runaway.at,
        close: until,
        closed: false,
      };
      // continued on the following paragraphs while each opens with a mark; the last one closes it
      let q = p + 1;
      while (isLast && q < paragraphs.length && q - p <= 12) {
        const qt = paragraphs[q];
        const lead = leadingOpener(qt, scans[q]);
        if (!lead) break;
        if ('close' in lead) {
          const [a, b] = trimRange(qt, lead.open + lead.openLen, lead.close);
          if (b <= a) break;
          span.parts.push({ paragraph: q, start: a, end: b });
          span.close = lead.close + lead.closeLen;
          span.closed = true;
          floor.set(q, span.close);
          break;
        }
        const [a, b] = trimRange(qt, lead.at + lead.len, qt.length);
        if (b <= a) break;
        span.parts.push({ paragraph: q, start: a, end: b });
        span.close = qt.length;
        q++;
      }
      if (span.parts.length > 1) next = span.parts[span.parts.length - 1].paragraph + (span.closed ? 0 : 1);
      else capRunaway(text, span);
      local.push(span);
    });
    if (dashes && !local.length) local.push(...dashSpans(text, p));
    for (const span of local) if (!namesAThing(text, span, lang)) spans.push(...splitAside(text, span));
    p = next;
    if (spans.length >= maxSpans) {
      if (p < paragraphs.length || spans.length > maxSpans) spans.capped = true;
      spans.length = Math.min(spans.length, maxSpans);
      break;
    }
  }
  return spans;
}

/** Japanese particles that make what stands before them a noun phrase: 「…」を発売, 「…」の利用者. */
const JA_CASE_PARTICLE = /^(?:を|が|は|の|に|で|へ|も|や|など|より|から)/;
/** What follows a Japanese quotation of speech or thought: 「…」と述べた, 「…」って, 「…」という. */
const JA_QUOTATIVE = /^(?:と|って|っと|との|という)/;

/**
 * Whether a span in marks names a thing (a work, an outlet, a product) rather than quoting
 * anyone: in a language other than English, a short run with no sentence of its own that stands
 * right after a noun for a work ("die Zeitung „Rheinische Post“", "新製品「フリーWi-Fiガード」"),
 * a one-to-three-word capitalised run right after an article or preposition ("der „Tatort“",
 * "par « Le Monde »"), or, in Japanese, a run that a case particle makes a noun phrase
 * (「…」を発売した) where speech takes と.
 */
export function namesAThing(text: string, span: Span, lang: string | null): boolean {
  if (!lang || lang === 'en' || span.parts.length !== 1 || !span.closed || span.family === 'dash') return false;
  const { start, end } = span.parts[0];
  const content = text.slice(start, end);
  if (lang === 'ja' || lang === 'zh') {
    if (content.length > 30 || /[。！？!?]/.test(content)) return false;
    const after = text.slice(span.close, span.close + 4);
    if (lang === 'ja' && JA_QUOTATIVE.test(after)) return false;
    const before = text.slice(Math.max(0, span.open - 8), span.open);
    if (WORK_NOUNS[lang].some((n) => before.endsWith(n))) return true;
    return lang === 'ja' && JA_CASE_PARTICLE.test(after);
  }
  const words = content.split(/\s+/);
  if (words.length > 8 || /[.!?…;:,]$/.test(content) || /[.!?…]\s/.test(content)) return false;
  const m = /(\p{L}+['’]?)\s*$/u.exec(text.slice(Math.max(0, span.open - 40), span.open));
  if (!m) return false;
  const prev = m[1].toLowerCase();
  const works = WORK_NOUNS[lang];
  if (works?.includes(prev)) return true;
  // German compounds on a work noun ("Sondersendung", "ARD-Sendung")
  if (lang === 'de' && works.some((n) => prev.length > n.length + 2 && prev.endsWith(n))) return true;
  return words.length <= 3 && /^\p{Lu}/u.test(words[0]) && !!FUNCTION_WORDS_BEFORE_NAME[lang]?.has(prev);
}
