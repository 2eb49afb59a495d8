// Sentence ends inside a paragraph, read one character at a time: the '.', '!' or '?' (or a
// full-width mark) that closes a sentence, past closing quotes and brackets, before a capital.
// Used to find where the words around a quote begin and end.

const ABBREV = /^(?:mr|mrs|ms|dr|prof|sen|rep|gov|gen|lt|col|capt|sgt|st|jr|sr|inc|corp|co|ltd|vs|no|u\.s|u\.k|a\.m|p\.m|rev|sra|mme|e\.g|i\.e)$/i;

const CLOSERS = `"'”’»」』)`;
/** Is the '.', '!' or '?' at i the end of a sentence? */
export function endsSentence(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '。' && ch !== '！' && ch !== '？') return false;
  let j = i + 1;
  while (j < text.length && CLOSERS.includes(text[j])) j++;
  if (ch === '。' || ch === '！' || ch === '？') return true;
  if (j < text.length && !/\s/.test(text[j])) return false;
  while (j < text.length && /\s/.test(text[j])) j++;
  if (j < text.length && !/[\p{Lu}\p{Lo}\d"'“‘«„¿¡(\[—–]/u.test(text[j])) return false;
  if (ch === '.') {
    const w = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 8), i))?.[1] ?? '';
    if (ABBREV.test(w) || /^\p{Lu}$/u.test(w)) return false;
  }
  return true;
}

// only these characters can end a sentence; the regex jumps between them
const TERMINATOR = /[.!?。！？]/g;

export function sentenceStarts(text: string): number[] {
  const out = [0];
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(text); m; m = TERMINATOR.exec(text)) if (endsSentence(text, m.index)) out.push(m.index + 1);
  return out;
}

export function sentenceStartBefore(text: string, at: number, floor: number): number {
  for (let i = at - 1; i >= floor; i--) {
    const ch = text.charCodeAt(i);
    // '.', '!', '?' and the full-width marks
    if ((ch === 46 || ch === 33 || ch === 63 || ch === 0x3002 || ch === 0xff01 || ch === 0xff1f) && endsSentence(text, i)) return i + 1;
  }
  return floor;
}

export function sentenceEndAfter(text: string, at: number, limit: number): number {
  TERMINATOR.lastIndex = at;
  for (let m = TERMINATOR.exec(text); m && m.index < limit; m = TERMINATOR.exec(text)) if (endsSentence(text, m.index)) return m.index + 1;
  return limit;
}
