// The one word counter of the engine. Counted without building the words: it runs on every
// paragraph and every quote, and the counting pattern's match lists were the costly part.

const HAN_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/uy;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;
const asciiAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * What the engine calls a word, everywhere (digest word count, quote length, quoted words per
 * speaker, "short quote", extraction's page size): a Han or kana character each, else a run of
 * letters and digits with an apostrophe's tail ("It’s", "port’s", "don't" are one word each).
 * These are the matches of WORD_PATTERN; countWords counts them by hand without building them.
 */
export const WORD_PATTERN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;

/** The words of a text, lower case, in order (for comparing quotes word by word). */
export function wordList(text: string): string[] {
  return text.toLowerCase().match(WORD_PATTERN) ?? [];
}

const LETTER = /\p{L}/uy;
const isApostrophe = (c: number) => c === 39 || c === 0x2019;

/** How many words (WORD_PATTERN matches) a text holds. */
export function countWords(text: string): number {
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
    i = endOfRun(text, i, LETTER_OR_DIGIT, asciiAlnum);
    // an apostrophe and letters after it stay in the word ("It’s")
    if (i + 1 < text.length && isApostrophe(text.charCodeAt(i))) {
      const after = endOfRun(text, i + 1, LETTER, asciiLetter);
      if (after > i + 1) i = after;
    }
  }
  return n;
}

const asciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** Where a run of characters `sticky` (or, in ASCII, `ascii`) accepts ends. */
function endOfRun(text: string, i: number, sticky: RegExp, ascii: (c: number) => boolean): number {
  while (i < text.length) {
    const d = text.charCodeAt(i);
    if (d < 128) {
      if (!ascii(d)) break;
      i++;
      continue;
    }
    sticky.lastIndex = i;
    if (!sticky.test(text)) break;
    i = sticky.lastIndex;
  }
  return i;
}
