// Sentence boundaries inside a paragraph, as character offsets, so every sentence we show is a
// verbatim slice of the article. Where a sentence ends is boundaries.ts's one rule.
import { sentenceEndAt } from './boundaries';

export interface Sentence {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

// only these characters can end a sentence: jump from one to the next
const TERMINATOR = /[.!?。！？]/g;

/** Splits a paragraph into sentences; quotes stay whole when the sentence ends inside them. */
export function splitSentences(text: string, paragraph = 0): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s])) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ paragraph, start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  TERMINATOR.lastIndex = 0;
  // each run of marks is asked once (sentenceEndAt says where the next one can start)
  const next = (at: number) => (TERMINATOR.lastIndex = at);
  for (let m = TERMINATOR.exec(text); m; m = TERMINATOR.exec(text)) {
    const end = sentenceEndAt(text, m.index, next);
    if (end >= 0) push(end);
  }
  push(text.length);
  return out;
}

export function sentencesOf(paragraphs: string[]): Sentence[] {
  return paragraphs.flatMap((p, i) => splitSentences(p, i));
}
