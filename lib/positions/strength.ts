// How strongly a sentence shows its holder's stance, and the words that make it a stance.
import { STANCE_VERBS } from '../entities/lexicon';
import { letterRuns } from '../text/letters';

/** How a sentence shows its holder's stance, strongest first when choosing the line. */
export enum Strength {
  /** "he said", "the company declined": the holder of the sentence before */
  Pronoun = 1,
  /** the holder acts: "X closed the yard", "X will meet …" */
  Acts = 2,
  /** a quote of theirs opens in the sentence */
  Quoted = 3,
  /** the holder takes a stance or decides: "X wants …", "X decided …", "X issued a plea …" */
  Decides = 4,
  /** the holder is the subject of a verb of speech: "X said …", "according to X" */
  Speaks = 5,
}

/** How far after a name its verb of stance may stand ("X on Monday formally decided"). */
export const STANCE_REACH = 40;

// single verbs by set look-up (a 300-way alternation is slow to run), the few phrases by a small pattern
const STANCE_WORDS = new Set(
  STANCE_VERBS.split('|')
    .filter((v) => !v.includes(' '))
    .flatMap((v) => (v.includes('?') ? [v.replace(/u\?/, ''), v.replace(/u\?/, 'u')] : [v])),
);
const STANCE_MULTI = new RegExp(
  `(?:^|[^\\p{L}])(?:${STANCE_VERBS.split('|')
    .filter((v) => v.includes(' '))
    .join('|')})(?![\\p{L}])`,
  'u',
);

/** Whether the text holds a verb of stance or decision ("wants", "decided", "called for"). */
export const hasStanceVerb = (text: string): boolean => {
  const runs = letterRuns(text);
  for (let k = 0; k < runs.length; k += 2)
    if (STANCE_WORDS.has(text.slice(runs[k], runs[k + 1]).toLowerCase())) return true;
  return STANCE_MULTI.test(text);
};

/** Phrases that report a stance without a verb from the list ("according to", "declined to comment"). */
export const STANCE_PHRASE =
  /\b(?:according to|in a statement|in a (?:letter|memo|post|tweet|filing|report)|declined to comment|did not respond|has not commented)\b/i;
