// Who holds a sentence: the one decision of which stakeholder, if any, a sentence states the stance of.
import type { Quote, Stakeholder } from '../types';
import type { Sentence } from '../text/sentences';
import type { EntityIndex, Mention } from '../entities';
import { HAS_MARK, mentionsWithin, sentenceBefore, sentenceText } from './reading';
import { reportedBefore, speaksDirectly } from '../entities/predicate';
import { STANCE_PHRASE, STANCE_REACH, Strength, hasStanceVerb } from './strength';
import { inReportedClause, subjectOf, type Subject } from './subject';
import type { HolderBook } from './holders';
import { takeInVoice } from './unlisted-voices';
import { holderCandidates } from '../claims/candidates';
import { pickHolder, type HolderChoice } from '../claims/holder';

/** What the sentences read so far tell the decision about this one. */
export interface HolderContext {
  book: HolderBook;
  entities?: EntityIndex;
  /** the verb lists are mostly English: elsewhere a name opening its sentence before a lower-case word is its subject */
  english: boolean;
  /** the quotes of the sentence's paragraph */
  quotesHere: Quote[];
  /** the holder of the last sentence that had one, for "he said" */
  previous: { paragraph: number; holder: Stakeholder } | null;
  /** the unlisted voices taken in so far; the decision adds to it */
  voices: Stakeholder[];
  /** who picks among the rules' candidates (lib/claims/holder.ts); the shipped model unless told */
  choice: HolderChoice;
  /** the listed holders the sentence before named, and its text: the learned model reads them */
  namedBefore: Set<Stakeholder>;
  previousText: string;
  /** the rank of each holder's first mention in the article (0 first) */
  firstRank: Map<Stakeholder, number>;
}

export interface HolderDecision {
  holder: Stakeholder | null;
  strength: Strength;
  /** who shares the holder's verb ("Volker and Morrison said"): they hold the sentence too */
  partners: Stakeholder[];
  /** who speaks in a clause of their own beside the holder's ("…, Trump said after Nabisco announced it was …") */
  speakersToo: Stakeholder[];
  /** the words after the holder's name, read for the sides it takes */
  leaning: { holder: Stakeholder; text: string } | null;
  /** whether the sentence names a holder (it ends a chain of "he said") */
  namesHolder: boolean;
}

/** "according to Variety", "As Breitbart News reported": a source named in the sentence that the index did not keep. */
const UNLISTED_SOURCE =
  /\b(?:[Aa]ccording to|[Aa]s)\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*\s*(?:,|reported|said|wrote|first reported)/u;
/** A sentence that opens on a source the digest may not list: "The New York Times reported …". */
const OPENS_ON_SOURCE =
  /^(?:The\s+)?\p{Lu}[\p{L}.’'&-]*(?:\s+\p{Lu}[\p{L}.’'&-]*){0,4}\s+(?:reported|reports|wrote|writes|first reported|has reported|noted)\b/u;
/** A verb or noun of saying or believing and its "that" before a name ("Trump’s announcement that China had …"): the name is inside what someone reported. */
const REPORTED_BEFORE =
  /\b(?:said|says|say|believes?|believed|argue[sd]?|claim(?:s|ed)?|think|thinks|thought|warn(?:s|ed)?|insist(?:s|ed)?|suggest(?:s|ed)?|note[sd]?|reports?|reported|estimate[sd]?|fear(?:s|ed)?|expect(?:s|ed)?|predict(?:s|ed)?|concluded?|found|finds|announcement|statement|assertion|promise|pledge|warning|argument|insistence|suggestion|belief|declaration|admission|allegation|accusation|hope|expectation|news)\s+(?:[\p{L}’'-]+\s+){0,2}?that\s/u;
/** A sentence that asks: it ends on a question mark. */
const ASKED = /\?\s*$/;
/** What may open a sentence before its pronoun: a mark, a joining word ("But", "However, he said"). */
const BEFORE_PRONOUN = /^(?:["“”‘’«»]\s*)?(?:(?:But|And|Yet|Still|However|Instead|Later),?\s+)?/;
const PRONOUN_START =
  /^(?:(he|she|they|it|the (?:company|firm|group|agency|ministry|department|organization|organisation|party|government|administration|commission|court|bank|network|label|retailer|chain|club|team|union))\b)/i;
/** The pronoun that opens the sentence, in lower case ("he", "the company"), or null. */
const pronounOpening = (text: string): string | null => {
  const rest = text.slice(BEFORE_PRONOUN.exec(text)![0].length);
  // a capital opens the sentence, or a joining word comes before ("However, he said")
  if (rest === text && !/^\p{Lu}/u.test(rest)) return null;
  return PRONOUN_START.exec(rest)?.[1].toLowerCase() ?? null;
};
/** How many paragraphs on a "he said" may still stand for the holder before it. */
const PRONOUN_PARAGRAPHS = 1;
/** How much of what follows a holder's name is kept for reading its side. */
const LEANING_CHARS = 90;

/**
 * One holder a sentence: the subject of its verb of speech ("X said Y wants Z" is X's), else the
 * speaker of a quote that opens in it, else the name that acts, else "he"/"she"/"the company"
 * standing for the holder of the sentence before. Names inside quotation marks hold nothing (a
 * speaker's words about someone are the speaker's), and an actor who is only mentioned gets no
 * position at all.
 */
export function decideHolder(sentence: Sentence, ctx: HolderContext): HolderDecision {
  const { book, english } = ctx;
  const here = ctx.quotesHere;
  // a quoted speaker's own words (the marks may stand a character or two before the text)
  const insideQuote = (at: number) => here.some((q) => at >= q.position.start - 2 && at < q.position.end + 1);
  const quoted = here.some((q) => sentence.start >= q.position.start - 2 && sentence.start < q.position.end);
  const named = quoted ? [] : mentionsWithin(ctx.entities, sentence).filter((m) => !insideQuote(m.start));
  const mentions = named.filter((m) => book.holders.has(m.entity));
  const any = subjectOf(sentence, named, english);
  const voice = takeInVoice(sentence, any, book, ctx.entities, english);
  if (voice) ctx.voices.push(voice);
  const { subject, foreign, asked, reported } = listedSubject(sentence, any, mentions, book, english, quoted);
  const decision: HolderDecision = {
    holder: null,
    strength: Strength.Acts,
    partners: [],
    speakersToo: [],
    leaning: null,
    namesHolder: mentions.length > 0,
  };
  if (subject && !foreign) Object.assign(decision, bySubject(subject, book));
  if (!decision.holder && !foreign) Object.assign(decision, byQuote(sentence, here, book, quoted));
  // "He said…", "The company declined…": the holder of the sentence before, also when the names
  // the sentence holds all stand inside what "he" said ("He denied that … Sondland …")
  const onlyReported = english && mentions.length > 0 && mentions.every((m) => inReportedClause(sentence, m));
  if (!decision.holder && !quoted && (!mentions.length || reported || onlyReported)) {
    const before = byPronoun(sentence, ctx.previous);
    if (before) [decision.holder, decision.strength] = [before, Strength.Pronoun];
  }
  if (decision.holder && !asked && english) learnedPick(sentence, decision, named, ctx);
  ctx.namedBefore = new Set(mentions.map((m) => book.holders.get(m.entity)!));
  ctx.previousText = sentence.text;
  // a voice the list left out holds what it says, not every sentence where it acts
  if (decision.holder && decision.strength === Strength.Acts && ctx.voices.includes(decision.holder))
    decision.holder = null;
  if (asked) decision.holder = null;
  if (english && decision.holder) decision.speakersToo = speakersInOwnClause(sentence, mentions, book, decision);
  return decision;
}

/** A clause of its own opens right before a name (and perhaps its title): "after", "when", ", and". */
const OWN_CLAUSE_BEFORE =
  /(?:\b(?:after|when|as|because|since|while|before|until|although|though|once|whereas)|[,;]\s*(?:and|but|while|whereas))\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u;
/** A verb of speech followed only by where or to whom: "spoke to reporters", not what was said. */
const SPOKE_TO = /^\s+\p{Ll}+\s+(?:to|with|at|before|on|in)\b/u;

/**
 * Listed names that speak in a clause of their own beside the holder's ("“…,” Trump said in
 * August after Nabisco announced it was laying off …"): the sentence states their claim too.
 */
function speakersInOwnClause(
  sentence: Sentence,
  mentions: Mention[],
  book: HolderBook,
  decision: HolderDecision,
): Stakeholder[] {
  const out: Stakeholder[] = [];
  for (const m of mentions) {
    const s = book.holders.get(m.entity);
    if (!s || s === decision.holder || decision.partners.includes(s) || out.includes(s)) continue;
    const after = sentenceText(sentence, m.end);
    const before = sentenceBefore(sentence, m.start);
    if (!OWN_CLAUSE_BEFORE.test(before.slice(-CLAUSE_OPENER_REACH))) continue;
    // "Sims say he was … until Haley said …", "The Journal notes that …, and Trump called …": a
    // speaker inside what another reports is theirs to report
    if (reportedBefore(before) || /\bthat\b/.test(before)) continue;
    if (speaksDirectly(after) && !SPOKE_TO.test(after)) out.push(s);
  }
  return out;
}
/** How far before a name its clause's opener and title are read, in characters. */
const CLAUSE_OPENER_REACH = 60;

/**
 * The rules' decision names the candidates (the listed holders the sentence names outside
 * quotation marks, its quotations' speakers, the holder before it) and the learned model picks
 * one, or no one when it judges every pick unlikely (lib/claims/holder.ts).
 */
function learnedPick(sentence: Sentence, decision: HolderDecision, named: Mention[], ctx: HolderContext): void {
  const { book, choice } = ctx;
  if (choice.model === null && !choice.onDecision) return;
  const listed = named.filter((m) => book.holders.has(m.entity));
  const speakers = ctx.quotesHere
    .filter((q) => q.speaker && q.position.start < sentence.end && sentence.start < q.position.end)
    .map((q) => book.stakeholderOf(q.speaker!))
    .filter((s): s is Stakeholder => !!s);
  const previous =
    ctx.previous && sentence.paragraph - ctx.previous.paragraph <= PRONOUN_PARAGRAPHS ? ctx.previous.holder : null;
  const { candidates, stakeholders } = holderCandidates({
    named: listed.map((m) => ({ stakeholder: book.holders.get(m.entity)!, start: m.start, end: m.end })),
    quoteSpeakers: speakers,
    previousHolder: previous,
    namedBefore: ctx.namedBefore,
    rules: decision.holder!,
    firstRank: ctx.firstRank,
  });
  const context = { text: sentence.text, start: sentence.start, previous: ctx.previousText };
  const picked =
    choice.model === null ? candidates.findIndex((c) => c.rules) : pickHolder(context, candidates, choice.model);
  choice.onDecision?.({ sentence, context, candidates, picked });
  if (picked < 0) {
    decision.holder = null;
    return;
  }
  const holder = stakeholders[picked];
  if (holder === decision.holder) return;
  const c = candidates[picked];
  const mention = c.at && listed.find((m) => m.start === c.at!.start);
  const own = mention ? subjectOf(sentence, [mention], ctx.english) : null;
  decision.holder = holder;
  decision.strength = own
    ? bySubject(own, book).strength!
    : mention
      ? Strength.Acts
      : c.quoteSpeaker
        ? Strength.Quoted
        : Strength.Pronoun;
  decision.partners = decision.partners.filter((p) => p !== holder);
  decision.leaning = own ? { holder, text: own.after.slice(0, LEANING_CHARS) } : null;
}

/** The subject among the listed holders, unless the sentence reports an unlisted source or asks. */
function listedSubject(
  sentence: Sentence,
  any: Subject | null,
  mentions: Mention[],
  book: HolderBook,
  english: boolean,
  quoted: boolean,
): { subject: Subject | null; foreign: boolean; asked: boolean; reported: boolean } {
  const text = sentence.text;
  // the sentence reports someone the digest does not list ("As Breitbart News reported", "according to Variety"): no one else's
  let foreign = !!any && any.agency === 2 && !book.holders.has(any.mention.entity);
  let subject =
    any && book.holders.has(any.mention.entity) ? any : foreign ? null : subjectOf(sentence, mentions, english);
  if (
    subject?.agency !== 2 &&
    (UNLISTED_SOURCE.test(text) ||
      (OPENS_ON_SOURCE.test(text) && !(subject && subject.mention.start === sentence.start)))
  )
    [foreign, subject] = [true, null];
  // "What tariffs has the United States imposed?": a question the reporter asks states no one's stance
  const asked = !quoted && ASKED.test(text) && !HAS_MARK.test(text);
  if (asked) [foreign, subject] = [true, null];
  // "many analysts believe that the administration is tackling …": the claim of whoever reports it
  const reported =
    !!subject &&
    subject.agency !== 2 &&
    REPORTED_BEFORE.test(text.slice(0, Math.max(0, subject.mention.start - sentence.start)));
  if (reported) subject = null;
  return { subject, foreign, asked, reported };
}

/** The subject holds the sentence: speaking, deciding or acting, with whoever shares its verb. */
function bySubject(subject: Subject, book: HolderBook): Partial<HolderDecision> {
  const s = book.holders.get(subject.mention.entity)!;
  const strength =
    subject.agency === 2
      ? Strength.Speaks
      : hasStanceVerb(subject.after.slice(0, STANCE_REACH))
        ? Strength.Decides
        : Strength.Acts;
  const partners: Stakeholder[] = [];
  for (const p of subject.partners ?? []) {
    const partner = book.holders.get(p.mention.entity);
    if (partner && partner !== s) partners.push(partner);
  }
  return { holder: s, strength, partners, leaning: { holder: s, text: subject.after.slice(0, LEANING_CHARS) } };
}

/** A quote's speaker holds the sentence where the quote opens, or the rest of a quotation it is inside. */
function byQuote(sentence: Sentence, here: Quote[], book: HolderBook, quoted: boolean): Partial<HolderDecision> {
  // a quote that opens here: its speaker, as the attribution decided
  for (const q of here) {
    if (!q.speaker || q.position.start < sentence.start || q.position.start >= sentence.end) continue;
    const s = book.stakeholderOf(q.speaker);
    if (s) return { holder: s, strength: Strength.Quoted };
  }
  // "“I hate to say it. But they’re going to win.”": a sentence inside a quotation that opened
  // before it is the rest of that quotation, its speaker's words
  if (quoted) {
    const within = here.find((q) => q.speaker && q.position.start < sentence.start && sentence.start < q.position.end);
    const s = within && book.stakeholderOf(within.speaker!);
    if (s) return { holder: s, strength: Strength.Quoted };
  }
  return {};
}

/** "He said…", "The company declined…": the holder of the sentence before, when the pronoun fits it. */
function byPronoun(sentence: Sentence, previous: HolderContext['previous']): Stakeholder | null {
  const text = sentence.text;
  if (
    !previous ||
    sentence.paragraph - previous.paragraph > PRONOUN_PARAGRAPHS ||
    !pronounOpening(text) ||
    !(hasStanceVerb(text) || STANCE_PHRASE.test(text))
  )
    return null;
  const pronoun = pronounOpening(text)!;
  const fits = /^(?:he|she)$/.test(pronoun)
    ? previous.holder.kind === 'person'
    : pronoun === 'they'
      ? true
      : previous.holder.kind !== 'person';
  return fits ? previous.holder : null;
}
