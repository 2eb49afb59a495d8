// The actors an article names, with their aliases merged: the one place that knows that
// "Kaplan" is "Joel Kaplan", "EU" is "European Union" and "Meta's" is "Meta Platforms".
// Quotes resolve speakers through it; stakeholders and positions are built from it.
//
// One pass finds name spans (scan.ts), then spans are grouped by name, groups merged (surnames,
// acronyms, organization extensions, inflected forms), and each entity gets a kind (kinds.ts),
// a role (roles.ts) and counts of how it acts (predicate.ts). The outlet and its staff never
// enter (exclude.ts).
import type { Article, StakeholderKind } from '../types';
import { scanNames, wordsOf, type NameSpan } from './scan';
import { BODY_NOUNS, ROLE_NOUNS, roleAfter } from './roles';
import { actsAfter, actsBefore } from './predicate';
import { nameKey } from './key';
import { chineseTitledPeople, japaneseBodies, japanesePeople, titleActors } from './zh';
import { isSentenceOpener } from '../lang/openers';
import { nominativeScore } from './nominative';
import { romanceSpans } from './romance';
import { GERMAN_BYLINE, afterDeterminer, inBylineCredit, isBodyTitle } from './german';
import { LIMITS } from '../limits';
import { cutAtRepeat, germanSpan, splitJoined } from './span-rewrite';
import { lastWords } from './text-window';
import { roleBeforeSpan } from './span-roles';
import {
  CORPORATE,
  EXTENSIONS,
  GROUP_DRESS,
  OTHER_NAMES,
  type Raw,
  dedupeKeys,
  firstSpanOrder,
  groupKind,
  indexOfRun,
  inflectedSame,
  lastName,
  mostUsedForm,
  samePerson,
  shortForm,
} from './merge-rules';

const ROMANCE = new Set(['fr', 'es', 'pt', 'it', 'ca', 'gl', 'ro']);
import { GENERATIONAL, PARTICLES, guessKind } from './kinds';
import { CREDIT_NAME, excludedNames } from './exclude';
import {
  BODY_TAILS,
  HONORIFICS,
  MONTHS_DAYS,
  ORG_SUFFIXES,
  ORG_TAILS,
  PASSIVE_AGENT_INTL,
  PEOPLES,
  PLACES,
  STOP_WORDS,
  TITLE_WORDS,
} from './lexicon';
import { SPEECH_VERBS_ZH, SURNAMES_ZH } from '../lang/zh';

export { nameKey } from './key';
export { guessKind } from './kinds';

export interface Mention {
  entity: Entity;
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export interface Entity {
  id: number;
  /** Canonical name: the fullest form the article uses (an organization's short form when the long one only adds a suffix). */
  name: string;
  aliases: string[];
  kind: StakeholderKind;
  role: string | null;
  mentions: Mention[];
  /** Mentions where the entity acts: followed by a verb ("Meta said", "China imposed"). */
  acts: number;
  /** Mentions where the entity speaks ("Meta said", "according to Meta"). */
  speaks: number;
  /** Mentions in the article's title. */
  inTitle: boolean;
  /** Mentions that are a common noun standing for the entity ("the company"). */
  references: number;
  /** Mentions written with a possessive ("Meta's"). */
  possessives: number;
  /** Mentions that do not open a sentence. */
  midSentence: number;
  /** Mentions right after a capitalised "The" mid-sentence ("The Dragon Waiting"): a title, a thing. */
  afterThe: number;
  /** Mentions followed by a noun that makes the name a body ("Likud party"). */
  bodyNoun: number;
  /** Mentions after a lower-case "the" ("the Polaris", "the Sensex"): companies seldom take one. */
  afterTheLower: number;
  /** Mentions after "in", "at", "from": a location. */
  locative: number;
  /** Which kind of place: a country or city that can act, or a feature ("Bering Sea") that cannot. */
  placeType?: 'polity' | 'feature';
}

export interface EntityIndex {
  entities: Entity[];
  /** True when the page named more than LIMITS.nameSpans names and the rest were not read. */
  capped?: boolean;
  /** The entity a name or partial name used in the article refers to ("Kaplan", "Meta's", "EU"). */
  resolve(name: string): Entity | null;
  /** Mentions in one paragraph, sorted by start offset. */
  mentionsIn(paragraph: number): Mention[];
  /** The last mention of an entity of one of `kinds` before (paragraph, offset), looking back through paragraphs. */
  lastOfKind(paragraph: number, offset: number, kinds: StakeholderKind | StakeholderKind[]): Mention | null;
  /** Whether a name is the outlet, its staff, a photo credit, or a word the article also writes in lower case. */
  isExcluded(name: string): boolean;
  /** Whether the article writes this word in lower case somewhere ("workers", "fire"): a capitalised one is then no name. */
  isCommonWord(word: string): boolean;
}

// ---------------------------------------------------------------------------------------------

const SLAVIC_OR_INFLECTED = new Set([
  'cs',
  'sk',
  'pl',
  'ru',
  'uk',
  'be',
  'bg',
  'sr',
  'hr',
  'sl',
  'lt',
  'lv',
  'fi',
  'et',
  'hu',
]);
/** Common nouns that stand for the last organization named ("the company said"). */
const ORG_REFERENCE =
  /\b[Tt]he (?:company|firm|group|agency|ministry|department|organization|organisation|bank|retailer|chain|startup|carmaker|automaker|network|party|commission|committee|court|court's|government|administration|club|team|union|label|cooperative|co-op|chamber|authority|council|board|association|coalition|foundation)\b/g;
/** Reference nouns that only stand for a body whose name holds them ("the cooperative" → "… Fishermen’s Cooperative"). */
const NAMED_REFERENCE = /^(?:cooperative|co-op|chamber|authority|council|board|association|coalition|foundation)$/;
const OPPOSITION =
  /\b(?:[Tt]he opposition|[Oo]pposition (?:lawmakers|parties|party members|bloc|MPs|members|groups|legislators|leaders))\b/g;
const ADMINISTRATION = /^\s+(?:[Aa]dministration|[Gg]overnment|[Cc]ampaign)\b/;
/** Lower-case nouns after a name that make it a body ("the Likud party", "the Energy Control group"). */
const BODY_AFTER =
  /^\s(?:party|group|company|firm|agency|organization|organisation|movement|network|brand|union|bank|website|site|magazine|newspaper|app|platform|tribe|club|team|government|ministry|department|commission|council|police|officials|authorities|lawmakers|spokes(?:person|man|woman)|executives|leaders|forces|army|military|prosecutors)\b/;
/** After a possessive: what only a company has ("Tribune's former chairman", "Velmora's largest shareholder"). */
const CORPORATE_AFTER =
  /^['’]s?\s+(?:(?:former|largest|biggest|new|top|then|majority|minority)\s+)*(?:chairman|chairwoman|board|shareholders?|stockholders?|subsidiar(?:y|ies)|headquarters|stock|share price|workforce)\b/;
/** "X, formerly Y", "X (née Y)", "X, now known as Y": two names of one actor. */
const RENAMED =
  /(\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,3}),? \(?(?:formerly|previously|née|nee|now known as)(?: known as| called| named)? (\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,3})/gu;
const HEADLINE_MAX_WORDS = 16;
/** The words before a body that made a poll, a study or a report: "a survey by", "a report from the". */
const FINDINGS_BY =
  /\b(?:poll|polls|survey|surveys|study|studies|report|analysis|research|findings|data|estimates?|projections?|forecasts?)\s+(?:by|from|(?:conducted|released|published|commissioned) by)\s+(?:the\s+)?$/i;
/** Chinese family names and verbs of speech (lib/lang/zh.ts): a speaker is the name before the verb. */
const SURNAMES = SURNAMES_ZH;
const HAN_VERBS = SPEECH_VERBS_ZH.join('|');
const HAN_SPEAKER = new RegExp(`([\\u4e00-\\u9fff]{2,3}?)(?=(?:也|还|则|就|曾|都|又|更|一直)?(?:${HAN_VERBS}))`, 'g');
const HAN_VERB = new RegExp(`^(?:也|还|则|就|曾|都|又|更|一直)?(?:${HAN_VERBS})`);

/** Public bodies, never "the company": "the company said" after "the EU" is not the EU. */
const PUBLIC_BODY =
  /\b(?:Union|Commission|Council|Committee|Ministry|Department|Agency|Party|Court|Parliament|Congress|Senate|Assembly|Government|Administration|Police|Nations|House|Office|EU|UN|NATO)\b|^(?:EU|UN|U\.N\.|NATO|US|U\.S\.|UK)$/;
const HONORIFIC_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Sir|Dame)\.?\s$/;
/** A role whose head noun is a person's job ("a Syracuse University economist"), not a body ("the beauty company"). */
function personalRole(role: string): boolean {
  const head = role
    .split(/\s+(?:of|at|for|in|with|from|on)\s+/)[0]
    .split(/\s+/)
    .pop()!
    .toLowerCase()
    .replace(/['’]s$/, '');
  return (ROLE_NOUNS.has(head) || TITLE_WORDS.has(head)) && !BODY_NOUNS.has(head);
}

/** The endings of peoples' adjectives ("American", "Chinese", "Kenyan", "Scottish"). */
const PEOPLE_ADJECTIVE = /(?:ian|ean|can|ese|ish)$/;

/** "in Tarn", "from Osla": where something happens, not who does it. */
const LOCATIVE_BEFORE = /\b(?:in|at|on|from|near|across|outside|inside|to|into|around|throughout)\s$/;
/** The same in other languages: "à Katmandou", "en Chile", "em Brasília", "v Praze", "в Москве". */
const LOCATIVE_BEFORE_INTL = /(?:^|[\s(])(?:à|au|aux|dans|en|em|no|na|nos|nas|v|ve|в|во|desde)\s$/;

/** An entity found by a rule of its own (not the name scanner), with no counts yet. */
function blankEntity(id: number, name: string, kind: StakeholderKind, extra: Partial<Entity> = {}): Entity {
  return {
    id,
    name,
    aliases: [],
    kind,
    role: null,
    mentions: [],
    acts: 0,
    speaks: 0,
    inTitle: false,
    references: 0,
    possessives: 0,
    midSentence: 0,
    afterThe: 0,
    bodyNoun: 0,
    afterTheLower: 0,
    locative: 0,
    ...extra,
  };
}

const guessedKind = (r: Raw): StakeholderKind => (r.guessed ??= guessKind(r.words, r.key));

export function buildEntityIndex(article: Article): EntityIndex {
  const paragraphs = article.paragraphs;
  const lang = (article.lang ?? 'en').toLowerCase().slice(0, 2);
  const english = lang === 'en';

  // Words the article writes in lower case: a capitalised one opening a sentence is a common word.
  const lowerWords = new Set<string>();
  const headline: boolean[] = [];
  const wordsByParagraph = paragraphs.map((p) => wordsOf(p));
  for (const ws of wordsByParagraph) {
    let caps = 0,
      counted = 0;
    for (const w of ws) {
      if (!w.cap) lowerWords.add(w.lower);
      if (w.text.length >= 4 || w.cap) {
        counted++;
        if (w.cap) caps++;
      }
    }
    headline.push(ws.length <= HEADLINE_MAX_WORDS && counted >= 3 && caps / counted >= 0.6);
  }
  paragraphs.forEach((p, i) => {
    // a paragraph ending like a sentence is no headline, whatever the closing mark (German „…“ closes with “)
    if (/[.!?…"”»“’]\s*$/.test(p)) headline[i] = false;
  });
  const isCommon = (lower: string) =>
    lowerWords.has(lower) || STOP_WORDS.has(lower) || MONTHS_DAYS.has(lower) || isSentenceOpener(lang, lower);

  // Who must never be listed: the outlet and its staff.
  const excluded = excludedNames(article);

  // 1. spans, grouped by key
  const raws: Raw[] = [];
  const byKey = new Map<string, Raw>();
  const headlineSpans: NameSpan[] = [];
  const acting = new Map<NameSpan, number>();
  const acronymOf = new Map<string, string>(); // acronym key -> full key
  const rawOf = (key: string, words: string[]): Raw => {
    let r = byKey.get(key);
    if (!r) {
      r = {
        id: raws.length,
        key,
        words,
        forms: new Map(),
        spans: [],
        roles: [],
        acts: 0,
        possessive: 0,
        midSentence: 0,
        titleWords: false,
        theBefore: 0,
        theLower: 0,
        body: 0,
        locative: 0,
      };
      raws.push(r);
      byKey.set(key, r);
    }
    return r;
  };
  // a sentence-initial word dropped as common is kept when the longer name is used mid-sentence ("New Zealand")
  const romance = ROMANCE.has(lang);
  // a page naming thousands of actors is a list, not a story: past LIMITS.namesPerParagraph in
  // a paragraph and LIMITS.nameSpans in the page the names are not read (every later step grows
  // with them), and the digest says so
  let capped = false;
  const scanned = paragraphs.map((text, paragraph) => {
    const spans = scanNames(text, paragraph, isCommon, wordsByParagraph[paragraph], LIMITS.namesPerParagraph);
    if (spans.length >= LIMITS.namesPerParagraph) capped = true;
    return romance ? romanceSpans(text, paragraph, spans) : spans;
  });
  let budget: number = LIMITS.nameSpans;
  for (let p = 0; p < scanned.length; p++) {
    if (scanned[p].length > budget) {
      scanned[p] = scanned[p].slice(0, budget);
      capped = true;
    }
    budget -= scanned[p].length;
  }
  const midKeys = new Set<string>();
  const keyCount = new Map<string, number>();
  for (const spans of scanned)
    for (const sp of spans) {
      const key = nameKey(sp.words.join(' '));
      keyCount.set(key, (keyCount.get(key) ?? 0) + 1);
      if (!sp.sentenceStart && !sp.trimmedStart) midKeys.add(key);
    }
  for (const spans of scanned)
    spans.forEach((sp, i) => {
      if (sp.untrimmed && midKeys.has(nameKey(sp.untrimmed.words.join(' '))))
        spans[i] = { ...sp, ...sp.untrimmed, sentenceStart: true, trimmedStart: false, untrimmed: undefined };
    });
  // two names run together, each used on its own elsewhere: "Gannett and GateHouse Media",
  // "the European Union Gordon Sondland", "Russia of Crimea", "Hosting Cook"
  for (let p = 0; p < scanned.length; p++)
    scanned[p] = scanned[p].flatMap((sp) => splitJoined(cutAtRepeat(sp), midKeys, keyCount));
  // German capitalises every noun: descriptors come off a name ("Mobilfunkanbieter Freenet") and stay as its title, "Sie" is no one
  if (lang === 'de') for (let p = 0; p < scanned.length; p++) scanned[p] = scanned[p].flatMap((sp) => germanSpan(sp));
  paragraphs.forEach((text, paragraph) => {
    for (let span of scanned[paragraph]) {
      // "Trump administration" is the government, not the man
      const adm = ADMINISTRATION.exec(text.slice(span.end));
      if (adm && !span.possessive && !/(?:an|ese|ish|i)$/.test(span.text)) {
        const end = span.end + adm[0].length;
        span = {
          ...span,
          end,
          text: text.slice(span.start, end),
          words: [...span.words, adm[0].trim().toLowerCase()],
          title: null,
        };
      }
      const key = nameKey(span.words.join(' '));
      if (!key || key.length < 2 || excluded(span.text, key) || CREDIT_NAME.test(span.text)) continue;
      if (lang === 'de' && (GERMAN_BYLINE.test(text.trim()) || inBylineCredit(text, span.start, span.end))) continue;
      if (headline[paragraph]) {
        headlineSpans.push(span);
        continue;
      }
      // skip the title of a work written in quotation marks ("Wild Rose")
      const before = text[span.start - 1] ?? '';
      const after = text.slice(span.end, span.end + 2);
      if (/[“"‘«]/.test(before) && /^[,.]?[”"’»]/.test(after)) continue;
      const r = rawOf(key, span.words);
      r.spans.push(span);
      r.forms.set(span.text, (r.forms.get(span.text) ?? 0) + 1);
      // a name right after a closed quotation is its speaker: as good as mid-sentence
      if (!span.sentenceStart || /[,.!?…]["”’]\s+$/.test(text.slice(Math.max(0, span.start - 4), span.start)))
        r.midSentence++;
      // "Fisherman’s Terminal", "Sam’s Club": a possessive inside a name is no possessive
      if (span.possessive && !/^['’]s?\s+\p{Lu}/u.test(text.slice(span.end, span.end + 5))) r.possessive++;
      // (a German body's descriptor, "Verlag Nordlicht Medien", makes no one a person)
      if (
        (span.title && !(lang === 'de' && isBodyTitle(span.title))) ||
        HONORIFIC_BEFORE.test(text.slice(Math.max(0, span.start - 6), span.start))
      )
        r.titleWords = true;
      if (
        LOCATIVE_BEFORE.test(text.slice(Math.max(0, span.start - 8), span.start)) ||
        (!english && LOCATIVE_BEFORE_INTL.test(text.slice(Math.max(0, span.start - 8), span.start)))
      )
        r.locative++;
      if (span.theBefore) r.theBefore++;
      else if (span.start >= 4 && text.slice(span.start - 4, span.start) === 'the ') r.theLower++;
      else if (lang === 'de' && afterDeterminer(text.slice(Math.max(0, span.start - 12), span.start))) r.theLower++;
      const tail = text.slice(span.end, span.end + 400);
      if (BODY_AFTER.test(tail)) r.body++;
      if (span.possessive && CORPORATE_AFTER.test(tail)) r.corporate = (r.corporate ?? 0) + 1;
      // a name seen to act and speak a few times is settled: later mentions need no look-ahead
      const agency =
        r.acts >= 3 && r.spoke
          ? 0
          : Math.max(
              actsAfter(tail),
              actsBefore(lastWords(text, span.start, 7)),
              !english && PASSIVE_AGENT_INTL.test(text.slice(Math.max(0, span.start - 40), span.start)) ? 1 : 0,
              // "a new poll by the Harvard University Institute of Politics": the body speaks through its findings
              // (not "a study by William Seltzer of Fordham University": a scholar, whose body follows)
              english &&
                FINDINGS_BY.test(text.slice(Math.max(0, span.start - 40), span.start)) &&
                !/^\s+of\s/.test(tail)
                ? 2
                : 0,
            );
      if (agency) {
        r.acts++;
        if (agency === 2) r.spoke = true;
        acting.set(span, agency);
      }
      // the first role the article gives is the one kept
      if (!r.roles.length && r.spans.length <= 3) {
        // a title before a body's name is someone else's ("deputy White House press secretary")
        r.personish ??=
          guessedKind(r) === 'person' || (r.words.length === 1 && !/^\p{Lu}[\p{Lu}\p{N}&.]+$/u.test(r.words[0]));
        const personish = r.personish;
        const role =
          roleAfter(
            text,
            span.possessive ? span.end + 2 : span.end,
            r.words.length > 1 && guessKind(r.words, r.key) === 'person',
          ) ?? (personish ? roleBeforeSpan(text, span) : null);
        if (role) r.roles.push(role);
      }
      // "European Union (EU)"
      const acr = /^\s*\((\p{Lu}[\p{Lu}\p{N}&.]{1,9})\)/u.exec(text.slice(span.end));
      if (acr && span.words.length > 1 && acr[1][0] === span.words[0][0]) acronymOf.set(nameKey(acr[1]), key);
    }
  });

  // 2. merge groups
  const parent = raws.map((r) => r.id);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (keep: number, drop: number) => {
    const a = find(keep),
      b = find(drop);
    if (a !== b) parent[b] = a;
  };
  const kindOf = (r: Raw) => {
    const k = guessedKind(r);
    // "Tribune's former chairman": a company, whatever its appositive says ("the former owner of …")
    if (r.words.length === 1 && r.corporate && !r.titleWords) return 'organization';
    // "Chairman Schiff", "Mr. Pence", "Lovely, a Syracuse University economist": a lone surname
    if (
      k === 'organization' &&
      r.words.length === 1 &&
      !/^\p{Lu}[\p{Lu}\p{N}&.]+$/u.test(r.words[0]) &&
      (r.titleWords || (r.roles[0] && personalRole(r.roles[0])))
    )
      return 'person';
    // "The Dragon Waiting": a person's name does not take a capitalised article
    return k === 'person' && (r.theBefore + r.theLower) * 2 >= r.spans.length ? 'organization' : k;
  };
  const kinds = raws.map(kindOf);
  const contents = raws.map((r) =>
    r.words.filter((w) => !PARTICLES.has(w.toLowerCase()) && !GENERATIONAL.test(w)).map((w) => nameKey(w)),
  );
  const content = (r: Raw) => contents[r.id];
  // which names hold a word: merging only ever compares names that share one
  const holding = new Map<string, Raw[]>();
  for (const r of raws) for (const w of new Set(contents[r.id])) pushTo(holding, w, r);

  // acronyms, declared or by initials
  const initials = new Map<string, Raw[]>();
  for (const r of raws) {
    const ws = r.words.filter((w) => !PARTICLES.has(w.toLowerCase()) && /^\p{Lu}/u.test(w));
    if (ws.length < 2) continue;
    const ini = ws.map((w) => w[0].toLowerCase()).join('');
    pushTo(initials, ini, r);
  }
  for (const r of raws) {
    if (r.words.length !== 1 || !/^\p{Lu}[\p{Lu}\p{N}&.]+$/u.test(r.words[0])) continue;
    const declared = acronymOf.get(r.key);
    const full = declared
      ? byKey.get(declared)
      : initials.get(r.key.replace(/\./g, ''))?.length === 1
        ? initials.get(r.key.replace(/\./g, ''))![0]
        : undefined;
    if (full) {
      union(full.id, r.id);
      kinds[r.id] = kinds[full.id];
    }
  }
  for (const [acr, full] of acronymOf) if (!byKey.has(acr) && byKey.has(full)) byKey.set(acr, byKey.get(full)!);

  // a body's other name, when the article uses both: "the Fed" and the Federal Reserve
  for (const r of raws) {
    const body = OTHER_NAMES.get(r.key);
    if (!body) continue;
    for (const b of raws)
      if (b !== r && body.test(b.key)) {
        union(b.id, r.id);
        kinds[r.id] = kinds[b.id];
      }
  }

  // a name change the article states: "Ellen Gille, formerly Ellen Fetter", "Velmora (formerly Tarn Lines)"
  paragraphs.forEach((text) => {
    if (!/\b(?:formerly|previously|née|nee|now known as)\b/.test(text)) return;
    for (const m of text.matchAll(RENAMED)) {
      const [a, b] = [byKey.get(nameKey(m[1])), byKey.get(nameKey(m[2]))];
      if (a && b && a !== b && kinds[a.id] === kinds[b.id]) union(a.id, b.id);
    }
  });

  // people: a shorter form of a person's name is that person; shared surnames are decided per mention
  const persons = raws.filter((r, i) => kinds[i] === 'person' && content(r).length >= 2);
  const ambiguous = new Map<number, Raw[]>();
  const sameWord = english ? (a: string, b: string) => a === b : inflectedSame(SLAVIC_OR_INFLECTED.has(lang));
  for (const r of raws) {
    const mine = content(r);
    if (
      !mine.length ||
      kinds[r.id] === 'place' ||
      kinds[r.id] === 'group' ||
      /^\p{Lu}[\p{Lu}\p{N}&.]+$/u.test(r.words.join(''))
    )
      continue;
    if (kinds[r.id] !== 'person' && mine.length > 1) continue;
    const near = english ? (holding.get(mine[0]) ?? []) : persons;
    const fits = near.filter(
      (p) =>
        p !== r &&
        kinds[p.id] === 'person' &&
        content(p).length >= 2 &&
        content(p).length > mine.length &&
        mine.every((w) => content(p).some((pw) => sameWord(w, pw))),
    );
    if (!fits.length) continue;
    // the surname (last word) is the strongest tie: prefer people whose last word it is
    const pool = fits;
    const roots = [...new Set(pool.map((p) => find(p.id)))];
    if (roots.length === 1) {
      union(pool.sort((a, b) => b.words.length - a.words.length)[0].id, r.id);
      kinds[r.id] = 'person';
    } else ambiguous.set(r.id, pool);
  }
  // inflected single names (ru "Полины" = "Полина") and full names (cs "Davida Moyese" = "David Moyes")
  if (!english) {
    const singles = raws.filter(
      (r) =>
        content(r).length === 1 &&
        kinds[r.id] !== 'place' &&
        !/^\p{Lu}[\p{Lu}\p{N}&.]+$/u.test(r.words[0]) &&
        !ambiguous.has(r.id),
    );
    const byStem = new Map<string, Raw[]>();
    for (const r of singles) if (content(r)[0].length >= 5) pushTo(byStem, content(r)[0].slice(0, 4), r);
    for (const group of byStem.values()) {
      for (const r of group)
        for (const p of group)
          if (p.id < r.id && find(p.id) !== find(r.id) && sameWord(content(p)[0], content(r)[0])) {
            const [keep, drop] = p.spans.length >= r.spans.length ? [p, r] : [r, p];
            union(keep.id, drop.id);
          }
    }
    for (const r of persons)
      for (const p of persons)
        if (
          p.id < r.id &&
          find(p.id) !== find(r.id) &&
          content(p).length === content(r).length &&
          content(p).every((w, i) => sameWord(w, content(r)[i]))
        )
          union(p.spans.length >= r.spans.length ? p.id : r.id, p.spans.length >= r.spans.length ? r.id : p.id);
  }
  // organizations: "Meta" is "Meta Platforms", "Disney" is "Walt Disney Co.", "GateHouse" is "GateHouse Media"
  for (const r of raws) {
    if (kinds[r.id] === 'place' || ambiguous.has(r.id)) continue;
    // a person-like pair may still be the tail of a body ("Homeland Security")
    const personLike = kinds[r.id] === 'person';
    const mine = content(r);
    if (!mine.length || mine.every((w) => ORG_SUFFIXES.has(w))) continue;
    // "American" is not the American Farm Bureau: a people's adjective alone names no body
    if (mine.length === 1 && (PEOPLES.has(mine[0]) || PEOPLE_ADJECTIVE.test(mine[0]))) continue;
    for (const b of holding.get(mine[0]) ?? []) {
      if (b === r || kinds[b.id] === 'person' || kinds[b.id] === 'place') continue;
      const theirs = content(b);
      if (theirs.length <= mine.length) continue;
      const at = indexOfRun(theirs, mine);
      if (at < 0) continue;
      const extra = [...theirs.slice(0, at), ...theirs.slice(at + mine.length)];
      // "Pew" is "Pew Research", "Big Machine" is "Big Machine Records"
      const suffixOnly =
        at === 0 &&
        extra.every(
          (w) =>
            ORG_SUFFIXES.has(w) || EXTENSIONS.has(w) || ORG_TAILS.has(w) || BODY_TAILS.has(w) || GROUP_DRESS.has(w),
        );
      const inOrg =
        ORG_SUFFIXES.has(theirs[theirs.length - 1]) &&
        mine.length === 1 &&
        mine[0].length >= 4 &&
        extra.length <= 2 &&
        !PLACES.has(mine[0]);
      const ofPart =
        at > 0 &&
        b.words.map((w) => w.toLowerCase()).includes('of') &&
        at + mine.length === theirs.length &&
        mine.length >= 2;
      // "Freenet" and "Freenet Gruppe": a one-word name that only lacks a company's dress is that company
      // ("Big Machine" and "Big Machine Records": a label, though its two words look like a name)
      const dressed =
        (mine.length === 1 || EXTENSIONS.has(theirs[theirs.length - 1])) &&
        at === 0 &&
        extra.length > 0 &&
        extra.every((w) => CORPORATE.has(w) || GROUP_DRESS.has(w) || EXTENSIONS.has(w));
      if (personLike ? ofPart || dressed : suffixOnly || inOrg || ofPart || dressed) {
        union(b.id, r.id);
        kinds[r.id] = kinds[b.id];
      }
    }
  }

  // one person under a short first name or another spelling: "Josh Apte" is "Joshua Apte",
  // "Pat Carlineo" is "Patrick W. Carlineo", "Zelenskyy" is "Zelensky"
  const people = raws.filter((r) => kinds[r.id] === 'person' && content(r).length >= 1);
  const byLast = new Map<string, Raw[]>();
  for (const r of people) pushTo(byLast, lastName(content(r)), r);
  for (const r of people) {
    const mine = content(r);
    const last = mine[mine.length - 1];
    // another spelling of the surname, or the same surname
    const near = [...(byLast.get(last) ?? []), ...(last.length >= 6 ? (byLast.get(last.slice(0, -1)) ?? []) : [])];
    for (const p of near) {
      if (p === r || find(p.id) === find(r.id)) continue;
      if (!samePerson(mine, content(p))) continue;
      const [keep, drop] = content(p).length > mine.length || p.spans.length > r.spans.length ? [p, r] : [r, p];
      union(keep.id, drop.id);
    }
  }
  // a lone surname spelt the other way, which alone looks like a company's name ("Oleksenkoo")
  for (const r of raws) {
    const mine = content(r);
    if (mine.length !== 1 || kinds[r.id] !== 'organization' || /^\p{Lu}[\p{Lu}\p{N}&.]+$/u.test(r.words[0])) continue;
    const spelt = (byLast.get(lastName(mine)) ?? []).filter(
      (p) =>
        content(p).length >= 2 &&
        lastName(content(p)) === lastName(mine) &&
        content(p)[content(p).length - 1] !== mine[0],
    );
    const roots = new Set(spelt.map((p) => find(p.id)));
    if (roots.size === 1) {
      union(spelt[0].id, r.id);
      kinds[r.id] = 'person';
    }
  }

  // the same words in another order: "Homeland Security Department" is "Department of Homeland Security"
  const byWordSet = new Map<string, Raw>();
  for (const r of raws) {
    if (kinds[r.id] !== 'organization' && kinds[r.id] !== 'government') continue;
    const ws = content(r);
    if (ws.length < 2) continue;
    const setKey = [...ws].sort().join(' ');
    const other = byWordSet.get(setKey);
    if (other) union(other.id, r.id);
    else byWordSet.set(setKey, r);
  }

  // 3. entities from groups
  const groups = new Map<number, Raw[]>();
  const memberCount = new Map<number, number>();
  for (const r of raws) memberCount.set(find(r.id), (memberCount.get(find(r.id)) ?? 0) + 1);
  for (const r of raws) {
    if (ambiguous.has(r.id) && find(r.id) === r.id && memberCount.get(r.id) === 1) continue;
    const root = find(r.id);
    pushTo(groups, root, r);
  }
  const entities: Entity[] = [];
  const entityOfRaw = new Map<number, Entity>();
  for (const members of groups.values()) {
    const spansTotal = members.reduce((n, r) => n + r.spans.length, 0);
    if (!spansTotal) continue;
    // canonical: the fullest form, ties broken by use
    // in inflecting languages the full form whose surname the article also uses alone most is
    // the likeliest nominative ("David Moyes" beside "Moyes", not "Davida Moyese")
    const alone = (r: Raw) => {
      const n =
        english || content(r).length < 2 ? 0 : (byKey.get(content(r)[content(r).length - 1])?.spans.length ?? 0);
      return n >= 2 ? n : 0;
    };
    // and the form the others add their case endings to ("Kieran Wells", not "Kierana Wellse")
    const forms = english ? [] : members.map((r) => r.words);
    const nominative = (r: Raw) => (english ? 0 : nominativeScore(r.words, forms));
    const canonicalRaw = [...members].sort(
      (a, b) =>
        content(b).length - content(a).length ||
        alone(b) - alone(a) ||
        nominative(b) - nominative(a) ||
        b.spans.length - a.spans.length ||
        firstSpanOrder(a) - firstSpanOrder(b),
    )[0];
    const kind = content(canonicalRaw).length > 1 ? kinds[canonicalRaw.id] : groupKind(members, kinds);
    const name = mostUsedForm(
      kind === 'organization' ? shortForm(canonicalRaw, members, content, kinds) : canonicalRaw,
    );
    const aliasSet = new Set<string>();
    for (const r of members)
      for (const f of r.forms.keys()) if (nameKey(f) !== nameKey(name)) aliasSet.add(f.replace(/['’]s$/, '')); // soft hyphens kept: a name shown is a span of the article
    const roles = members.flatMap((r) => r.roles);
    const entity: Entity = {
      id: entities.length,
      name,
      aliases: dedupeKeys([...aliasSet], name),
      kind,
      role: roles[0] ?? null,
      mentions: [],
      acts: 0,
      speaks: 0,
      inTitle: false,
      references: 0,
      possessives: members.reduce((n, r) => n + r.possessive, 0),
      midSentence: members.reduce((n, r) => n + r.midSentence, 0),
      afterThe: members.reduce((n, r) => n + r.theBefore, 0),
      bodyNoun: members.reduce((n, r) => n + r.body, 0),
      afterTheLower: members.reduce((n, r) => n + r.theLower, 0),
      locative: members.reduce((n, r) => n + r.locative, 0),
    };
    entities.push(entity);
    for (const r of members) entityOfRaw.set(r.id, entity);
  }

  // 4. mentions, in document order; an ambiguous surname goes to the person last named
  const perParagraph: Mention[][] = paragraphs.map(() => []);
  const lastSeen = new Map<Entity, number>();
  const allSpans: { span: NameSpan; raw: Raw }[] = [];
  for (const r of raws) for (const s of r.spans) allSpans.push({ span: s, raw: r });
  allSpans.sort((a, b) => a.span.paragraph - b.span.paragraph || a.span.start - b.span.start);
  let order = 0;
  for (const { span, raw } of allSpans) {
    order++;
    let entity = entityOfRaw.get(raw.id);
    const pool = ambiguous.get(raw.id);
    if (pool) {
      const candidates = pool.map((p) => entityOfRaw.get(p.id)).filter((e): e is Entity => !!e);
      let bestOrder = -1;
      entity = undefined;
      for (const c of candidates) {
        const seen = lastSeen.get(c) ?? -1;
        if (seen > bestOrder) [entity, bestOrder] = [c, seen];
      }
      if (!entity) {
        const first = pool.reduce((a, b) => (firstSpanOrder(a) <= firstSpanOrder(b) ? a : b));
        entity = entityOfRaw.get(first.id);
      }
    }
    if (!entity) continue;
    lastSeen.set(entity, order);
    const agency = acting.get(span);
    if (agency) entity.acts++;
    if (agency === 2) entity.speaks++;
    const mention: Mention = { entity, paragraph: span.paragraph, start: span.start, end: span.end, text: span.text };
    entity.mentions.push(mention);
    perParagraph[span.paragraph].push(mention);
  }
  for (const list of perParagraph) list.sort((a, b) => a.start - b.start);

  // lookup by every form
  const lookup = new Map<string, Entity>();
  for (const [id, e] of entityOfRaw) lookup.set(raws[id].key, e);
  for (const e of entities)
    for (const n of [e.name, ...e.aliases]) if (!lookup.has(nameKey(n))) lookup.set(nameKey(n), e);
  for (const [acr, full] of acronymOf) {
    const e = lookup.get(full);
    if (e && !lookup.has(acr)) lookup.set(acr, e);
  }
  for (const [rid, pool] of ambiguous) {
    // an ambiguous short form resolves to the most mentioned of its people
    const best = pool
      .map((p) => entityOfRaw.get(p.id))
      .filter((e): e is Entity => !!e)
      .sort((a, b) => b.mentions.length - a.mentions.length)[0];
    if (best && !lookup.has(raws[rid].key)) lookup.set(raws[rid].key, best);
  }

  // the words of each entity's key, split once: a name the lookup misses is checked against every entity
  const keyWords = new Map<string, string[]>();
  const keyWordsOf = (name: string) => {
    let ws = keyWords.get(name);
    if (!ws) keyWords.set(name, (ws = nameKey(name).split(' ')));
    return ws;
  };
  const resolve = (name: string): Entity | null => {
    let key = nameKey(name);
    if (!key) return null;
    const hit = lookup.get(key);
    if (hit) return hit;
    // drop honorifics and titles in front ("Mr. Kaplan", "President Yoon")
    const ws = key.split(' ');
    while (ws.length > 1 && (HONORIFICS.has(ws[0]) || TITLE_WORDS.has(ws[0]) || ws[0] === 'the')) ws.shift();
    key = ws.join(' ');
    const again = lookup.get(key);
    if (again) return again;
    // "He Jianxiong" opening a sentence is read as "Jianxiong" ("He" is a common word there): the person
    if (ws.length === 2 && isCommon(ws[0])) {
      const tail = lookup.get(ws[1]);
      if (tail?.kind === 'person') return tail;
    }
    // all words of the name within one entity's name
    const found = entities.filter((e) => {
      const ek = keyWordsOf(e.name);
      return ws.every((w) => ek.includes(w));
    });
    return found.length === 1 ? found[0] : null;
  };

  // 5. headline mentions of known names, "the company", "the opposition", title
  for (const span of headlineSpans) {
    const e = resolve(span.text);
    if (!e) continue;
    const mention: Mention = {
      entity: e,
      paragraph: span.paragraph,
      start: span.start,
      end: span.end,
      text: span.text,
    };
    e.mentions.push(mention);
    perParagraph[span.paragraph].push(mention);
  }
  const lastOfKind = (
    paragraph: number,
    offset: number,
    kindsWanted: StakeholderKind | StakeholderKind[],
    plausible?: (e: Entity) => boolean,
  ): Mention | null => {
    const want = Array.isArray(kindsWanted) ? kindsWanted : [kindsWanted];
    for (let p = Math.min(paragraph, perParagraph.length - 1); p >= 0; p--) {
      const list = perParagraph[p];
      for (let i = list.length - 1; i >= 0; i--) {
        const m = list[i];
        if (p === paragraph && m.start >= offset) continue;
        if (want.includes(m.entity.kind) && (!plausible || plausible(m.entity))) return m;
      }
    }
    return null;
  };
  // "the company" stands for a real body: several words, an acronym, or a word used as a name
  const namedBody = (e: Entity) => {
    const key = nameKey(e.name);
    if (e.locative * 2 >= e.mentions.length && !ORG_SUFFIXES.has(key.split(' ').pop()!)) return false;
    return key.includes(' ') || /^\p{Lu}[\p{Lu}\p{N}&.]+$/u.test(e.name) || (e.midSentence > 0 && !isCommon(key));
  };
  // "the administration": the last entity whose name ends so ("Trump administration")
  const lastNamed = (paragraph: number, offset: number, word: string, anywhere = false): Entity | null => {
    for (let p = Math.min(paragraph, perParagraph.length - 1); p >= 0; p--) {
      const list = perParagraph[p];
      for (let i = list.length - 1; i >= 0; i--) {
        const m = list[i];
        if (p === paragraph && m.start >= offset) continue;
        const key = nameKey(m.entity.name);
        if (key.endsWith(' ' + word) || (anywhere && key.includes(' ' + word + ' ') && m.entity.kind !== 'person'))
          return m.entity;
      }
    }
    return null;
  };
  if (english) {
    let opposition: Entity | null = null;
    paragraphs.forEach((text, paragraph) => {
      for (const m of text.matchAll(ORG_REFERENCE)) {
        const word = m[0].slice(4).replace(/['’]s$/, '');
        const want: StakeholderKind[] = /government|administration|ministry|department|agency|commission|court/.test(
          word,
        )
          ? ['government', 'organization']
          : ['organization'];
        const byName = NAMED_REFERENCE.test(word);
        const named =
          word === 'administration' || word === 'government' || byName
            ? lastNamed(paragraph, m.index!, word, byName)
            : null;
        if (byName && !named) continue;
        const business = /company|firm|bank|retailer|chain|startup|carmaker|automaker|network|label/.test(word);
        const prev =
          named ??
          lastOfKind(paragraph, m.index!, want, business ? (e) => namedBody(e) && !PUBLIC_BODY.test(e.name) : namedBody)
            ?.entity;
        if (!prev || prev.kind === 'person') continue;
        const mention: Mention = { entity: prev, paragraph, start: m.index!, end: m.index! + m[0].length, text: m[0] };
        prev.mentions.push(mention);
        prev.references++;
        const agency = actsAfter(text.slice(mention.end, mention.end + 400));
        if (agency) prev.acts++;
        if (agency === 2) prev.speaks++;
        perParagraph[paragraph].push(mention);
      }
      for (const m of text.matchAll(OPPOSITION)) {
        if (!opposition) {
          opposition = blankEntity(entities.length, 'the opposition', 'group');
          entities.push(opposition);
        }
        const mention: Mention = {
          entity: opposition,
          paragraph,
          start: m.index!,
          end: m.index! + m[0].length,
          text: m[0],
        };
        opposition.mentions.push(mention);
        opposition.midSentence++;
        if (actsAfter(text.slice(mention.end, mention.end + 400))) opposition.acts++;
        perParagraph[paragraph].push(mention);
        if (m[0] !== 'the opposition' && m[0] !== 'The opposition' && !opposition.aliases.includes(m[0].toLowerCase()))
          opposition.aliases.push(m[0].toLowerCase());
      }
      perParagraph[paragraph].sort((a, b) => a.start - b.start);
    });
  }
  // Chinese names are not capitalised: a common surname and one or two characters before a verb of speech
  const sample = paragraphs.join('').slice(0, 2000);
  const hanShare = sample.length ? (sample.match(/[\u4e00-\u9fff]/g)?.length ?? 0) / sample.length : 0;
  if (lang === 'zh' || lang === 'ja' || hanShare > 0.3) {
    const found = new Map<string, Entity>();
    paragraphs.forEach((text) => {
      for (const m of text.matchAll(HAN_SPEAKER))
        if (SURNAMES.includes(m[1][0]) && !found.has(m[1])) {
          const e = blankEntity(entities.length, m[1], 'person');
          entities.push(e);
          found.set(m[1], e);
          lookup.set(nameKey(m[1]), e);
        }
    });
    // Japanese names carry their title after them (岸本首相, 中村健一氏), Chinese ones before (教授刘晓峰)
    if (lang === 'ja')
      for (const body of japaneseBodies(paragraphs)) {
        if (found.has(body)) continue;
        // its suffix (電工, 銀行, 党) is the body's noun of its own
        const e = blankEntity(entities.length, body, 'organization', { bodyNoun: 1 });
        entities.push(e);
        found.set(body, e);
        lookup.set(nameKey(body), e);
      }
    for (const person of lang === 'ja' ? japanesePeople(paragraphs) : chineseTitledPeople(paragraphs)) {
      const had = found.get(person.name);
      if (had) {
        had.role ??= person.role;
        continue;
      }
      const e = blankEntity(entities.length, person.name, 'person', { role: person.role });
      entities.push(e);
      found.set(person.name, e);
      lookup.set(nameKey(person.name), e);
    }
    // bodies and groups the title names and the text keeps returning to (两会, 留学生)
    for (const actor of titleActors(article.title, paragraphs)) {
      if (found.has(actor.name) || lookup.has(nameKey(actor.name))) continue;
      const e = blankEntity(entities.length, actor.name, actor.kind, { inTitle: true });
      entities.push(e);
      found.set(actor.name, e);
      lookup.set(nameKey(actor.name), e);
    }
    for (const [name, e] of found) {
      paragraphs.forEach((text, paragraph) => {
        for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
          const mention: Mention = { entity: e, paragraph, start: at, end: at + name.length, text: name };
          e.mentions.push(mention);
          e.midSentence++;
          if (HAN_VERB.test(text.slice(at + name.length, at + name.length + 3))) {
            e.acts++;
            e.speaks++;
          }
          perParagraph[paragraph].push(mention);
        }
        perParagraph[paragraph].sort((a, b) => a.start - b.start);
      });
    }
  }
  const titleKeys = scanNames(article.title ?? '', -1, () => false).map((s) => resolve(s.text));
  for (const e of titleKeys) if (e) e.inTitle = true;

  const live = entities.filter((e) => e.mentions.length);
  for (const e of live) e.mentions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  for (const e of live)
    if (e.kind === 'place')
      e.placeType =
        PLACES.has(nameKey(e.name).replace(/ /g, '_')) ||
        e.aliases.some((a) => PLACES.has(nameKey(a).replace(/ /g, '_')))
          ? 'polity'
          : 'feature';
  return {
    capped,
    entities: live,
    resolve,
    mentionsIn: (p) => perParagraph[p] ?? [],
    lastOfKind: (paragraph, offset, kinds) => lastOfKind(paragraph, offset, kinds),
    isExcluded: (name) => {
      const key = nameKey(name);
      return (
        excluded(name, key) ||
        CREDIT_NAME.test(name) ||
        (/^\p{Lu}/u.test(name) && !key.includes(' ') && lowerWords.has(key))
      );
    },
    isCommonWord: (word) => isCommon(nameKey(word)),
  };
}

// ---------------------------------------------------------------------------------------------

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
