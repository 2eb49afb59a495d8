// findPositions: what each central stakeholder holds, said, demands or decided, backed by
// verbatim sentences of the article. A sentence is evidence for an actor when the actor is the
// one speaking or acting in it ("X said that…", "X declined to…", "…, X said"), when it holds a
// quote of theirs, or when it follows such a sentence and speaks of them as "he", "she" or
// "the company". The one-line text is a slice of the first evidence, never new words.
import type { Position, Quote, Stakeholder, TextPosition } from './types';
import type { Sentence } from './text/sentences';
import type { Entity, EntityIndex, Mention } from './entities';
import { PASSIVE_AGENT_INTL, STANCE_VERBS } from './entities/lexicon';
import {
  actsAfter,
  actsBefore,
  addressedBefore,
  possessorOnly,
  speaksDirectly,
  speaksThrough,
} from './entities/predicate';
import { letterRuns } from './text/letters';
import { charsOrSpace, trimEndWhere } from './text/trim';
import { holderCandidates, type NamedHere } from './claims/candidates';
import type { HolderCandidate, HolderSentence } from './claims/features';
import { pickHolder, type HolderWeights } from './claims/holder';

/** Evidence sentences a position keeps: the popup shows the line and folds these behind a count. */
const MAX_EVIDENCE = 5;

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
const hasStanceVerb = (text: string): boolean => {
  const runs = letterRuns(text);
  for (let k = 0; k < runs.length; k += 2)
    if (STANCE_WORDS.has(text.slice(runs[k], runs[k + 1]).toLowerCase())) return true;
  return STANCE_MULTI.test(text);
};
const STANCE_PHRASE =
  /\b(?:according to|in a statement|in a (?:letter|memo|post|tweet|filing|report)|declined to comment|did not respond|has not commented)\b/i;
const PRONOUN_START =
  /^(?:["“”‘’«»]\s*)?(?:But |And |Yet |Still |However, )?(?:(He|She|They|It|The (?:company|firm|group|agency|ministry|department|organization|organisation|party|government|administration|commission|court|bank|network|label|retailer|chain|club|team|union))\b)/;
const CLAUSE_START =
  /^(?:\p{Ll}|(?:The|A|An|It|He|She|They|We|I|Its|This|That|These|Those|There|Their|His|Her|Our)\b)/u;
/** "told <the one told> that <clause>": the addressee in a few words, then the clause (groups as THAT_CLAUSE's). */
const TOLD_THAT = /\btold (?:[^\s,;:“”"«»]+ ){1,8}?(that) ([^“”"«»].{11,})$/u;
/**
 * Verbs after which a clause may follow without "that" ("said the yard will close"); after the
 * others an object does ("claimed the nomination on Tuesday", "noted the irony"), so only
 * "that" opens what they report.
 */
const BARE_CLAUSE_VERB =
  /^(?:said|says|told|argued|argues|believes|believed|insisted|insists|contends|contended|maintains|maintained)\b/;
/** The words a clause's subject opens on: a determiner, a pronoun, a number or a name. */
const SUBJECT_START =
  /^(?:\p{Lu}|\d|(?:the|a|an|he|she|it|they|we|i|you|his|her|its|their|our|my|this|that|these|those|there|some|many|most|much|no|none|all|every|each|both|any|few|several|more|fewer|nobody|nothing|everyone)\b)/u;
const NOT_A_CLAUSE =
  /^(?:in|on|at|after|before|during|to|of|from|with|for|while|as|by|about|when|through|against|over|into|upon|without|among|between|despite|like|than|until|since|via|toward|towards|under|behind|around|across|beyond)\s/i;
const LEADING_JOINERS = /^(?:(?:But|And|Yet|Still|However|Meanwhile|Instead|Moreover|Also|So),?\s+)/;
// the reported clause: "X said (on Friday) (that) …", "X argues that …"
const THAT_CLAUSE =
  /\b(?:said|says|argued|argues|warned|warns|believes|believed|claimed|claims|insisted|insists|noted|notes|added|adds|stated|states|explained|explains|contends|contended|maintains|maintained|acknowledged|acknowledges|admitted|admits|stressed|stresses|wrote|writes|told (?:[\p{L}’']+ ){1,2})\s*(?:(?:on |last )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today) |in a [\p{L} ]{1,30} )?(?:(that)\s+)?([^“”"«»].{11,})$/u;

/** How the holder of a sentence is chosen among the rules' candidates. */
export interface HolderChoice {
  /** The learned model that picks (lib/claims/holder-weights.ts by default); null keeps the rules' choice. */
  model?: HolderWeights | null;
  /** Called with every holder decision, however many candidates: what scripts/train-holders.ts learns from. */
  onDecision?: (decision: HolderDecision) => void;
}

export interface HolderDecision {
  sentence: Sentence;
  context: HolderSentence;
  candidates: HolderCandidate[];
  /** Index of the candidate that holds the sentence. */
  picked: number;
}

/** How a sentence shows its holder's stance, strongest first when choosing the line. */
const enum Strength {
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

/**
 * One holder a sentence: the subject of its verb of speech ("X said Y wants Z" is X's), else the
 * speaker of a quote that opens in it, else the name that acts, else "he"/"she"/"the company"
 * standing for the holder of the sentence before. Names inside quotation marks hold nothing (a
 * speaker's words about someone are the speaker's), and an actor who is only mentioned gets no
 * position at all.
 */
export function findPositions(
  sentences: Sentence[],
  stakeholders: Stakeholder[],
  entities?: EntityIndex,
  quotes: Quote[] = [],
  lang: string | null = null,
  paragraphs?: readonly string[],
): Position[] {
  return positionsAndVoices(sentences, stakeholders, entities, quotes, lang, paragraphs).positions;
}

/**
 * The positions, and the voices the stakeholder list left out that hold one: a name the article
 * makes the subject of a verb of speech ("Nate Cohn explained that …", "The Washington Post
 * reported that …") takes a stance whether or not the list's filters kept it, so it holds its
 * words rather than leaving them to no one; the digest lists it as a stakeholder that is not central.
 */
export function positionsAndVoices(
  sentences: Sentence[],
  stakeholders: Stakeholder[],
  entities?: EntityIndex,
  quotes: Quote[] = [],
  lang: string | null = null,
  paragraphs?: readonly string[],
  choice: HolderChoice = {},
): { positions: Position[]; voices: Stakeholder[] } {
  // the verb lists are mostly English: elsewhere a name opening its sentence before a lower-case word is its subject
  const english = !lang || lang.toLowerCase().startsWith('en');
  if (!stakeholders.length) return { positions: [], voices: [] };
  const voices: Stakeholder[] = [];
  const byName = new Map<string, Stakeholder>();
  const holders = new Map<Entity, Stakeholder>();
  for (const s of stakeholders) {
    byName.set(s.name, s);
    for (const a of s.aliases) if (!byName.has(a)) byName.set(a, s);
    const e =
      entities?.entities.find((x) => x.name === s.name) ??
      entities?.resolve(s.name) ??
      s.aliases.map((a) => entities?.resolve(a)).find(Boolean) ??
      null;
    if (e && !holders.has(e)) holders.set(e, s);
  }
  const stakeholderOf = (speaker: string): Stakeholder | undefined => {
    const e = entities?.resolve(speaker);
    return byName.get(speaker) ?? (e ? holders.get(e) : undefined);
  };
  const evidence = new Map<Stakeholder, { sentence: Sentence; strength: Strength }[]>();
  const leanings = new Map<Stakeholder, string[]>();
  const add = (s: Stakeholder, sentence: Sentence, strength: Strength) => {
    const list = evidence.get(s) ?? [];
    list.push({ sentence, strength });
    evidence.set(s, list);
  };
  const quotesIn = new Map<number, Quote[]>();
  for (const q of quotes) quotesIn.set(q.position.paragraph, [...(quotesIn.get(q.position.paragraph) ?? []), q]);

  const firstRank = firstMentionRanks(holders);
  let namedBefore = new Set<Stakeholder>();
  let previousText = '';
  let previous: { paragraph: number; holder: Stakeholder } | null = null;
  for (const sentence of sentences) {
    const text = sentence.text;
    const here = quotesIn.get(sentence.paragraph) ?? [];
    // a quoted speaker's own words (the marks may stand a character or two before the text)
    const insideQuote = (at: number) => here.some((q) => at >= q.position.start - 2 && at < q.position.end + 1);
    const quoted = here.some((q) => sentence.start >= q.position.start - 2 && sentence.start < q.position.end);
    const named = quoted ? [] : mentionsWithin(entities, sentence).filter((m) => !insideQuote(m.start));
    const mentions = named.filter((m) => holders.has(m.entity));
    let holder: Stakeholder | null = null;
    let strength: Strength = Strength.Acts;
    const any = subjectOf(sentence, named, english);
    if (
      english &&
      any?.agency === 2 &&
      !any.turn &&
      !speaksThrough(any.after) &&
      nameEndsHere(any.after, sentenceBefore(sentence, any.mention.start)) &&
      !holders.has(any.mention.entity) &&
      /^\p{Lu}/u.test(any.mention.text) &&
      canVoice(any.mention.entity, entities!)
    ) {
      const voice = voiceOf(any.mention.entity);
      holders.set(any.mention.entity, voice);
      if (!byName.has(voice.name)) byName.set(voice.name, voice);
      voices.push(voice);
    }
    // the sentence reports someone the digest does not list ("As Breitbart News reported", "according to Variety"): no one else's
    let foreign = !!any && any.agency === 2 && !holders.has(any.mention.entity);
    let subject =
      any && holders.has(any.mention.entity) ? any : foreign ? null : subjectOf(sentence, mentions, english);
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
    if (subject && !foreign) {
      const s = holders.get(subject.mention.entity)!;
      holder = s;
      strength =
        subject.agency === 2
          ? Strength.Speaks
          : hasStanceVerb(subject.after.slice(0, STANCE_REACH))
            ? Strength.Decides
            : Strength.Acts;
      leanings.set(s, [...(leanings.get(s) ?? []), subject.after.slice(0, 90)]);
      for (const p of subject.partners ?? []) {
        const partner = holders.get(p.mention.entity);
        if (partner && partner !== s) add(partner, sentence, strength);
      }
    }
    // a quote that opens here: its speaker, as the attribution decided
    if (!holder && !foreign) {
      for (const q of here) {
        if (!q.speaker || q.position.start < sentence.start || q.position.start >= sentence.end) continue;
        const s = stakeholderOf(q.speaker);
        if (s) {
          holder = s;
          strength = Strength.Quoted;
          break;
        }
      }
    }
    // "“I hate to say it. But they’re going to win.”": a sentence inside a quotation that opened
    // before it is the rest of that quotation, its speaker's words
    if (!holder && !foreign && quoted) {
      const within = here.find(
        (q) => q.speaker && q.position.start < sentence.start && sentence.start < q.position.end,
      );
      const s = within && stakeholderOf(within.speaker!);
      if (s) {
        holder = s;
        strength = Strength.Quoted;
      }
    }
    // "He said…", "The company declined…": the holder of the sentence before
    if (
      !holder &&
      !quoted &&
      (!mentions.length || reported) &&
      previous &&
      sentence.paragraph - previous.paragraph <= 1 &&
      PRONOUN_START.test(text) &&
      (hasStanceVerb(text) || STANCE_PHRASE.test(text))
    ) {
      const pronoun = PRONOUN_START.exec(text)![1];
      const fits = /^(?:He|She)$/.test(pronoun)
        ? previous.holder.kind === 'person'
        : pronoun === 'They'
          ? true
          : previous.holder.kind !== 'person';
      if (fits) {
        holder = previous.holder;
        strength = Strength.Pronoun;
      }
    }
    // the rules name the candidates; the learned model picks among them (English: its features read English grammar)
    const namedHere: NamedHere[] = named
      .filter((m) => holders.has(m.entity))
      .map((m) => ({ stakeholder: holders.get(m.entity)!, start: m.start, end: m.end }));
    if (holder && !asked && english && (choice.model !== null || choice.onDecision)) {
      const speakers = here
        .filter((q) => q.speaker && q.position.start < sentence.end && sentence.start < q.position.end)
        .map((q) => stakeholderOf(q.speaker!))
        .filter((s): s is Stakeholder => !!s);
      const near = previous && sentence.paragraph - previous.paragraph <= 1 ? previous.holder : null;
      const { candidates, stakeholders: who } = holderCandidates({
        named: namedHere,
        quoteSpeakers: speakers,
        previousHolder: near,
        namedBefore,
        rules: holder,
        firstRank,
      });
      const context = { text, start: sentence.start, previous: previousText };
      const picked =
        choice.model === null ? candidates.findIndex((c) => c.rules) : pickHolder(context, candidates, choice.model);
      choice.onDecision?.({ sentence, context, candidates, picked });
      if (picked < 0) holder = null;
      else if (who[picked] !== holder) {
        const c = candidates[picked];
        holder = who[picked];
        strength = c.at
          ? subjectOf(sentence, [named.find((m) => m.start === c.at!.start)!], english)?.agency === 2
            ? Strength.Speaks
            : Strength.Acts
          : c.quoteSpeaker
            ? Strength.Quoted
            : Strength.Pronoun;
      }
    }
    namedBefore = new Set(namedHere.map((n) => n.stakeholder));
    previousText = text;
    // a voice the list left out holds what it says, not every sentence where it acts
    if (holder && strength === Strength.Acts && voices.includes(holder)) holder = null;
    if (asked) holder = null;
    if (holder) {
      add(holder, sentence, strength);
      previous = { paragraph: sentence.paragraph, holder };
    } else if (mentions.length) previous = null;
  }

  const positions: Position[] = [];
  for (const s of [...stakeholders, ...voices]) {
    const found = evidence.get(s);
    // a holder seen only through a pronoun has no stance of their own in the article
    if (!found?.some((f) => f.strength > Strength.Pronoun)) continue;
    // the strongest sentence gives the line; the evidence is read in passages (below), strongest first
    const lead = quotedBefore(
      [...found].sort((a, b) => b.strength - a.strength || order(a.sentence) - order(b.sentence))[0],
      found,
      !!paragraphs,
    );
    const chosen = passagesOf(found, paragraphs)
      .sort((a, b) => b.strength - a.strength || order(a.sentence) - order(b.sentence))
      .slice(0, MAX_EVIDENCE)
      .sort((a, b) => order(a.sentence) - order(b.sentence));
    positions.push({
      holder: s.name,
      text: summaryLine(lead.sentence.text),
      evidence: chosen.map((c) => c.sentence.text),
      evidencePositions: chosen.map((c): TextPosition => ({
        paragraph: c.sentence.paragraph,
        start: c.sentence.start,
        end: c.sentence.end,
      })),
      side: null,
    });
  }
  if (!english) speakForTheirBody(positions, stakeholders);
  assignSides(
    positions,
    positions.map((p) => leanings.get(byName.get(p.holder)!) ?? []),
  );
  const holding = new Set(positions.map((p) => p.holder));
  return { positions, voices: voices.filter((v) => holding.has(v.name)) };
}

/** The order in which the article first names each stakeholder (0 first): early names are the story's actors. */
function firstMentionRanks(holders: Map<Entity, Stakeholder>): Map<Stakeholder, number> {
  const first = [...holders].map(([e, s]) => ({ s, at: e.mentions.length ? order(e.mentions[0]) : Infinity }));
  first.sort((a, b) => a.at - b.at);
  const ranks = new Map<Stakeholder, number>();
  for (const { s } of first) if (!ranks.has(s)) ranks.set(s, ranks.size);
  return ranks;
}

/**
 * Whether the name stands whole: a word after it is its own verb ("Politico reported"), or a mark
 * ends it ("according to Variety,"); not a word that goes on the name ("the Iraqi activist group",
 * "White House-era documents").
 */
const nameEndsHere = (after: string, before: string): boolean =>
  (SOURCE_BEFORE.test(before.slice(-40)) && /^\s*(?:[,.;:!?)”"]|$)/.test(after)) || speaksDirectly(after);
/** "according to Variety,", "…, said Nate Cohn.": the verb of speech before the name. */
const SOURCE_BEFORE = /(?:[Aa]ccording to|\b(?:said|says|reported|wrote|writes|told|added|noted))\s+(?:the\s+)?$/;

/** An all-capital heading of several words ("INDIANA’S DEMOGRAPHICS FAVOR CRUZ"), not a name. */
const HEADING = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\s[^\p{Ll}]*$/u;
/** The shape of a name that can speak: capitalised words, no digits, a few of them. */
const VOICE_NAME =
  /^\p{Lu}[\p{L}\p{M}’'.&-]*(?:\s+(?:of|for|the|and|de|van|von|al)?\s*\p{Lu}[\p{L}\p{M}’'.&-]*){0,4}$/u;

/**
 * Whether an entity the stakeholder list left out may hold what it says: a person, body or
 * group with a name's shape; not a place, which is a setting even when the index made it act,
 * nor a heading written in capitals.
 */
function canVoice(e: Entity, index: EntityIndex): boolean {
  // the index, too, read it speak somewhere ("Nate Cohn explained", "according to Politico")
  if (!e.speaks || e.kind === 'place' || !VOICE_NAME.test(e.name) || HEADING.test(e.name)) return false;
  if (/\s/.test(e.name)) return true;
  // one word: a name the article also writes inside a sentence, not a common word that opens
  // sentences ("Critics say", "Figures suggest") nor an adjective of a people or party ("Republican")
  return e.midSentence > 0 && !index.isCommonWord(e.name) && !ADJECTIVE_OF_A_PEOPLE.test(e.name);
}
/** "Republican", "German", "Japanese", "Democratic", "British": what a word of a people or a party ends in. */
const ADJECTIVE_OF_A_PEOPLE = /(?:an|ese|ish|ic)$/;

const voiceOf = (e: Entity): Stakeholder => ({
  name: e.name,
  aliases: e.aliases.filter((a) => a !== e.name),
  kind: e.kind,
  role: e.role,
  mentions: e.mentions.length,
  quoted: false,
  quoteCount: 0,
  quotedWords: 0,
  central: false,
});

/** A sentence that asks: it ends on a question mark. */
const ASKED = /\?\s*$/;
/** A sentence that opens or closes on a quotation mark. */
const CLOSES_QUOTE = /["”'’»]\s*$/;
const HAS_MARK = /["“”«»]/;

/**
 * "“Without rolling back the tariffs, what is the incentive?” He Jianxiong said at an event.":
 * the splitter leaves the attribution a sentence of its own, which says only who spoke. The
 * line is then the holder's quotation just before it.
 */
function quotedBefore<T extends { sentence: Sentence }>(lead: T, found: T[], inPassages: boolean): T {
  // the quotation must stand in the lead's passage, so that the line stays inside the evidence
  if (!inPassages || HAS_MARK.test(lead.sentence.text)) return lead;
  const before = found.find(
    (f) =>
      f.sentence.paragraph === lead.sentence.paragraph &&
      f.sentence.end < lead.sentence.start &&
      lead.sentence.start - f.sentence.end <= 1 &&
      lead.sentence.end - f.sentence.start <= PASSAGE_CHARS &&
      CLOSES_QUOTE.test(f.sentence.text),
  );
  return before ?? lead;
}

/** Longest passage of a holder's sentences read as one piece of evidence, in characters. */
const PASSAGE_CHARS = 600;

/**
 * A holder's sentences that follow each other in a paragraph, as one passage: a quotation the
 * attribution cuts in two ("“…,” said Stone. “Every time she …”") or a claim and its reason read
 * as the article wrote them, not as fragments. Needs the paragraphs, to slice the passage verbatim.
 */
function passagesOf(
  found: { sentence: Sentence; strength: Strength }[],
  paragraphs: readonly string[] | undefined,
): { sentence: Sentence; strength: Strength }[] {
  const inOrder = [...found].sort((a, b) => order(a.sentence) - order(b.sentence));
  if (!paragraphs) return inOrder;
  const out: { sentence: Sentence; strength: Strength }[] = [];
  for (const f of inOrder) {
    const last = out[out.length - 1];
    const text = paragraphs[f.sentence.paragraph];
    const joins =
      last &&
      text !== undefined &&
      last.sentence.paragraph === f.sentence.paragraph &&
      last.sentence.end <= f.sentence.start &&
      /^\s*$/.test(text.slice(last.sentence.end, f.sentence.start)) &&
      f.sentence.end - last.sentence.start <= PASSAGE_CHARS;
    if (!joins) {
      out.push({ ...f });
      continue;
    }
    const start = last.sentence.start;
    last.sentence = {
      paragraph: f.sentence.paragraph,
      start,
      end: f.sentence.end,
      text: text.slice(start, f.sentence.end),
    };
    last.strength = Math.max(last.strength, f.strength);
  }
  return out;
}

/** "according to Variety", "As Breitbart News reported": a source named in the sentence that the index did not keep. */
const UNLISTED_SOURCE =
  /\b(?:[Aa]ccording to|[Aa]s)\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*\s*(?:,|reported|said|wrote|first reported)/u;
/** A verb or noun of saying or believing and its "that" before a name ("Trump’s announcement that China had …"): the name is inside what someone reported. */
const REPORTED_BEFORE =
  /\b(?:said|says|say|believes?|believed|argue[sd]?|claim(?:s|ed)?|think|thinks|thought|warn(?:s|ed)?|insist(?:s|ed)?|suggest(?:s|ed)?|note[sd]?|reports?|reported|estimate[sd]?|fear(?:s|ed)?|expect(?:s|ed)?|predict(?:s|ed)?|concluded?|found|finds|announcement|statement|assertion|promise|pledge|warning|argument|insistence|suggestion|belief|declaration|admission|allegation|accusation|hope|expectation|news)\s+(?:[\p{L}’'-]+\s+){0,2}?that\s/u;
/** Words after which a name is where or whose, not who: "in Worcester", "David Woodard of Clemson University". */
const COMPLEMENT_BEFORE =
  /(?:^|\s)(?:in|at|from|of|for|with|near|across|inside|outside|into|to|on|about|against|like|than|between|among|under|over|via|toward|towards|around|behind|beside|alongside|without|within|beyond|upon|unlike)\s+(?:the\s+|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Rev|Prof)\.\s+|(?:President|Senator|Governor|Secretary|Justice|Judge|Mayor)\s+)?$/i;
/** The words before a trailing attribution's name: a comma, then at most a verb of speech and a title (", said chief inspector"). */
const TRAILING = /(?:,["”’']?|[?!]["”’'])\s*(?:[\p{Ll}’'-]+\s+){0,4}(?:the\s+|(?:Mr|Mrs|Ms|Dr)\.\s+)?$/u;
/** A quotation inside the words between two names: what it says does not nest the later name. */
const QUOTED_SPAN = /[“"][^“”"]*[”"]/g;
/** A sentence that opens on a source the digest may not list: "The New York Times reported …". */
const OPENS_ON_SOURCE =
  /^(?:The\s+)?\p{Lu}[\p{L}.’'&-]*(?:\s+\p{Lu}[\p{L}.’'&-]*){0,4}\s+(?:reported|reports|wrote|writes|first reported|has reported|noted)\b/u;
/** A verb of naming and its "by": the agent only names ("as it is called by", "known by"). */
const NAMED_BY = /\b(?:called|known|named|dubbed|nicknamed|referred to|spelled|spelt|pronounced)\s+by\s+(?:the\s+)?$/u;
/** A colon right after a name that opens its sentence, and the words spoken: a transcript's turn. */
const TURN_AFTER = /^:\s+\S/;
/** A sentence that opens on a subordinate clause or a phrase set off by a comma before its subject. */
const FRONTED =
  /^(?:(?:But|And|Yet|So)\s+)?(?:As|While|Although|Though|When|Whenever|If|After|Before|Since|Because|Once|Until|Unless|Whereas|Even as|Even though|Even if|In|During|Amid|Following|With|Without|Unlike|Citing|Speaking|Asked|Reached|Given|Not long after|Despite|In spite of)\s/;
/** The words right before the main clause's subject: a comma, perhaps a title. */
const MAIN_CLAUSE_OPENS = /,\s*(?:(?:the|Mr\.|Mrs\.|Ms\.|Dr\.|Sen\.|Rep\.|Gov\.)\s+)?$/;
/** Between a first actor and a later "X said": the later one speaks inside what the first reported. */
const NESTED_BETWEEN = /\b(?:that|saying|cited|citing|reports?|claims?|as)\b|:/;

// after a clause boundary, an article and a descriptor ("der Plattformbetreiber Flixbus"), or a count ("Environ 400 Français")
const OPENS_CLAUSE =
  /(?:^|[,:;]|^.{0,40}\b(?:der|die|das|le|la|les|el|il|o|a)\s+\p{L}+-?\p{L}*|^(?:\p{L}+\s+)?\d[\d\s.,]*)\s*$/u;
const OPENS_PREDICATE =
  /^(?:\s*,[^,.;:«»“”"]{1,80},)?\s+(?!(?:y|e|et|und|and|o|ou|oder|de|del|des|du|di|da|do|en|em|in|im|à|a|au|zu|von|i|a|ou)\s)\p{Ll}/u;
/** Between two names that share the verb: "Volker and Morrison said". */
const CONJOINED = /^\s*,?\s*(?:and|&|und|et|y|e|a|i)\s+$/;

interface Subject {
  mention: Mention;
  agency: 1 | 2;
  /** A transcript's turn ("TAPPER: …"): the name is a speaker's label. */
  turn?: boolean;
  after: string;
  partners?: Subject[];
}

/**
 * The subject of the sentence's verb of speech or action: the first name that acts, unless a
 * later name speaks in a trailing attribution ("Velmora will close the yard, Quillon said");
 * a name after a preposition is a complement, and "Carter's press secretary, Peter Cook, told"
 * is Cook's.
 */
function subjectOf(sentence: Sentence, mentions: Mention[], english: boolean): Subject | null {
  const found: Subject[] = [];
  for (const m of mentions) {
    const after = sentenceText(sentence, m.end);
    const before = sentenceBefore(sentence, m.start);
    let speaksBefore = actsBefore(before);
    // "said the United States should refuse …": the subject of what was said, not who said it
    if (speaksBefore === 2 && /^\s+\p{Ll}/u.test(after) && actsAfter(after)) speaksBefore = 0;
    // "Aotearoa, as it is called by Māori": who only names a thing holds nothing in the sentence
    if (NAMED_BY.test(before.slice(-60))) speaksBefore = 0;
    // "told POLITICO she was leaning …": the one told is involved, but the words are the teller's
    if (speaksBefore === 1 && addressedBefore(before)) speaksBefore = 0;
    const complement = english && COMPLEMENT_BEFORE.test(before.slice(-30)) && speaksBefore !== 2;
    // outside English: a name opening its clause ("Desde su arresto, Ocalan transformó", "Ocalan, el líder kurdo, desembarcó") before a lower-case word
    const opens =
      !english && m.start - sentence.start <= AROUND_NAME && OPENS_CLAUSE.test(before) && OPENS_PREDICATE.test(after);
    // "TAPPER: Donald Trump released a video …": a turn in a transcript is its speaker's
    const turn = english && m.start - sentence.start <= 2 && TURN_AFTER.test(after);
    const agency = Math.max(
      turn ? 2 : complement || possessorOnly(after) ? 0 : actsAfter(after),
      speaksBefore,
      /^[,;]?\s*(?:according to|in a statement)/i.test(after) ? 2 : 0,
      PASSIVE_AGENT_INTL.test(before.slice(-40)) || opens ? 1 : 0,
    );
    if (agency) found.push({ mention: m, agency: agency as 1 | 2, after, turn });
  }
  if (!found.length) return null;
  // "As Democrats cobbled together a bill, Schumer said …", "Speaking in Salem, New Hampshire, Trump
  // went after Bush": a name in the clause that opens the sentence is not the main clause's subject
  const main =
    english && FRONTED.test(sentence.text) && found[0].agency !== 2
      ? found.find((f) => MAIN_CLAUSE_OPENS.test(sentenceBefore(sentence, f.mention.start).slice(-12)))
      : undefined;
  let pick = main ?? found[0];
  for (const later of found.slice(found.indexOf(pick) + 1)) {
    if (later.agency !== 2) continue;
    const between = sentence.text.slice(pick.mention.end - sentence.start, later.mention.start - sentence.start);
    // "Carter’s press secretary, Peter Cook, told": the one who speaks for the body
    const possessive = /^['’]s?\s/.test(pick.after);
    if (possessive && pick.mention.entity !== later.mention.entity) pick = later;
    // "Velmora will close the yard, Okoro said", "…, said Okoro": a trailing attribution, set off by a comma
    else if (pick.agency === 1 && !NESTED_BETWEEN.test(between.replace(QUOTED_SPAN, '')) && TRAILING.test(between))
      pick = later;
    if (pick === later) break;
  }
  // "Volker and Morrison said that …": both hold it
  pick.partners = found.filter(
    (f) =>
      f !== pick &&
      f.mention.start >= pick.mention.end &&
      CONJOINED.test(sentence.text.slice(pick.mention.end - sentence.start, f.mention.start - sentence.start)),
  );
  return pick;
}

/** How far after a name its verb of stance may stand ("X on Monday formally decided"). */
const STANCE_REACH = 40;

/**
 * "Freenet-Chef Christoph Vilanek will …", "sagt Flixbus-Manager Stenger", "le directeur de X":
 * a body that never speaks itself stands where its head speaks for it, in the sentences that name
 * the body in the head's title.
 */
function speakForTheirBody(positions: Position[], stakeholders: Stakeholder[]): void {
  const has = new Set(positions.map((p) => p.holder));
  for (const body of stakeholders) {
    if (body.kind === 'person' || has.has(body.name)) continue;
    // by any of its names: "Freenet-Chef" for the Freenet Gruppe
    const names = [body.name, ...body.aliases].map(escape).join('|');
    const titled = new RegExp(
      `(?:^|[\\s(])(?:(?:${names})-\\p{Lu}|(?:von|vom|de|du|del|di|da|do)\\s+(?:${names})(?![\\p{L}-]))`,
      'u',
    );
    for (const p of positions) {
      const head = stakeholders.find((s) => s.name === p.holder);
      if (head?.kind !== 'person') continue;
      const at = p.evidence.findIndex((e) => titled.test(e));
      if (at < 0) continue;
      positions.push({
        holder: body.name,
        text: summaryLine(p.evidence[at]),
        evidence: [p.evidence[at]],
        evidencePositions: [p.evidencePositions[at]],
        side: null,
      });
      has.add(body.name);
      break;
    }
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const order = (s: Sentence) => s.paragraph * 1e6 + s.start;

function mentionsWithin(entities: EntityIndex | undefined, sentence: Sentence): Mention[] {
  if (!entities) return [];
  // the paragraph's mentions are sorted by start: find the sentence's first one, not filter them
  // all for each sentence (a paragraph of 5,000 "X said." sentences asked 25 million times)
  const all = entities.mentionsIn(sentence.paragraph);
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].start < sentence.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let k = lo; k < all.length && all[k].start < sentence.end; k++) if (all[k].end <= sentence.end) out.push(all[k]);
  return out;
}

/**
 * How far around a name its sentence is read for the verb that makes it act: the patterns of
 * predicate.ts look a few words each way. Bounded, so a sentence naming thousands of actors is
 * not read whole once per name.
 */
const AROUND_NAME = 400;
/** The sentence's text after an offset of its paragraph. */
const sentenceText = (s: Sentence, paragraphOffset: number) => {
  const from = Math.max(0, paragraphOffset - s.start);
  return s.text.slice(from, from + AROUND_NAME);
};
const sentenceBefore = (s: Sentence, paragraphOffset: number) => {
  const to = Math.max(0, paragraphOffset - s.start);
  return s.text.slice(Math.max(0, to - AROUND_NAME), to);
};

const SUMMARY_READ = 1200;

/** One line from the evidence: the clause after "said that" when there is one, else the sentence. */
export function summaryLine(sentence: string): string {
  // the line shows at most 240 characters: past a few times that, no sentence a reader would
  // call one (a pasted list, a page without full stops) needs reading for its clause
  let line = sentence.slice(0, SUMMARY_READ).replace(DATELINE, '').replace(LEADING_JOINERS, '');
  // a quotation the sentence splitter cut open ("… its own cost: “Other ports are bidding."):
  // the reporter's words before the mark, when they say enough on their own
  const open = unclosedMark(line);
  if (open > 0 && line.slice(0, open).trim().split(/\s+/).length >= 6) line = line.slice(0, open);
  // "told a crowd in West Virginia that he expects …": the one told may take several words before "that"
  const clause = TOLD_THAT.exec(line) ?? THAT_CLAUSE.exec(line);
  // the clause a speaker said, not the speaker's name after "said" ("…,” said Martin Indyk, …"),
  // nor what follows the attribution of a quotation ("…,” she said in a statement.")
  const attribution = clause && /["”]/.test(line.slice(0, clause.index));
  // after "told X" without "that", the clause opens on its subject ("told reporters the yard will …"),
  // not on the rest of the one told ("told the television program ''Inside Edition'' …")
  if (
    clause &&
    !attribution &&
    CLAUSE_START.test(clause[2]) &&
    (clause[1] ||
      (BARE_CLAUSE_VERB.test(clause[0]) && (!clause[0].startsWith('told') || SUBJECT_START.test(clause[2])))) &&
    !NOT_A_CLAUSE.test(clause[2]) &&
    clause[2].split(/\s+/).length >= 4
  )
    line = clause[2];
  line = trimEndWhere(line, charsOrSpace(',;:'));
  if (line.length > 240) {
    const cut = line.lastIndexOf(' ', 237);
    line = line.slice(0, cut > 120 ? cut : 237) + '…';
  }
  return line;
}

/** "PORT HALDEN — ", "WASHINGTON (AP) — ": the dateline that opens a story is not the actor's stance. */
const DATELINE = /^\p{Lu}[\p{Lu}\p{M} .,'’-]{1,40}(?:\s*\([^)]{1,20}\))?\s+[—–-]{1,2}\s+/u;

/** Offset of an opening double mark the line never closes, or -1. */
function unclosedMark(line: string): number {
  let open = -1;
  let opener = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (open >= 0 && (ch === '”' || ch === '»' || (ch === '“' && opener === '„'))) open = -1;
    else if (open < 0 && (ch === '“' || ch === '«' || ch === '„')) [open, opener] = [i, ch];
  }
  return open;
}

const FOR =
  /^\W*(?:\S+\s+){0,3}?(?:support(?:s|ed)?|back(?:s|ed)?|welcome[sd]?|prais(?:e|es|ed)|endorse[sd]?|favou?r(?:s|ed)?|approve[sd]?|defend(?:s|ed)?|push(?:es|ed)? for|call(?:s|ed)? for|urge[sd]?)\b/i;
const AGAINST =
  /^\W*(?:\S+\s+){0,3}?(?:oppose[sd]?|critici[sz](?:e|es|ed)|reject(?:s|ed)?|condemn(?:s|ed)?|den(?:y|ies|ied)|refuse[sd]?|decline[sd]?|block(?:s|ed)?|accuse[sd]?|slam(?:s|med)?|attack(?:s|ed)?|object(?:s|ed)? to|against|dispute[sd]?|blame[sd]?)\b/i;

/**
 * When the article sets actors for and against something, label the two camps. Only what
 * follows the actor's own name counts ("X opposes…", "Y welcomed…"), and both camps need members.
 */
function assignSides(positions: Position[], leanings: string[][]) {
  const lean = leanings.map((texts) => {
    const f = texts.filter((t) => FOR.test(t)).length;
    const a = texts.filter((t) => AGAINST.test(t)).length;
    return f > a ? 'for' : a > f ? 'against' : null;
  });
  if (!lean.includes('for') || !lean.includes('against') || lean.filter(Boolean).length < 2) return;
  positions.forEach((p, i) => {
    p.side = lean[i] === 'for' ? 'in favour' : lean[i] === 'against' ? 'against' : null;
  });
}
