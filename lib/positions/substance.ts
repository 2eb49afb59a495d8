// Which of a holder's sentences states their stance best, for the line a reader sees first: a
// claim, demand or decision they voice, before a sentence that only says they spoke or met.
import { reportedClause } from './line';
import { Strength } from './strength';
import type { Candidate } from './candidates';

/** A sentence that asks: it ends on a question mark (inside its closing mark or not). */
const QUESTION = /\?["”’']?\s*$/;
/** A double quotation mark: the sentence carries the holder's own words. */
const MARK = /["“”«»„]/;

/**
 * How much the sentence says of its holder's stance: its strength, where "X said/argued …" counts
 * only with the clause it reports ("X testified before the committee" and "X spoke to reporters"
 * say that X spoke, not what), a question asks rather than holds, and a sentence shared with
 * another holder ("X and Y testified side by side") is less theirs than one of their own.
 */
export function substance(c: Candidate): number {
  const text = c.sentence.text;
  let score: number = c.strength;
  // "X testified before the committee", "Schiff asked.": a process, just below the holder's own quotation
  if (c.strength === Strength.Speaks && isProcess(text)) score = Strength.Quoted - PROCESS_BELOW_QUOTE;
  if (QUESTION.test(text)) score -= QUESTION_PENALTY;
  if (c.shared) score -= SHARED_PENALTY;
  return score;
}

/**
 * A verb of speech with no content after it, only where, to whom or when it was said ("testified
 * side-by-side before the House", "spoke to reporters on Tuesday", "Schiff asked."), and no clause,
 * "saying …" or quotation anywhere in the sentence.
 */
const SPOKE_WHERE =
  /\b(?:testif(?:y|ies|ied)|sp(?:oke|eaks?)|talk(?:s|ed)?|appear(?:s|ed)|met|meets|asked|asks|said|says|told|tells|replied|responded)(?:\s+[\p{L}-]+ly|\s+side-by-side|\s+again|\s+briefly)*\s+(?:before|to|with|at|on|in|during|from|after|outside|alongside|by|via|for)\b/u;
/** "Schiff asked.": a sentence that is only its speaker and the verb (a trailing attribution has words before a comma). */
const ONLY_SPOKE = /^[^,]{0,40}\b(?:asked|said|replied|responded|added|testified|spoke)\s*[.!]?\s*$/u;
const CONTENT = /\b(?:that|saying|whether|why|how|what)\b|[:;]/;
const isProcess = (text: string): boolean =>
  (SPOKE_WHERE.test(text) || ONLY_SPOKE.test(text)) && !CONTENT.test(text) && !MARK.test(text) && !reportedClause(text);

/** How far below a quotation a sentence that only says the holder spoke stands. */
const PROCESS_BELOW_QUOTE = 0.5;
/** A question falls below every statement of the same strength and the next weaker one. */
const QUESTION_PENALTY = 2;
/** A sentence shared with a partner falls below the holder's own of the same strength. */
const SHARED_PENALTY = 0.25;
