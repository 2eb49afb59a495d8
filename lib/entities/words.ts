// The words of scan.ts: letters, marks and digits, with inner apostrophes, dots, hyphens and
// ampersands, as the pattern
//   /[\p{L}\p{M}\p{N}]+(?:(?:['’\-&+\u00ad]|\.(?!\p{Lu}\p{Ll}))[\p{L}\p{M}\p{N}]+)*\.?/gu
// finds them. Read by hand: it runs on every word of the article, and character tests with an
// ASCII fast path take a fraction of the pattern's time. Both must find the same words.
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/uy;
const CAPITAL_WORD = /\p{Lu}\p{Ll}/uy;

/** The end of the word character at i (i + 1 or i + 2), or -1 when there is none there. */
function wordCharAt(text: string, i: number): number {
  if (i >= text.length) return -1;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? i + 1 : -1;
  WORD_CHAR.lastIndex = i;
  return WORD_CHAR.test(text) ? WORD_CHAR.lastIndex : -1;
}

/** Where the next word begins at or after i (text.length when none does). */
export function nextWordStart(text: string, i: number): number {
  while (i < text.length) {
    if (wordCharAt(text, i) >= 0) return i;
    const c = text.charCodeAt(i);
    // step over a whole code point, as the unicode pattern does
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return text.length;
}

/** End of the word that starts at i: runs of word characters joined by ' ’ - & + soft hyphen or a dot, then one dot. */
export function endOfWord(text: string, i: number): number {
  let j = i;
  for (let k = wordCharAt(text, j); k >= 0; k = wordCharAt(text, j)) j = k;
  for (;;) {
    const c = text.charCodeAt(j);
    const joiner = c === 39 || c === 0x2019 || c === 45 || c === 38 || c === 43 || c === 0xad;
    // a dot joins unless a capitalised word follows it ("U.S.", not "said.The")
    let dotJoins = false;
    if (c === 46) {
      CAPITAL_WORD.lastIndex = j + 1;
      dotJoins = !CAPITAL_WORD.test(text);
    }
    if ((!joiner && !dotJoins) || wordCharAt(text, j + 1) < 0) break;
    j++;
    for (let k = wordCharAt(text, j); k >= 0; k = wordCharAt(text, j)) j = k;
  }
  return text.charCodeAt(j) === 46 ? j + 1 : j;
}
