// The role the article gives a name: an apposition after it ("Joel Kaplan, Meta's Global Policy
// Chief, said") or a title before it ("State Department deputy spokesperson Vedant Patel").
import { STOP_WORDS, TITLE_WORDS, isTitleWord } from './lexicon';

/** Nouns that end a role phrase standing before a name, besides the title words. */
export const ROLE_NOUNS = new Set(
  `resident expert official activist student physician actress actor singer writer author novelist journalist lawmaker
  legislator candidate member investor entrepreneur consultant veteran host analyst economist strategist scientist
  researcher spokesperson spokesman spokeswoman ranger elder artist filmmaker director producer songwriter musician
  player striker midfielder defender goalkeeper manager coach rapper designer architect engineer farmer fisherman
  skipper owner worker nurse teacher professor lawyer attorney prosecutor judge pastor priest mother father son daughter
  wife husband brother sister aunt uncle friend partner colleague`.split(/\s+/),
);
const VERBISH =
  /\b(?:is|was|are|were|be|been|has|have|had|said|says|say|told|tells|who|which|that|will|would|could|should|can|did|does|do|when|where|while|after|before|because|if|but|and then)\b/i;

/** An article before a role in another language: "le ministre", "la vocera", "die Außenministerin". */
export const FOREIGN_ARTICLE =
  /^(?:[Ll]e|[Ll]a|[Ll]es|[Ee]l|[Ll]os|[Ll]as|[Oo]|[Oo]s|[Aa]s|[Ii]l|[Ll]o)\s+(?=\p{Ll})|^(?:[Ll]['’])(?=\p{Ll})|^(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em)\s+(?=\p{Lu}\p{Ll}+(?:\s|$))/u;

const clean = (s: string) =>
  s
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(FOREIGN_ARTICLE, '')
    .replace(/[\s,]+$/, '')
    .trim();

/** A role written right after the name, set off by commas; `person` when the name is a person's full name. */
export function roleAfter(text: string, end: number, person = false): string | null {
  // an apposition opens with a comma; most names are followed by none
  if (text[end] !== ',') return null;
  let rest = text.slice(end, end + 220);
  // "Yoon, 63, a former chief prosecutor"
  rest = rest.replace(/^,\s*\d{1,3},/, ',');
  // "a welder who was laid off": the role ends where a relative clause begins
  const m =
    /^,\s+([^,;:"“”()[\]]{3,140}?)\s*(?=,|(?<!\s\p{Lu}|\b(?:Inc|Co|Corp|Ltd|Jr|Sr|St))\.(?:\s|$)|;|\s+(?:said|says|told|added|wrote|explained|noted|argued|warned|who|whose|which)\b)/u.exec(
      rest,
    );
  if (!m) return null;
  const phrase = m[1];
  if (VERBISH.test(phrase)) return null;
  const words = phrase.split(/\s+/);
  if (words.length > 16) return null;
  const first = words[0];
  const lower = first.toLowerCase();
  const opensRole =
    /^\p{Ll}/u.test(first) ||
    /['’]s$/.test(first) ||
    TITLE_WORDS.has(lower) ||
    (words.length > 1 && /['’]s$/.test(words[1]) && /^\p{Lu}/u.test(first));
  if (!opensRole || (STOP_WORDS.has(lower) && !['the', 'a', 'an', 'former', 'then'].includes(lower))) return null;
  // "Trump, Pence and Biden": a list of names, not a role
  if (
    /^\p{Lu}/u.test(first) &&
    !/['’]s$/.test(first) &&
    !TITLE_WORDS.has(lower) &&
    !words.some((w) => /['’]s$/.test(w))
  )
    return null;
  // a role names a job or a kind of body; "urged Yoon to step down" does not
  const titled = words.some((w) => /['’]s$/.test(w)) && TITLE_WORDS.has(words[words.length - 1].toLowerCase());
  if (!titled && !words.some((w) => isRoleWord(w)) && !(person && AGENT_ROLE.test(phrase))) return null;
  if (/^\p{Ll}+(?:ed|es|s|ing)$/u.test(first) && !isRoleWord(first) && !ROLE_PARTICIPLES.has(lower)) return null;
  const role = clean(phrase);
  return role.length >= 3 && !uninformativeRole(role) ? role : null;
}

export const RELATIONS = new Set(
  `mother father son daughter wife husband brother sister aunt uncle friend cousin niece nephew grandmother grandfather grandson granddaughter partner colleague neighbor neighbour boyfriend girlfriend`.split(
    /\s+/,
  ),
);
const GENERIC_PERSON = new Set([
  'woman',
  'man',
  'person',
  'girl',
  'boy',
  'guy',
  'lady',
  'gentleman',
  'character',
  'people',
]);

/**
 * A role that tells a reader nothing on its own: a relation with no one to relate to ("a friend",
 * "her mother") or a plain "a petite woman". "Meta's chief" and "the mayor's aunt" keep their owner.
 */
export function uninformativeRole(role: string, relations = true): boolean {
  const words = role
    .trim()
    .replace(/^(?:the|a|an|his|her|their|its|my|our)\s+/i, '')
    .split(/\s+/);
  const head = words[words.length - 1].toLowerCase().replace(/[.,]$/, '');
  return GENERIC_PERSON.has(head) || (relations && words.length === 1 && RELATIONS.has(head));
}

/** "a welder", "a retired pharmacist": one agent noun, at most one word before it. */
const AGENT_ROLE = /^(?:a|an)\s+(?:\p{Ll}+\s+)?\p{Ll}{3,}(?:er|or|ist|ian)$/u;

export const BODY_NOUNS = new Set(
  `company firm group agency organization organisation brokerage chain label retailer startup maker giant publisher outlet
  newspaper magazine website site platform app service network party union team club body bank fund charity university
  institute school hospital court committee commission council ministry department office administration government
  think tank lab laboratory journal association market marketplace exchange`.split(/\s+/),
);
const ROLE_PARTICIPLES = new Set([
  'managing',
  'acting',
  'founding',
  'leading',
  'visiting',
  'ranking',
  'outgoing',
  'incoming',
  'presiding',
  'reigning',
  'sitting',
  'serving',
  'retired',
  'elected',
  'appointed',
  'renowned',
  'celebrated',
  'acclaimed',
  'its',
  'his',
  'hers',
  'this',
  'ms',
  'his',
]);
const isRoleWord = (w: string) => {
  const l = w.toLowerCase().replace(/['’]s$|[.,]$/g, '');
  return (
    (TITLE_WORDS.has(l) && /^\p{Ll}|^(?:CEO|CFO|COO|CTO)$/u.test(w)) ||
    ROLE_NOUNS.has(l) ||
    BODY_NOUNS.has(l) ||
    ROLE_NOUNS.has(l.replace(/s$/, ''))
  );
};

/** A role written right before the name: a chain of words that ends in a title or role noun. */
export function roleBefore(text: string, start: number): string | null {
  // walk back over at most seven space-separated words, stopping at punctuation
  const i = start;
  if (text[i - 1] !== ' ') return null;
  const words: string[] = [];
  let end = i - 1;
  let nearestSeen = false;
  while (words.length < 7 && end > 0) {
    let b = end;
    while (b > 0 && text[b - 1] !== ' ' && end - b < 40) b--;
    const w = text.slice(b, end);
    if (!w || !WORDISH.test(w)) break;
    words.unshift(w);
    // the nearest word past honorifics must be a title or role noun (checked again below); for
    // most names it is not, and the words further back need not be read
    if (!nearestSeen && !HONORIFIC.test(w)) {
      nearestSeen = true;
      const nearest = w.toLowerCase().replace(/\.$/, '');
      if (!isTitleWord(nearest) && !ROLE_NOUNS.has(nearest)) return null;
    }
    if (b === 0 || text[b - 1] !== ' ') break;
    end = b - 1;
  }
  // "longtime physician Dr. Harold Bornstein": the honorific is not part of the role
  while (words.length && HONORIFIC.test(words[words.length - 1])) words.pop();
  if (!words.length) return null;
  const nearest = words[words.length - 1].toLowerCase().replace(/\.$/, '');
  if (!isTitleWord(nearest) && !ROLE_NOUNS.has(nearest)) return null;
  let k = words.length - 1;
  while (k > 0) {
    const w = words[k - 1];
    const lw = w.toLowerCase();
    if (STOP_WORDS.has(lw) && !TITLE_WORDS.has(lw)) break;
    if (/^\p{Ll}/u.test(w) && VERBISH.test(w)) break;
    k--;
  }
  const role = clean(words.slice(k).join(' '));
  if (!role || /^(?:mr|mrs|ms|dr|prof)\.?$/i.test(role)) return null;
  return role;
}

const WORDISH = /^[\p{L}\p{M}'’.\-&]+$/u;
const HONORIFIC = /^(?:mr|mrs|ms|dr|prof|sir)\.?$/i;
