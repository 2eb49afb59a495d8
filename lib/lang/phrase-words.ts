// The small words the attributor reads around a speaker's noun phrase, one list per job. Each
// language file (en.ts, fr.ts, …) fills in the lists it has; the attributor reads their union
// (lib/quotes/attribution/words.ts), since a page's language is not always known.

export interface PhraseWords {
  /** Words opening an adverbial before the subject ("In a post on LinkedIn, Kaplan …"). */
  introducers?: string[];
  /** Conjunctions stripped from the front of a subject ("and Kaplan said"). */
  leadConjunctions?: string[];
  /** Words that end a subject read after its verb ("said Kaplan in a post", "said Kaplan, adding"). */
  phraseEnders?: string[];
  /** Prepositions: a name after one hangs off another noun ("the head of Meta"). */
  prepositions?: string[];
  determiners?: string[];
  /** Words a trailing name-only reporting clause never starts with. */
  functionWords?: string[];
  /** Days and "yesterday", which may stand between an inverted verb and its subject. */
  timeWords?: string[];
  /** Words that join two clauses: what follows the last one before a verb is that verb's subject. */
  coordinators?: string[];
  /** Object pronouns that may follow a subject before its verb ("una fuente … nos la resumió"). */
  clitics?: string[];
  /** Prepositions of place: a name after one is where something happened, not who spoke. */
  locatives?: string[];
  /** Nouns for a company or body in general ("the company", "la empresa"). */
  genericOrgNouns?: string[];
}

/** "a b c" → ["a", "b", "c"]: the lists are written as one line of words. */
export const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);
