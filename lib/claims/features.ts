// What the holder scorer reads about each candidate holder of a claim sentence: a handful of
// facts a reader could check by looking at the sentence ("the name is the subject of 'said'",
// "the name follows 'according to'", "the name stands inside the clause someone reported"), each
// a number in [0, 1]. The rules in lib/positions decide who the candidates are; these features
// let a model learned from annotated articles (scripts/train-holders.ts) choose among them.
import type { StakeholderKind } from '../types';
import { actsAfter, actsBefore, possessorOnly, speaksThrough } from '../entities/predicate';

/** The sentence a holder is chosen for, with the sentence before it in the same passage. */
export interface HolderSentence {
  text: string;
  /** Offset of the sentence's first character in its paragraph. */
  start: number;
  /** The sentence before, or '' at the start of the article. */
  previous: string;
}

/** One stakeholder that could hold the sentence, and how the rules see it. */
export interface HolderCandidate {
  name: string;
  kind: StakeholderKind;
  /** Where the sentence names it (paragraph offsets), or null when it holds the sentence from elsewhere. */
  at: { start: number; end: number } | null;
  /** The rules' choice for the sentence. */
  rules: boolean;
  /** It speaks a quotation that opens in, or runs through, the sentence. */
  quoteSpeaker: boolean;
  /** It held the sentence before ("He said …" continues its words). */
  previousHolder: boolean;
  /** The sentence before names it. */
  inPrevious: boolean;
  /** Mentions in the article, and the rank of its first mention among the stakeholders (0 first). */
  mentions: number;
  firstRank: number;
}

/** Feature names, in the order of the vector holderFeatures returns and of the shipped weights. */
export const FEATURES = [
  'rules',
  'says', // the subject of a verb of speech: "X said", "X, a senator, argued"
  'acts', // the subject of another verb: "X closed the plant"
  'saidBy', // after a verb of speech: "…, said X", "according to X"
  'accordingTo', // "according to X", "X, according to", "X said in a statement"
  'possessive', // "X's spokesman said": speaks through someone
  'through', // "X spokesman Y said", "X's president, Y, said": a body that speaks through a person
  'possessorOnly', // "X's plan was …": only owns what the sentence is about
  'complement', // after a preposition: "in X", "of X", "with X"
  'insideReport', // after "said that", "claimed": a name inside what someone reported
  'relative', // inside a relative clause: "Murphy, who campaigned with Clinton, said"
  'fronted', // in a clause that opens the sentence before its subject: "Speaking in Salem, New Hampshire, Trump said"
  'firstSpeaker', // the first candidate in reading order that speaks (says, said by, according to)
  'onlySpeaker', // the only candidate that speaks
  'beforeCue', // named before the sentence's first verb of speech
  'opensSentence', // the first words of the sentence
  'position', // how far into the sentence (0 at the start, 1 at the end)
  'unnamed', // holds the sentence without being named in it
  'person',
  'organization', // organization, government or group
  'place',
  'quoteSpeaker',
  'previousHolder',
  'pronounStart', // the sentence opens on "He", "She", "They", "The company" and it held the one before
  'inPrevious',
  'rulesQuiet', // the rules' choice, named, speaking in no way the features see ("X closed the plant")
  'rulesPlace', // the rules' choice is a place
  'frequent', // share of mentions, on a log scale
  'firstMentioned', // 1 for the article's first stakeholder, falling with rank
] as const;

export type FeatureName = (typeof FEATURES)[number];

/** Verbs of speech and belief that open what someone reported, in any tense. */
const CUE =
  /\b(?:said|says|say|told|tells|argue[sd]?|claim(?:s|ed)?|insist(?:s|ed)?|warn(?:s|ed)?|believe[sd]?|note[sd]?|add(?:s|ed)|wrote|writes|stated?|states|explain(?:s|ed)|contend(?:s|ed)|maintain(?:s|ed)|acknowledged?|admit(?:s|ted)|suggest(?:s|ed)|report(?:s|ed)|announced?|announces|accused?|accuses|den(?:y|ies|ied)|according to)\b/;
/** A verb of speech and its clause before the name: the name is inside what was reported. */
const REPORT_BEFORE =
  /\b(?:said|says|say|told \S+|argued|argues|claimed|claims|insisted|insists|warned|warns|believes?|believed|noted|notes|added|adds|wrote|writes|stated|explained|contended|maintained|acknowledged|admitted|suggested|suggests|reported|reports|announced|accused|denied|denies|deny)\b(?:\s+(?:that|how|why|whether))?\s+(?![,.;:])/;
const ACCORDING_BEFORE = /\b[Aa]ccording to\s+(?:the\s+)?$/;
const ACCORDING_AFTER =
  /^\s*,?\s*(?:\p{Ll}+\s+){0,2}?(?:according to|in a (?:statement|letter|memo|post|tweet|filing|report)\b)/iu;
const PREPOSITION_BEFORE =
  /(?:^|\s)(?:in|at|from|of|for|with|near|into|to|on|about|against|like|than|between|among|under|over|via|toward|around|behind|without|within|upon|by)\s+(?:the\s+)?$/i;
const PRONOUN_START =
  /^(?:["“”‘’]\s*)?(?:But |And |Yet |Still |However, )?(?:He|She|They|It|The (?:company|campaign|group|agency|department|organization|party|government|administration|committee|network|court|union))\b/;
const LOOK = 120;

/** "Murphy, who met Clinton, said", "a payout that investor Leon Cooperman blasted": a name inside a relative clause. */
const RELATIVE_BEFORE =
  /(?:,\s+(?:who|which|whose|whom|where|when|after|while|as|including|along with)\b[^,]*|\b\p{Ll}+\s+(?:that|which|whom)\s+(?:[\p{L}.’'-]+\s+){0,4})$/iu;
const FRONTED_START =
  /^(?:(?:But|And|Yet|So)\s+)?(?:As|While|Although|Though|When|If|After|Before|Since|Because|Once|Until|Unless|Even as|Even though|In|During|Amid|Following|With|Without|Unlike|Citing|Speaking|Asked|Given|Despite|At|On)\s/;
const SPEAKS = ['says', 'saidBy', 'accordingTo'] as const;

/** The feature vector of each candidate, in FEATURES order: some features compare a candidate with the others. */
export function holderFeatures(sentence: HolderSentence, candidates: readonly HolderCandidate[]): number[][] {
  const own = candidates.map((c) => ownFeatures(sentence, c));
  const speaks = own.map((f) => SPEAKS.some((k) => f[k] === 1));
  const firstAt = candidates.reduce(
    (best, c, k) => (speaks[k] && c.at && (best < 0 || c.at.start < candidates[best].at!.start) ? k : best),
    -1,
  );
  const speakers = speaks.filter(Boolean).length;
  return own.map((f, k) => {
    f.firstSpeaker = k === firstAt ? 1 : 0;
    f.onlySpeaker = speaks[k] && speakers === 1 ? 1 : 0;
    f.rulesQuiet = candidates[k].rules && candidates[k].at && !speaks[k] ? 1 : 0;
    return FEATURES.map((name) => f[name]);
  });
}

function ownFeatures(sentence: HolderSentence, c: HolderCandidate): Record<FeatureName, number> {
  const text = sentence.text;
  const named = c.at !== null;
  const from = named ? Math.max(0, c.at!.start - sentence.start) : 0;
  const to = named ? Math.max(from, c.at!.end - sentence.start) : 0;
  const before = named ? text.slice(Math.max(0, from - LOOK), from) : '';
  const after = named ? text.slice(to, to + LOOK) : '';
  const agencyAfter = named ? actsAfter(after) : 0;
  // "said the yard will close": the subject of what was said, not who said it
  const agencyBefore = named && !(/^\s+\p{Ll}/u.test(after) && agencyAfter) ? actsBefore(before) : 0;
  const cue = CUE.exec(text);
  const cueAt = cue ? cue.index : -1;
  const kindOrg = c.kind === 'organization' || c.kind === 'government' || c.kind === 'group';
  // the opening clause of "Speaking in Salem, New Hampshire, Trump …" ends at the comma before the subject
  const opening = FRONTED_START.test(text) ? text.slice(0, from) : '';
  return {
    rules: c.rules ? 1 : 0,
    says: agencyAfter === 2 ? 1 : 0,
    acts: agencyAfter === 1 ? 1 : 0,
    saidBy: agencyBefore === 2 ? 1 : 0,
    accordingTo: named && (ACCORDING_BEFORE.test(before) || ACCORDING_AFTER.test(after)) ? 1 : 0,
    possessive: named && /^['’]s?\s/.test(after) && !possessorOnly(after) ? 1 : 0,
    possessorOnly: named && possessorOnly(after) ? 1 : 0,
    through: named && speaksThrough(after) ? 1 : 0,
    complement: named && PREPOSITION_BEFORE.test(before.slice(-30)) && agencyBefore !== 2 ? 1 : 0,
    insideReport: named && REPORT_BEFORE.test(before) && agencyBefore !== 2 ? 1 : 0,
    relative: named && RELATIVE_BEFORE.test(before) ? 1 : 0,
    fronted:
      named &&
      opening !== '' &&
      !/,\s*(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+)*$/u.test(opening) &&
      /^[^,]*,|^\s*,/.test(text.slice(to))
        ? 1
        : 0,
    firstSpeaker: 0,
    onlySpeaker: 0,
    rulesQuiet: 0,
    rulesPlace: c.rules && c.kind === 'place' ? 1 : 0,
    beforeCue: named && cueAt >= 0 && from < cueAt ? 1 : 0,
    opensSentence:
      named && /^\W{0,3}(?:(?:But|And|Yet|So|Still|However|Meanwhile),?\s+)?(?:the\s+)?$/i.test(before) ? 1 : 0,
    position: named && text.length ? from / text.length : 0,
    unnamed: named ? 0 : 1,
    person: c.kind === 'person' ? 1 : 0,
    organization: kindOrg ? 1 : 0,
    place: c.kind === 'place' ? 1 : 0,
    quoteSpeaker: c.quoteSpeaker ? 1 : 0,
    previousHolder: c.previousHolder ? 1 : 0,
    pronounStart: c.previousHolder && PRONOUN_START.test(text) ? 1 : 0,
    inPrevious: c.inPrevious ? 1 : 0,
    frequent: Math.min(1, Math.log1p(c.mentions) / Math.log1p(50)),
    firstMentioned: 1 / (1 + c.firstRank),
  };
}
