// The letter runs of a text: the words `text.split(/[^\p{L}]+/u)` yields, found once per text
// as offsets. Readers that ask about many stretches of one paragraph (each sentence, the words
// after a name) then walk the runs of that stretch instead of splitting a fresh slice each time.

const LETTER = /\p{L}/uy;

/** Start and end offsets of each maximal run of letters, flat: [start0, end0, start1, end1, …]. */
export function letterRuns(text: string): number[] {
  const out: number[] = [];
  let start = -1;
  for (let i = 0; i < text.length; ) {
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
export function someWordIn(text: string, runs: number[], from: number, to: number, visit: (word: string) => boolean): boolean {
  for (let k = firstRunAfter(runs, from); 2 * k < runs.length; k++) {
    const s = runs[2 * k];
    if (s >= to) break;
    if (visit(text.slice(Math.max(s, from), Math.min(runs[2 * k + 1], to)))) return true;
  }
  return false;
}
