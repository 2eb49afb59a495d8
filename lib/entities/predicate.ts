// Does the text right after a name make it act? "Meta said", "Alden on Tuesday announced",
// "Han Dong-hoon, the leader of the PPP, urged", "the Trump administration is denying",
// "West Mercia police said". A few words of look-ahead, no parsing.
import { ACTOR_VERBS, TITLE_WORDS } from './lexicon';
import { ROLE_NOUNS } from './roles';

const MODALS = new Set(['will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'cannot', 'shall']);
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'did', 'does', 'do', 'been', 'be']);
const FILLERS = new Set(['also', 'not', 'never', 'then', 'now', 'still', 'later', 'previously', 'recently', 'already', 'again', 'since', 'just', 'repeatedly', 'quickly', 'swiftly', 'initially', 'first']);
/** Past participles that describe rather than act ("Amazon-owned", "the Seattle based"). */
const NOT_VERBS = new Set(['based', 'related', 'owned', 'led', 'backed', 'funded', 'linked', 'affiliated', 'controlled', 'named', 'called', 'licensed', 'registered', 'listed', 'headquartered', 'founded', 'used', 'shared', 'red', 'bed', 'need', 'seed', 'speed', 'feed', 'weed', 'hundred']);
/** Nouns between a name and its verb that keep the name the actor ("West Mercia police said"). */
const BODY = /^\s(?:police|officials|authorities|lawmakers|spokes(?:person|man|woman)|executives|leaders|forces|army|military|prosecutors|party|group|company|firm|agency|government|ministry|department|team|club|tribe|members|supporters|researchers|scientists|staff)\b/;
const POSSESSIVE_AGENT = /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}(?:CEO|chief|spokes(?:person|man|woman)|head|founder|president|chairman|chairwoman|lawyers?|attorneys?|office|statement|leader|director|minister|secretary|representatives?)\b/u;
const PARTNER = /^\s+(?:and|&)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3}(?=\s)/u;
const TIME = /^\s(?:on|last|this|earlier|late|early|in|next)\s+(?:\p{Lu}\p{Ll}+|week|month|year|night|morning|evening|afternoon|weekend)\b/u;
const WORD = /^\s+([\p{Ll}][\p{Ll}'’-]*)/u;

export const isVerb = (w: string): boolean => ACTOR_VERBS.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_VERBS.has(w));

/** Whether the words at the start of `rest` are a predicate (fillers, auxiliaries, a verb). */
function predicate(rest: string): boolean {
  const time = TIME.exec(rest);
  if (time) rest = rest.slice(time[0].length);
  let aux = false;
  for (let n = 0; n < 5; n++) {
    const m = WORD.exec(rest);
    if (!m) return false;
    const w = m[1];
    rest = rest.slice(m[0].length);
    if (MODALS.has(w)) return !!WORD.exec(rest); // "will give up", "could not"
    if (AUXILIARIES.has(w)) {
      aux = true;
      continue;
    }
    if (FILLERS.has(w) || (w.endsWith('ly') && w.length > 4)) continue;
    if (isVerb(w)) return true;
    // "is denying", "have been cutting"
    return aux && w.length > 4 && (w.endsWith('ing') || w.endsWith('en'));
  }
  return false;
}

/** Whether the name that ends where `after` starts acts in its sentence. */
export function actsAfter(after: string): boolean {
  let rest = after;
  // "Salesforce's CEO marveled", "Meta's spokesperson said": the body acts through them
  const agent = POSSESSIVE_AGENT.exec(rest);
  if (agent) rest = rest.slice(agent[0].length);
  else rest = rest.replace(/^['’]s?(?=\s)/, '');
  const body = BODY.exec(rest);
  if (body) rest = rest.slice(body[0].length);
  // "Tor and the family have reached": a shared subject
  const partner = PARTNER.exec(rest);
  if (partner && predicate(rest.slice(partner[0].length))) return true;
  // try the predicate right away, then after each apposition set off by commas
  if (predicate(rest)) return true;
  for (let segments = 0; segments < 4; segments++) {
    const apposition = /^\s*,[^,.;:“”"()]{1,120}/u.exec(rest);
    if (!apposition) return false;
    rest = rest.slice(apposition[0].length);
    if (!rest.startsWith(',')) return false;
    if (predicate(rest.slice(1))) return true;
  }
  return false;
}

// "said Scott Paul", "according to the New Zealand Department of Conservation",
// "says veteran industry analyst Ken Doctor", "created by the IllustrisTNG Project"
const SPEECH_BEFORE = /\b(?:said|says|told|according to|wrote|added|argued|warned|asked|urged|explained|noted|insisted|by)\s+(?:the\s+)?((?:\p{Ll}[\p{Ll}’'-]*\s+){0,4})$/u;

/** Whether the words right before a name make it the speaker or the agent. */
export function actsBefore(before: string): boolean {
  const m = SPEECH_BEFORE.exec(before);
  if (!m) return false;
  const words = m[1].trim().split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const last = words[words.length - 1];
  return TITLE_WORDS.has(last) || ROLE_NOUNS.has(last);
}
