// Which quoted spans are quotes: not fragments, not titles of works, not a pull quote repeating
// the body. What the scorer and a reader count as a word is the same thing here.
import { wordList } from '../text/count';
import type { Quote } from '../types';

/** A text's words, lower case: the engine's one definition of a word (text/count.ts). */
export const wordsOf = wordList;

/** A quote's words, read once per quote: selection, dedupe and ranking all ask for them. */
const quoteWords = new WeakMap<Quote, string[]>();
export function wordsOfQuote(q: Quote): string[] {
  let words = quoteWords.get(q);
  if (!words) {
    words = wordsOf(q.text);
    quoteWords.set(q, words);
  }
  return words;
}

export const MIN_WORDS = 4;

const SMALL = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
  'from',
  'is',
  'be',
  'as',
  'my',
  'your',
  'no',
  'not',
  'vs',
  'de',
  'la',
  'el',
  'le',
  'et',
  'y',
]);
const WORK_CUE =
  /\b(?:film|movie|book|novel|song|album|single|series|show|play|musical|episode|documentary|article|essay|column|headline|titled|entitled|called|named|podcast|report|exhibit|exhibition|poem|track|program|programme|campaign|hashtag|slogan|sign|banner|t-shirt|shirt)s?\W*$/i;

/** "The One I Love", "Musicophilia": a title set in marks, not speech. */
export function looksLikeTitle(text: string, head: string, attributed: boolean): boolean {
  if (attributed) return false;
  if (/[!?…;:]$/.test(text.trim())) return false;
  const words = text
    .replace(/[.,]$/, '')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  if (!words.length) return false;
  const capped = words.filter((w) => /^\P{L}*\p{Lu}/u.test(w) || SMALL.has(w.toLowerCase()));
  const titleCase =
    capped.length === words.length && words.filter((w) => /^\P{L}*\p{Lu}/u.test(w)).length >= Math.min(2, words.length);
  return (titleCase && words.length <= 10) || (WORK_CUE.test(head) && words.length <= 8 && !/[.,]$/.test(text.trim()));
}

const key = (q: Quote) => wordsOfQuote(q).join(' ');

/** Each quote once: a quote repeated (a pull quote, a headline) or contained in a longer one goes. */
export function dedupe(quotes: Quote[]): Quote[] {
  const keys = quotes.map((q) => key(q));
  // exact repeats: keep the attributed copy, else the first
  const best = new Map<string, number>();
  keys.forEach((k, i) => {
    const j = best.get(k);
    if (j === undefined || (!quotes[j].speaker && quotes[i].speaker)) best.set(k, i);
  });
  const kept = [...best.values()].sort((a, b) => a - b);
  // a shorter unattributed quote inside a longer one (a pull quote trimmed by the designer);
  // pairwise, so only on article-sized lists
  if (kept.length > 400) return kept.map((i) => quotes[i]);
  return kept
    .filter((i) => {
      const a = keys[i];
      if (quotes[i].speaker || a.length < 20) return true;
      return !kept.some((j) => j !== i && keys[j].length > a.length && keys[j].includes(a));
    })
    .map((i) => quotes[i]);
}
