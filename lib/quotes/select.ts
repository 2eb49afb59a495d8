// Which quoted spans are quotes: not fragments, not titles of works, not a pull quote repeating
// the body. What the scorer and a reader count as a word is the same thing here.
import type { Quote } from '../types';

/** Words as a reader counts them: a Han/kana character each, else runs of letters and digits. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}

export const MIN_WORDS = 4;

const SMALL = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'is', 'be', 'as', 'my', 'your', 'no', 'not', 'vs', 'de', 'la', 'el', 'le', 'et', 'y']);
const WORK_CUE = /\b(?:film|movie|book|novel|song|album|single|series|show|play|musical|episode|documentary|article|essay|column|headline|titled|entitled|called|named|podcast|report|exhibit|exhibition|poem|track|program|programme|campaign|hashtag|slogan|sign|banner|t-shirt|shirt)s?\W*$/i;

/** "The One I Love", "Musicophilia": a title set in marks, not speech. */
export function looksLikeTitle(text: string, head: string, attributed: boolean): boolean {
  if (attributed) return false;
  if (/[!?…;:]$/.test(text.trim())) return false;
  const words = text.replace(/[.,]$/, '').split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (!words.length) return false;
  const capped = words.filter((w) => /^\P{L}*\p{Lu}/u.test(w) || SMALL.has(w.toLowerCase()));
  const titleCase = capped.length === words.length && words.filter((w) => /^\P{L}*\p{Lu}/u.test(w)).length >= Math.min(2, words.length);
  return (titleCase && words.length <= 10) || (WORK_CUE.test(head) && words.length <= 8 && !/[.,]$/.test(text.trim()));
}

const key = (text: string) => wordsOf(text).join(' ');

/** Each quote once: a quote repeated (a pull quote, a headline) or contained in a longer one goes. */
export function dedupe(quotes: Quote[]): Quote[] {
  const keys = quotes.map((q) => key(q.text));
  return quotes.filter((q, i) => {
    for (let j = 0; j < quotes.length; j++) {
      if (j === i) continue;
      const a = keys[i];
      const b = keys[j];
      if (a === b) {
        // keep the attributed copy, else the first
        const better = (quotes[j].speaker ? 1 : 0) - (q.speaker ? 1 : 0);
        if (better > 0 || (better === 0 && j < i)) return false;
      } else if (b.length > a.length && a.length >= 20 && b.includes(a) && !q.speaker) return false;
    }
    return true;
  });
}
