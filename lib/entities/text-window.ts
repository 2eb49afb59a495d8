// The text window before a mention, walked back word by word: the look-behind patterns of
// predicate.ts read only the last few words, and this runs for every mention.

/** The last `n` space-separated words before `end` (the window the look-behind patterns need). */
export function lastWords(text: string, end: number, n: number): string {
  let at = end;
  for (let k = 0; k <= n && at > 0; k++) {
    const space = spaceBefore(text, at - 2, end - 121);
    if (space < 0 || end - space > 120) return text.slice(Math.max(0, end - 120), end);
    at = space + 1;
  }
  return text.slice(at, end);
}

/** text.lastIndexOf(' ', from), giving up (-1) below `floor`: a short walk back, run for every mention. */
function spaceBefore(text: string, from: number, floor: number): number {
  // lastIndexOf treats a negative start as 0
  for (let i = Math.min(Math.max(from, 0), text.length - 1); i >= 0 && i >= floor; i--)
    if (text.charCodeAt(i) === 32) return i;
  return -1;
}
