// Where sentences end, the one rule of the engine: the sentence splitter (sentences.ts) and the
// readers of the words around a quote (quotes/attribution/) both ask it. A sentence ends at a
// run of '.', '!' or '?' (or a full-width mark), past closing quotes and brackets, before a
// space and something that can start a sentence; not after an abbreviation ("Sen.", "Jan.") or
// an initial ("J. Smith").

/** Abbreviations after which a period does not end a sentence, lower case, without the last dot. */
export const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen lt col capt sgt st jr sr inc corp co ltd vs etc no fig jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'u.s u.k u.n e.g i.e a.m p.m rev hon pres supt insp messrs mme mlle sra sr dra ing mgr'
  ).split(' '),
);

const CLOSERS = `"'”’»」』)]`;
const SENTENCE_START = /[\p{Lu}\p{Lo}\d"'“‘«„¿¡([—–-]/u;
const SPACE = /\s/;
const isMark = (ch: string | undefined) => ch === '.' || ch === '!' || ch === '?';
const isFullWidth = (ch: string | undefined) => ch === '。' || ch === '！' || ch === '？';

/**
 * For the run of marks that starts at i: where the sentence it ends ends (after the run and any
 * closing quotes), or -1 when it ends none. `next` receives the offset from which the next mark
 * can make a difference, so a caller walking the text never reads one run twice.
 */
export function sentenceEndAt(text: string, i: number, next?: (at: number) => void): number {
  const ch = text[i];
  let j = i + 1;
  if (isFullWidth(ch)) {
    while (j < text.length && CLOSERS.includes(text[j])) j++;
    next?.(j);
    return j;
  }
  while (j < text.length && isMark(text[j])) j++;
  while (j < text.length && CLOSERS.includes(text[j])) j++;
  // what follows the run decides for every mark in it
  if (j < text.length && !SPACE.test(text[j])) {
    next?.(j);
    return -1;
  }
  let k = j;
  while (k < text.length && SPACE.test(text[k])) k++;
  if (k < text.length && !SENTENCE_START.test(text[k])) {
    next?.(k);
    return -1;
  }
  if (ch === '.' && afterAbbreviation(text, i)) {
    next?.(i + 1);
    return -1;
  }
  next?.(j);
  return j;
}

/** Is the period at i one of an abbreviation or an initial? */
function afterAbbreviation(text: string, i: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
  return ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

/** How far back a run of marks is looked for its start: past it, the run ends no abbreviation. */
const RUN_LOOK_BACK = 16;

/** Is the mark at i the last of a run that ends a sentence? */
export function endsSentence(text: string, i: number): boolean {
  const ch = text[i];
  if (isFullWidth(ch)) return true;
  if (!isMark(ch) || isMark(text[i + 1])) return false;
  let s = i;
  while (s > 0 && i - s < RUN_LOOK_BACK && isMark(text[s - 1])) s--;
  return sentenceEndAt(text, s) >= 0;
}

// only these characters can end a sentence; the regex jumps between them
const TERMINATOR = /[.!?。！？]/g;

export function sentenceStarts(text: string): number[] {
  const out = [0];
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(text); m; m = TERMINATOR.exec(text))
    if (endsSentence(text, m.index)) out.push(m.index + 1);
  return out;
}

/** '.', '!', '?' and the full-width marks, by char code. */
const isTerminator = (ch: number) =>
  ch === 46 || ch === 33 || ch === 63 || ch === 0x3002 || ch === 0xff01 || ch === 0xff1f;

export function sentenceStartBefore(text: string, at: number, floor: number): number {
  for (let i = at - 1; i >= floor; i--) if (isTerminator(text.charCodeAt(i)) && endsSentence(text, i)) return i + 1;
  return floor;
}

export function sentenceEndAfter(text: string, at: number, limit: number): number {
  // a character loop, not the TERMINATOR regex: a regex search runs on past the limit to the next
  // mark, and a paragraph of 100,000 quoted words without one was read to its end for every quote
  for (let i = at; i < limit; i++) {
    const ch = text.charCodeAt(i);
    if (isTerminator(ch) && endsSentence(text, i)) return i + 1;
  }
  return limit;
}
