// Word counts without building the words: run on every paragraph and every quote, so the
// counting patterns' match lists were the costly part.

const HAN_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/uy;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;
const asciiAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * Words as a reader counts them: a Han or kana character each, else a run of letters and digits.
 * The matches of /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu, counted
 * by hand (ASCII by code, the rest one character pattern at a time) without building the list.
 */
export function readerWords(text: string): number {
  let n = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (!asciiAlnum(c)) {
        i++;
        continue;
      }
    } else {
      HAN_KANA.lastIndex = i;
      if (HAN_KANA.test(text)) {
        n++;
        i = HAN_KANA.lastIndex;
        continue;
      }
      LETTER_OR_DIGIT.lastIndex = i;
      if (!LETTER_OR_DIGIT.test(text)) {
        // step over a whole code point
        i += c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
        continue;
      }
    }
    // a run of letters and digits (Han inside a run belongs to it)
    n++;
    while (i < text.length) {
      const d = text.charCodeAt(i);
      if (d < 128) {
        if (!asciiAlnum(d)) break;
        i++;
        continue;
      }
      LETTER_OR_DIGIT.lastIndex = i;
      if (!LETTER_OR_DIGIT.test(text)) break;
      i = LETTER_OR_DIGIT.lastIndex;
    }
  }
  return n;
}

/** Words as whitespace separates them: what s.split(/\s+/).filter(Boolean) counts. */
export function spacedWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** The characters /\s/ matches. */
const isSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
