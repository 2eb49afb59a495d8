// Character-level readers that stand in for unicode patterns run on every word or name of an
// article: ASCII is told apart by code, other characters by a one-character sticky pattern. Each
// gives exactly what the pattern it replaces gives (named in its comment).
//
// Letter runs: the words `text.split(/[^\p{L}]+/u)` yields, found once per text as offsets.
// Readers that ask about many stretches of one paragraph (each sentence, the words after a name)
// then walk the runs of that stretch instead of splitting a fresh slice each time.

const LETTER = /\p{L}/uy;
const NON_LETTERS = /[^\p{L}]+/u;

/** Start and end offsets of each maximal run of letters, flat: [start0, end0, start1, end1, …]. */
export function letterRuns(text: string): number[] {
  const out: number[] = [];
  let start = -1;
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    let letter: boolean;
    let width = 1;
    if (c < 128) letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    else {
      LETTER.lastIndex = i;
      letter = LETTER.test(text);
      // a letter outside the Basic Multilingual Plane takes two code units
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) width = 2;
      }
    }
    if (letter && start < 0) start = i;
    else if (!letter && start >= 0) {
      out.push(start, i);
      start = -1;
    }
    i += width;
  }
  if (start >= 0) out.push(start, text.length);
  return out;
}

/** Index of the first run that ends after `from` (runs are sorted), by binary search. */
export function firstRunAfter(runs: number[], from: number): number {
  let lo = 0;
  let hi = runs.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[2 * mid + 1] <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Calls `visit` with each word of text[from, to) in order, as `text.slice(from, to).split(/[^\p{L}]+/u)`
 * would give it (empty pieces left out), until `visit` returns true. Returns whether it did.
 */
export function someWordIn(
  text: string,
  runs: number[],
  from: number,
  to: number,
  visit: (word: string) => boolean,
): boolean {
  for (let k = firstRunAfter(runs, from); 2 * k < runs.length; k++) {
    const s = runs[2 * k];
    const e = runs[2 * k + 1];
    if (s >= to) break;
    if (s >= from && e <= to) {
      if (visit(text.slice(s, e))) return true;
      continue;
    }
    // a run cut by the stretch's ends: split the cut piece itself (a cut surrogate pair is no letter)
    for (const w of text.slice(Math.max(s, from), Math.min(e, to)).split(NON_LETTERS)) if (w && visit(w)) return true;
  }
  return false;
}

// Where a capitalised word can start: an upper-case letter with no letter or digit before it, as
// /(?<![\p{L}\p{N}])\p{Lu}/u finds it (the name runs of quotes/names.ts). The pattern, run over
// every paragraph near a quote, cost more than the rest of the run finding.
const UPPER_AT = /\p{Lu}/uy;
const LETTER_OR_DIGIT_AT = /[\p{L}\p{N}]/uy;

/** The first position at or after i where a capital opens a word, or -1. */
export function nextCapital(text: string, i: number): number {
  // like the unicode pattern, a start inside a surrogate pair reads the whole pair
  if (i > 0 && (text.charCodeAt(i) & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800) i--;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c < 65 || c > 90) continue;
    } else {
      UPPER_AT.lastIndex = i;
      if (!UPPER_AT.test(text)) continue;
    }
    if (!letterOrDigitBefore(text, i)) return i;
  }
  return -1;
}

function letterOrDigitBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  let at = i - 1;
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  // the character before may be the second half of a surrogate pair
  if ((c & 0xfc00) === 0xdc00 && at > 0 && (text.charCodeAt(at - 1) & 0xfc00) === 0xd800) at--;
  LETTER_OR_DIGIT_AT.lastIndex = at;
  return LETTER_OR_DIGIT_AT.test(text);
}

/**
 * The lower-case word that ends `s` before its trailing spaces, as /(\p{Ll}[\p{L}-]*)\s+$/u
 * captures it. Asked before every name the reporter writes: plain ASCII is read by hand (the
 * pattern backtracks over each word), anything else by the pattern.
 */
export function lowerWordBefore(s: string): string | undefined {
  let t = s.length;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return /(\p{Ll}[\p{L}-]*)\s+$/u.exec(s)?.[1];
  const space = (c: number) => c === 32 || (c >= 9 && c <= 13);
  while (t > 0 && space(s.charCodeAt(t - 1))) t--;
  if (t === s.length) return undefined;
  let b = t;
  const letterOrHyphen = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45;
  while (b > 0 && letterOrHyphen(s.charCodeAt(b - 1))) b--;
  // the capture opens at the first lower-case letter of that run
  for (let p = b; p < t; p++) {
    const c = s.charCodeAt(p);
    if (c >= 97 && c <= 122) return s.slice(p, t);
  }
  return undefined;
}
