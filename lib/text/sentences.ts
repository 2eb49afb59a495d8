// Sentence boundaries inside a paragraph, as character offsets, so every sentence we show is a
// verbatim slice of the article.

export interface Sentence {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof sen rep gov gen lt col capt sgt st jr sr inc corp co ltd vs etc no fig jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'u.s u.k u.n e.g i.e a.m p.m rev hon pres supt insp messrs mme mlle sra sr dra ing mgr')
    .split(' '),
);
const CLOSERS = `"'”’»」』)]`;
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
  // only these characters can end a sentence: jump from one to the next
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(text); m; m = TERMINATOR.exec(text)) {
    const i = m.index;
    const ch = text[i];
    if (ch === '。' || ch === '！' || ch === '？') {
      let j = i + 1;
      while (j < text.length && CLOSERS.includes(text[j])) j++;
      push(j);
      TERMINATOR.lastIndex = j;
      continue;
    }
    let j = i + 1;
    while (j < text.length && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < text.length && CLOSERS.includes(text[j])) j++;
    // what follows the run decides for every mark in it: when it starts no sentence, go on after
    // the run (not one mark on, which reads a run of 50,000 dots 50,000 times)
    if (j < text.length && !/\s/.test(text[j])) {
      TERMINATOR.lastIndex = j;
      continue;
    }
    // next visible character must look like a sentence start
    let k = j;
    while (k < text.length && /\s/.test(text[k])) k++;
    if (k < text.length && !/[\p{Lu}\p{Lo}\d"'“‘«„¿¡(\[—–-]/u.test(text[k])) {
      TERMINATOR.lastIndex = k;
      continue;
    }
    if (ch === '.') {
      const wordMatch = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i));
      const word = wordMatch?.[1].toLowerCase() ?? '';
      if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(wordMatch?.[1] ?? '') || /^(?:\p{L}\.)+\p{L}$/u.test(word)) continue;
    }
    push(j);
    TERMINATOR.lastIndex = j;
  }
  push(text.length);
  return out;
}

export function sentencesOf(paragraphs: string[]): Sentence[] {
  return paragraphs.flatMap((p, i) => splitSentences(p, i));
}
