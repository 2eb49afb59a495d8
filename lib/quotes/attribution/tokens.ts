// The reporter's words as tokens with their offsets in the paragraph, and the small helpers that
// walk them.
import { ABBREVIATIONS } from '../../text/boundaries';
import { TIME_WORDS } from './words';
import { MAX_TIME_WORDS } from './reach';

export interface Tok {
  /** Lower case; a word's full stop is dropped unless it is an abbreviation's ("Sen.", "U.S."). */
  word: string;
  start: number;
  end: number;
  punct: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’.\-_][\p{L}\p{M}\p{N}]+)*\.?|[,;:!?()—–]|\.|(?<=\s)-(?=\s)/gu;
/** French inversion: "explique-t-il", "a-t-elle" → verb and pronoun. */
const FRENCH_INVERSION = /^(.+?)-(?:t-)?(il|elle|ils|elles|on)$/iu;

export function tokenize(text: string, base = 0): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = base + m.index!;
    // only a hyphenated token can be an inversion
    const inv = raw.includes('-') ? FRENCH_INVERSION.exec(raw) : null;
    if (inv) {
      out.push({ word: inv[1].toLowerCase(), start, end: start + inv[1].length, punct: false });
      out.push({
        word: inv[2].toLowerCase(),
        start: start + raw.length - inv[2].length,
        end: start + raw.length,
        punct: false,
      });
      continue;
    }
    out.push(wordToken(raw, start));
  }
  return out;
}

function wordToken(raw: string, start: number): Tok {
  const punct = !/[\p{L}\p{N}]/u.test(raw);
  let word = raw.toLowerCase();
  if (
    !punct &&
    word.endsWith('.') &&
    !ABBREVIATIONS.has(word.slice(0, -1).toLowerCase()) &&
    !/^(?:\p{L}\.)+$/u.test(word)
  )
    word = word.slice(0, -1);
  return { word, start, end: start + raw.length, punct };
}

/** Ends a sentence or a clause for the attributor's readers. */
export function endsClause(word: string): boolean {
  return word === '.' || word === ';' || word === '(' || word === '?' || word === '!';
}

/** The source phrases of a language split into words once; they are tried at every token. */
const sourceWordsOf = new WeakMap<string[], { phrase: string; parts: string[] }[]>();
export function sourceWords(sources: string[]): { phrase: string; parts: string[] }[] {
  let list = sourceWordsOf.get(sources);
  if (!list) {
    list = sources.map((phrase) => ({ phrase, parts: phrase.split(' ') }));
    sourceWordsOf.set(sources, list);
  }
  return list;
}

/** The first token at or after k that is not a day or "yesterday". */
export function skipTime(toks: Tok[], k: number): number {
  let n = 0;
  while (k < toks.length && n < MAX_TIME_WORDS && TIME_WORDS.has(toks[k].word)) {
    k++;
    n++;
  }
  return k;
}

/** Commas outside parentheses split a phrase into its head and appositives. */
export function splitTopCommas(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ',' && depth === 0) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out.map((s) => s.replace(/\([^)]*\)/g, ' ').trim());
}
