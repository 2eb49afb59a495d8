// Trimming a set of characters off the ends of a string, read from the ends. The patterns these
// stand in for (/[\s,;:]+$/ and the like) are tried at every character of a run of those
// characters and run to its end each time: a run of 100,000 commas or dashes inside a sentence
// took seconds.

const SPACE = /\s/;

/** Builds a test for one character: `chars` as they are, plus whitespace when `spaces`. */
export const charsOrSpace =
  (chars: string, spaces = true) =>
  (ch: string) =>
    chars.includes(ch) || (spaces && SPACE.test(ch));

/** `s` without the characters `drop` accepts at its end: s.replace(/[…]+$/, ''). */
export function trimEndWhere(s: string, drop: (ch: string) => boolean): string {
  let e = s.length;
  while (e > 0 && drop(s[e - 1])) e--;
  return e === s.length ? s : s.slice(0, e);
}

/** `s` without the characters `drop` accepts at its start: s.replace(/^[…]+/, ''). */
export function trimStartWhere(s: string, drop: (ch: string) => boolean): string {
  let b = 0;
  while (b < s.length && drop(s[b])) b++;
  return b === 0 ? s : s.slice(b);
}
