// A person's role written before their name, where the article introduces them:
//   a description run into the name:  "the novelist Jo Walton", "Instagram head Adam Mosseri",
//                                      "former Liverpool striker Emile Heskey"
//   an apposition the name follows:    "his aunt, Jane Starner", "Ford's sister, Martha Fry",
//                                      "The coroner for that case, Sherrif Payne,"
// The phrase's head noun must name a person ("novelist", "aunt", "coroner"), so "In an interview
// Kaplan" or "On Tuesday, Kaplan" gives no role.
import { PERSON_NOUNS } from './cues';
import { SPEECH_VERBS_EN } from '../lang/en';

/** Characters read back from a name for its role. */
const ROLE_BEFORE_CHARS = 90;
/** Words of a description run into a name: "the late science fiction and fantasy author". */
const MAX_RUN_IN_WORDS = 6;
/** An apposed role before a name is short: "Ford's sister", "the White House spokesman". */
const MAX_APPOSED_ROLE_WORDS = 5;
/** Kinship and other person nouns the shared list does not hold. */
const KIN = new Set(
  'aunt uncle sister brother mother father son daughter wife husband cousin friend niece nephew grandmother grandfather widow partner head editor'.split(
    ' ',
  ),
);
/** Words shaped like agent nouns that name no person ("later", "another", "chapter"). */
const NOT_AGENTS = new Set(
  'after another border chapter corner either ever further later latter matter neither never number order other over paper quarter rather summer together under water whether winter september october november december'.split(
    ' ',
  ),
);
/** Words that end a description read backwards: it started after them. */
const STOP = new Set(
  'the a an of to by for with from in on at as like including and or but that who which when while if said says told although though even also just only'.split(
    ' ',
  ),
);

/** A noun naming a person: a listed person noun ("striker", "candidate"), a kin word, or a noun in -ist or -ian ("novelist", "historian"). */
export function personNoun(word: string): boolean {
  const w = word.toLowerCase();
  return PERSON_NOUNS.has(w) || KIN.has(w) || (/^\p{Ll}{3,}(?:ist|ian)s?$/u.test(word) && !NOT_AGENTS.has(w));
}

/** "The federal judge Trump was referring to": the name opens a relative clause, the noun is not its role. */
const CLAUSE_AFTER = /^\s+(?:was|is|were|are|has|had|have|will|would|did|does|can|could|should|might|may)\b/;

/** The role written right before a name at text[start, end), or null. */
export function roleBefore(text: string, start: number, end: number): string | null {
  if (CLAUSE_AFTER.test(text.slice(end, end + 12))) return null;
  const before = text.slice(Math.max(0, start - ROLE_BEFORE_CHARS), start);
  // "his aunt, Jane Starner," closes the apposition after the name; "support the president, Mrs.
  // Clinton devotes …" goes on with the name as the next clause's subject
  const apposed = /,\s+$/.test(before);
  if (apposed && !/^\s*(?:[,.;:)]|$)/.test(text.slice(end, end + 2))) return null;
  const role = apposed ? appositionBefore(before) : runInRole(before);
  // "his editor" → "editor": whose it is was said of someone else
  return role?.replace(/^(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y)\s+/, '') || null;
}

/** "the novelist Jo Walton": lower-case words (and capitalised modifiers) ending in a person noun. */
function runInRole(before: string): string | null {
  if (!/\p{Ll}\s+$/u.test(before)) return null;
  const words = before.trimEnd().split(/\s+/);
  if (!personNoun(words[words.length - 1])) return null;
  const kept: string[] = [];
  let k = words.length - 1;
  for (; k >= 0 && kept.length < MAX_RUN_IN_WORDS; k--) {
    const w = words[k];
    // "and" joins two modifiers ("science fiction and fantasy author"), not a clause
    if (w === 'and' && kept.length && k > 0 && /^\p{Ll}/u.test(words[k - 1]) && !STOP.has(words[k - 1])) {
      kept.unshift(w);
      continue;
    }
    // "Walt Disney Co. executive": a capitalised abbreviation is part of the modifier
    const abbreviation = /^\p{Lu}[\p{L}.]{0,4}\.$/u.test(w);
    if (STOP.has(w.toLowerCase()) || (/[,;:.!?()“”"—–]/.test(w) && !abbreviation) || SPEECH_VERBS_EN.has(w)) break;
    kept.unshift(w);
    // a possessive or "former" opens the description ("his editor", "former Liverpool striker")
    if (/^(?:his|her|their|its|our|my|former|late)$/i.test(w) || /['’]s$/.test(w)) return kept.join(' ');
  }
  // the description must open where a noun phrase opens: after "the", "a", "former", a comma; at
  // the sentence start only a name's modifiers ("Walt Disney Co. executive", "News industry
  // analyst"): "Trump threw famous reporter Jorge Ramos" is a clause
  const opener = k < 0 ? '' : words[k];
  if (k >= 0 && !/^(?:the|a|an)$/i.test(opener) && !/[,;:(—–]$/.test(opener)) return null;
  if (k < 0 && kept.slice(0, -2).some((w) => /^\p{Ll}/u.test(w))) return null;
  // a capitalised first word opens the sentence ("Novelist Jo Walton"), unless it is a modifier ("Instagram head")
  return kept.length ? kept.join(' ') : null;
}

/** "his aunt, Jane Starner": a determiner or possessive, then a phrase whose head is a person noun, then a comma. */
function appositionBefore(before: string): string | null {
  const chunk = before.replace(/,\s+$/, '');
  const from = Math.max(...[',', ';', ':', '.', '(', '—', '–'].map((c) => chunk.lastIndexOf(c))) + 1;
  const words = chunk.slice(from).trim().split(/\s+/);
  if (!personNoun(words[words.length - 1])) return null;
  // read back to the determiner or possessive that opens the phrase ("to Ford's sister", "According to his aunt")
  for (let k = words.length - 1; k >= 0 && words.length - k <= MAX_APPOSED_ROLE_WORDS; k--) {
    if (/^(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\p{Lu}[\p{L}.-]*['’]s)$/u.test(words[k])) {
      // "Pershing Square's founder": the owner's whole name, not its last word
      while (/['’]s$/.test(words[k]) && k > 0 && /^\p{Lu}[\p{L}.&-]*$/u.test(words[k - 1])) k--;
      return words.slice(k).join(' ');
    }
    if (STOP.has(words[k].toLowerCase())) return null;
  }
  return null;
}
