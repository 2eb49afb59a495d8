// Names in the reporter's own words (quotes masked out): capitalised runs, the titles in front
// of them, the roles set beside them, and who is a person of which gender. This is what lets
// "Kaplan" become "Joel Kaplan", "he" become the last man named, and "Meta's Global Policy Chief
// Joel Kaplan" split into a role and a name.
import type { EntityIndex } from '../entities';
import { FOREIGN_ARTICLE, ROLE_NOUNS, uninformativeRole } from '../entities/roles';
import { STOP_WORDS, THING_WORDS, isForeignTitle } from '../entities/lexicon';
import { DOCUMENT_NOUNS, PERSON_NOUNS } from './cues';
import { letterRuns, lowerWordBefore, nextCapital, someWordIn } from '../text/letters';
import { COMPOUND_TITLE, PLATFORM_PREP, PLATFORM_WORDS } from '../entities/scan';
import { DEMONYMS_EN, SPEECH_VERBS_EN } from '../lang/en';
import { LIMITS } from '../limits';
import { personNoun, roleBefore } from './role-before';

export interface NameRun {
  start: number;
  end: number;
  text: string;
  /** The run ended in a possessive ("Meta's"). */
  possessive: boolean;
}

const CONNECTORS = new Set([
  'de',
  'van',
  'von',
  'der',
  'da',
  'di',
  'del',
  'la',
  'le',
  'dos',
  'das',
  'du',
  'bin',
  'al',
  'ibn',
  'of',
  'for',
  'y',
  'e',
  'den',
  'ten',
  'ter',
]);
const ARTICLE_CONNECTORS = new Set(['der', 'den']);
const STOP = new Set(
  (
    'The A An And But Or If In On At For With From By As Of To After Before When While Since Although Though Despite During ' +
    'Under Over This That These Those There Their They Then He She It Its We I You His Her Our My Your Meanwhile However Still ' +
    'Yet Also So Now Today Yesterday Tomorrow Last Next Earlier Later Asked Speaking According Because Even Instead Like Unlike ' +
    'Both Each Every Some Many Most Other Another Such What Which Who Whom Whose Where Why How Here Not No Yes Only Just Why ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September ' +
    'October November December El La Los Las Le Les Un Une Una Uno Unos Unas Uma Umas Um Uns Des Der Die Das Ein Eine Und Et Y Il ' +
    'Elle Ele Ela Ich Er Sie Wir Se Na Ve V A Po Při Для Он Она Это Но Но И В На Por Para Con Sin Em Com Pour Avec Dans Sur Mais ' +
    'Cuando Quando Lorsque Als Wenn Aber Oder Según Segundo Selon Laut Podle Ale Však Как Что Tras Após Após Après Nach Who ' +
    'Any All Few Let Let’s Just Well Oh Yes Please Thank Thanks Sometimes Often Never Always Perhaps Maybe Indeed Instead ' +
    'Whether Until Unless Once Twice First Second Third Finally Overall Including Among Between Through Without Within ' +
    'Are Is Was Were Do Does Did Can Could Will Would Should Must May Might Has Have Had Not Hi Hello Dear Sir ' +
    'Před Pro Za Od Ze Bez Mezi Kvůli Proti Nad Pod Ke Když Jak Kde Tak Už Také Ještě Který Která Které Jeho Její Jejich Tento Tato Toto Tyto ' +
    'После Перед Когда Если Также Уже Его Ее Её Их ' +
    'Amid Plus Soon Ever Wait Back Note Hours Minutes Days Weeks Months Years Moments Decades'
  ).split(' '),
);

/** A capitalised -ing/-ed word then a preposition or article: a participle, not a surname ("Manning said"). */
const PARTICIPLE_LEAD =
  /^\p{Lu}\p{Ll}+(?:ing|ed)\s+(?:in|into|to|the|by|before|on|at|with|from|about|up|out|a|an|his|her|its|their|over|after|for|through|across|off)\b/u;

/** Number words open sentences ("One council staff member said"); alone they are no name. */
const NUMBER_WORDS = new Set([
  'One',
  'Two',
  'Three',
  'Four',
  'Five',
  'Six',
  'Seven',
  'Eight',
  'Nine',
  'Ten',
  'Dozens',
  'Hundreds',
  'Thousands',
  'Millions',
]);
/**
 * Two sentences run together without a space ("end.The"), not a name written like a web address
 * ("Football.London", "Sport.Today"): the word after the dot opens sentences.
 */
export function gluedSentence(t: string): boolean {
  for (const m of t.matchAll(/\p{Ll}\.(\p{Lu}[\p{L}’']*)/gu)) if (STOP.has(m[1]) || !/^\p{Lu}/u.test(t)) return true;
  return false;
}

// Words of a title or office in front of a name; the name is what follows the last of them.
const TITLE_WORDS = new Set(
  (
    'president vice-president president-elect senator sen sen. rep rep. representative gov gov. governor minister prime secretary ' +
    'chancellor judge justice chief director ceo cfo coo cto chairman chairwoman chair commissioner mayor dr dr. mr mr. mrs mrs. ' +
    'ms ms. miss mx prof prof. professor general gen gen. lt lt. col col. capt capt. sgt sgt. officer detective sheriff spokesperson ' +
    'spokesman spokeswoman ambassador speaker leader deputy vice executive founder co-founder cofounder coach manager pope king ' +
    'queen prince princess rabbi rev rev. reverend father bishop cardinal lord lady sir dame attorney counsel analyst economist ' +
    'head congressman congresswoman councilman councilwoman councilmember councilor councillor alderman alderwoman assemblyman assemblywoman superintendent inspector ' +
    'commander admiral marshal lawyer premier filmmaker actress actor singer producer writer author player striker midfielder ' +
    'forward defender goalkeeper star boss editor researcher scientist doctor nurse chef pastor imam captain sergeant lieutenant ' +
    'colonel major corporal private trooper agent partner principal dean provost chairperson treasurer comptroller auditor ' +
    'ministre président présidente ministro ministra presidente senador senadora diputado diputada alcalde alcaldesa gobernador ' +
    'gobernadora secretario secretaria jefe jefa portavoz sr sr. sra sra. don doña herr frau bundeskanzler kanzler kanzlerin ' +
    'předseda předsedkyně ministr ministryně premiér prezident prezidentka mluvčí trenér útočník záložník obránce brankář ' +
    'президент министр глава премьер-министр спикер депутат губернатор мэр u.s. us federal state national former acting interim ' +
    'senior assistant associate managing general global policy democratic republican'
  ).split(' '),
);

// titles that are also common surnames: "Ken Doctor", "Carole King"
const SURNAME_TITLES = new Set([
  'doctor',
  'king',
  'major',
  'judge',
  'bishop',
  'marshal',
  'prince',
  'sheriff',
  'speaker',
  'cardinal',
  'pope',
  'chancellor',
  'lord',
  'dean',
  'chef',
  'coach',
  'captain',
  'general',
  'agent',
  'partner',
  'star',
  'head',
  'writer',
  'player',
  'singer',
  'author',
  'editor',
  'forward',
]);
const HONORIFICS = new Set([
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'miss',
  'mx',
  'mx.',
  'sr',
  'sr.',
  'sra',
  'sra.',
  'herr',
  'frau',
  'm.',
  'mme',
  'mme.',
]);
const FEMALE_HONORIFICS = new Set([
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'miss',
  'sra',
  'sra.',
  'frau',
  'mme',
  'mme.',
  'dame',
  'lady',
  'queen',
  'princess',
]);
const MALE_HONORIFICS = new Set(['mr', 'mr.', 'sr', 'sr.', 'herr', 'sir', 'lord', 'king', 'prince', 'm.']);
/** Abbreviations whose dot does not end a name: suffixes, company forms and titles ("Sen. Brian Schatz"). */
const KEEP_DOT = new Set([
  'jr.',
  'sr.',
  'inc.',
  'co.',
  'corp.',
  'ltd.',
  'st.',
  'dr.',
  'mr.',
  'mrs.',
  'ms.',
  'sen.',
  'rep.',
  'gov.',
  'gen.',
  'lt.',
  'col.',
  'capt.',
  'sgt.',
  'rev.',
  'adm.',
  'maj.',
  'cmdr.',
  'amb.',
  'atty.',
  'supt.',
  'prof.',
  'pres.',
  'sec.',
]);

const ORG_WORDS = new Set(
  (
    'inc inc. corp corp. co co. ltd ltd. llc plc group company ministry department university college school association council ' +
    'agency party committee commission court bank union police office service league club center centre network records ' +
    'productions foundation institute news times post journal press media studios pictures records label government ' +
    'administration senate house congress parliament assembly board authority organization organisation federation ' +
    'coalition alliance campaign fund trust hospital clinic church army navy force forces corporation holdings partners ' +
    'capital ventures labs technologies systems airlines motors bureau project control doctors lawyers physicians research ' +
    'market markets foods stores store brands pharma pharmaceutical communications telecom oil gas electric ' +
    'securities equities investments financial realty properties hotels resorts restaurants ' +
    'logistics images getty reuters afp industries energy pharmaceuticals bank airways railways software games entertainment insurance ' +
    'nations ministerio gobierno ministère ministerium vláda ministerstvo министерство'
  ).split(' '),
);

// headlines and labels set in capitals are not names ("SAYS SHE KNEW")
const SHOUTING = /^(?:\p{Lu}{2,}\s+)+\p{Lu}{2,}$|^\p{Lu}{6,}$/u;
const COMPOUND_ADJ =
  /-(?:based|owned|backed|led|certified|funded|born|run|affiliated|controlled|made|listed|linked|style|era|operated|founded|headquartered|allied|aligned|supported|financed|sponsored)$/i;
const CALENDAR =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\b/;
// soft hyphens stay inside a word: the name keeps them, so it is still a span of the article
const WORD = /[\p{Lu}][\p{L}\p{M}\p{N}'’.\-\u00ad]*/uy;

// short phrases are read again and again while a noun phrase is resolved
const runCache = new Map<string, NameRun[]>();

/** "Nevertheless, Cuban said": a lone word opening a sentence before a comma that is a connective or an adverb in -ly. */
const ADVERB_SHAPE = /^\p{Lu}\p{Ll}{3,}(?:ally|ately|ingly|ently|antly|ously|ively|edly|arly|ully|ibly|ably)$/u;
function sentenceAdverb(text: string, run: NameRun): boolean {
  if (run.text.includes(' ') || text[run.end] !== ',') return false;
  if (!/(?:^|[.!?:;]\s+|["“«„(]\s*)$/.test(text.slice(Math.max(0, run.start - 3), run.start))) return false;
  return STOP_WORDS.has(run.text.toLowerCase()) || ADVERB_SHAPE.test(run.text);
}

/** A headline set as a line of its own in title case ("Clinton Sides With Bush On Taxes."): its words run names together. */
const HEADLINE_MAX_CHARS = 160;
const HEADLINE_MIN_WORDS = 4;
export function isHeadlineCase(text: string): boolean {
  if (text.length > HEADLINE_MAX_CHARS) return false;
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.length >= HEADLINE_MIN_WORDS && words.every((w) => /^\p{Lu}/u.test(w) || w.length <= 3);
}

/** "Name: Gabrielle Hatcher Age: 27 City: New York": a profile of labelled fields, two labels at least. */
const FIELD_LABEL = /(?:^|[\s\d])\p{Lu}\p{Ll}+:\s/gu;
function isFormLine(text: string): boolean {
  return (text.match(FIELD_LABEL) ?? []).length >= 2;
}
/** A field's label in such a profile ("Name:", "City:") is not a name, nor part of the name before it ("Gabrielle Hatcher Age:"). */
function withoutFieldLabel(text: string, run: NameRun): NameRun | null {
  if (text[run.end] !== ':') return run;
  const cut = run.text.lastIndexOf(' ');
  return cut < 0 ? null : { ...run, end: run.start + cut, text: run.text.slice(0, cut), possessive: false };
}

/** Title words that only qualify the noun after them ("former", "acting"): no title's head. */
const TITLE_MODIFIERS = new Set(
  'former acting interim senior assistant associate managing general global policy democratic republican federal state national u.s. us vice deputy executive'.split(
    ' ',
  ),
);

/**
 * "Presumptive GOP nominee Donald Trump", "Fox News host Sean Hannity": a name before a title noun
 * and another name qualifies that title; the person after it is the one the sentence is about.
 */
export function qualifiesTitle(text: string, run: NameRun): boolean {
  const m = /^\s+((?:\p{Ll}[\p{L}-]*\s+){1,2})(\p{Lu}\p{L}*)/u.exec(text.slice(run.end, run.end + 60));
  if (!m || CALENDAR.test(m[2])) return false;
  const words = m[1].trim().split(/\s+/);
  const head = words[words.length - 1];
  // "Frank quotes former Carter adviser Alfred Kahn": a verb after the name makes it a subject
  if (words.some((w) => STOP_WORDS.has(w) || SPEECH_VERBS_EN.has(w) || /ed$/.test(w))) return false;
  if (/s$/.test(words[0]) && !personNoun(words[0])) return false;
  return personNoun(head) || (TITLE_WORDS.has(head) && !TITLE_MODIFIERS.has(head));
}

/**
 * A name in the possessive before a document noun, opening the phrase ("Trump's first tweet"):
 * its author. In "Christie said Trump's tweet meant …" the name before speaks.
 */
export function authorOfDocument(text: string, run: NameRun, runs: NameRun[]): boolean {
  if (runs.some((r) => r.end <= run.start && !qualifiesTitle(text, r))) return false;
  const m = /^['’]?s?\s+(?:\p{Ll}+\s+)?(\p{Ll}+)/u.exec(text.slice(run.end, run.end + 40));
  return !!m && DOCUMENT_NOUNS.has(m[1]);
}

/** Capitalised word runs in text[from, to), each possibly joined by one name particle ("de", "van"). */
export function nameRuns(text: string, from = 0, to = text.length, max = Infinity): NameRun[] {
  const whole = from === 0 && to === text.length && text.length < 240 && max === Infinity;
  if (whole) {
    const hit = runCache.get(text);
    if (hit) return hit.map((r) => ({ ...r }));
  }
  const runs = findRuns(text, from, to, max);
  if (whole) {
    if (runCache.size > 4000) runCache.clear();
    runCache.set(
      text,
      runs.map((r) => ({ ...r })),
    );
  }
  return runs;
}

function findRuns(text: string, from: number, to: number, max: number): NameRun[] {
  const form = isFormLine(text);
  let runs = capitalRuns(text, from, to, max).filter((run) => !sentenceAdverb(text, run));
  if (form) runs = runs.map((run) => withoutFieldLabel(text, run)).filter((run): run is NameRun => run !== null);
  // past `max` runs the rest of the text is not read, for handles either
  if (runs.length >= max) to = runs[runs.length - 1].end;
  // online handles are names too: "elmo666", "@dana_k"
  if (!HANDLE_HINT.test(text)) return runs;
  HANDLE.lastIndex = from;
  let handles: NameRun[] | null = null;
  for (let m = HANDLE.exec(text); m && m.index < to; m = HANDLE.exec(text)) {
    if (m.index + m[0].length > to) break;
    (handles ??= []).push({ start: m.index, end: m.index + m[0].length, text: m[0], possessive: false });
  }
  return handles ? [...runs, ...handles].sort((a, b) => a.start - b.start) : runs;
}

const HANDLE_HINT = /\p{Ll}\d|@\w/u;
const HANDLE =
  /(?<![\p{L}\p{N}_@])@?\p{Ll}[\p{L}_]*\d+[\p{L}\p{N}_]*(?![\p{L}\p{N}_])|(?<![\p{L}\p{N}_])@[\p{L}_][\p{L}\p{N}_]{2,}/gu;

const MAX_RUN_CHARS = 200;

function capitalRuns(text: string, from: number, to: number, max = Infinity): NameRun[] {
  const runs: NameRun[] = [];
  let i = from;
  while (i < to && runs.length < max) {
    const at = nextCapital(text, i);
    if (at < 0 || at >= to) break;
    i = at;
    let end = i;
    let j = i;
    const words: [number, number][] = [];
    for (;;) {
      WORD.lastIndex = j;
      const m = WORD.exec(text);
      if (!m || j >= to) break;
      words.push([j, Math.min(j + m[0].length, to)]);
      end = Math.min(j + m[0].length, to);
      // a possessive, a comma or a sentence-final dot ends the run
      if (/['’]s$/.test(m[0]) && !(/(?:men|ren|ple)['’]s$/.test(m[0]) && /^ \p{Lu}/u.test(text.slice(end, end + 2))))
        break;
      if (
        m[0].endsWith('.') &&
        !KEEP_DOT.has(m[0].toLowerCase()) &&
        !/^(?:\p{Lu}\.)+$/u.test(m[0]) &&
        m[0].length > 3
      ) {
        end--;
        words[words.length - 1][1]--;
        break;
      }
      // "píše na Twitter Gary Lineker": the platform after a preposition is not part of the name after it
      if (
        words.length === 1 &&
        PLATFORM_WORDS.has(m[0].toLowerCase()) &&
        PLATFORM_PREP.test(text.slice(Math.max(0, i - 5), i))
      )
        break;
      let k = end;
      if (text[k] !== ' ') break;
      k++;
      // (a connector starts in lower case, a name word in upper: ASCII is told apart without a pattern)
      const c = text.charCodeAt(k);
      const conn = (c >= 97 && c <= 122) || c >= 128 ? /^[\p{Ll}]+ /u.exec(text.slice(k, k + 5)) : null;
      // "der"/"den" join a name only after "van"/"von" ("Van der Sar"); elsewhere they are German articles ("sagte Lindner der Zeitung")
      if (
        conn &&
        CONNECTORS.has(conn[0].trim()) &&
        (!ARTICLE_CONNECTORS.has(conn[0].trim()) || /(?:^|\s)[Vv][ao]n$/.test(text.slice(Math.max(0, end - 4), end)))
      )
        k += conn[0].length;
      if (k >= to) break;
      const d = text.charCodeAt(k);
      if (d < 128 ? d < 65 || d > 90 : !/\p{Lu}/u.test(text[k])) break;
      // "Twitter Tuesday", "Omar Monday": dates are not part of a name
      if (CALENDAR.test(text.slice(k, k + 10))) break;
      j = k;
    }
    i = Math.max(end, i + 1);
    // no name runs this long: a 100,000-letter word, a run of dashes after a capital
    if (end - words[0][0] > MAX_RUN_CHARS) continue;
    // "Amazon-owned Whole Foods", "Seattle-based Acme": the compound adjective is not the name
    let w = 0;
    for (let x = words.length - 1; x >= 0; x--) {
      const word = text.slice(words[x][0], words[x][1]);
      if (word.includes('-') && COMPOUND_ADJ.test(word)) {
        w = x + 1;
        break;
      }
    }
    // "L’économiste Thomas Bérard": an elided article before a lower-case noun is the role, not a name word
    if (w === 0 && words.length > 1 && /^[LlDd]['’]\p{Ll}/u.test(text.slice(words[0][0], words[0][1]))) w = 1;
    // drop sentence-initial function words and dangling dots
    // "He" opens a sentence; mid-sentence ("said He Lin") it is a name
    const midSentence = /[\p{Ll},]\s*$/u.test(text.slice(Math.max(0, i - 3), i));
    while (
      w < words.length &&
      STOP.has(text.slice(words[w][0], words[w][1]).replace(/[.'’]+$/, '')) &&
      !(midSentence && w === 0 && words.length > 1 && PRONOUN_WORDS.has(text.slice(words[w][0], words[w][1])))
    )
      w++;
    if (w >= words.length) continue;
    let s = words[w][0];
    let e = end;
    let t = text.slice(s, e);
    let possessive = false;
    if (/['’]s$/.test(t)) {
      t = t.slice(0, -2);
      e -= 2;
      possessive = true;
    }
    while (
      /[.'’-]$/.test(t.slice(-1)) &&
      !KEEP_DOT.has(t.slice(t.lastIndexOf(' ') + 1).toLowerCase()) &&
      !/(?:^|\s|\.)\p{Lu}\.$/u.test(t.slice(-3))
    ) {
      t = t.slice(0, -1);
      e--;
    }
    // "Weighing in on…", "Reached by POLITICO, …": a participle opening a sentence is no name
    if (
      w === words.length - 1 &&
      PARTICIPLE_LEAD.test(text.slice(s, Math.min(text.length, e + 12))) &&
      /(?:^|[.!?:;"“”]\s*)$/.test(text.slice(Math.max(0, s - 3), s))
    )
      continue;
    // sentence adverbs ("Clearly, …") are not names
    if (
      t.length < 2 ||
      STOP.has(t) ||
      NUMBER_WORDS.has(t) ||
      SHOUTING.test(t) ||
      gluedSentence(t) ||
      (/^\p{Lu}\p{Ll}+ly$/u.test(t) && text[e] === ',')
    )
      continue;
    // "the American people", "fellow Kentuckian Rand Paul": a nationality is no name, nor part of one
    const demonym = /^\p{Lu}\p{Ll}+/u.exec(t)?.[0] ?? '';
    if (DEMONYMS_EN.has(demonym)) {
      // alone before a noun it is an adjective ("the American people"); before a verb a surname ("Cuban said")
      const next = /^\s+(\p{Ll}+)/u.exec(text.slice(e, e + 20))?.[1] ?? '';
      if (
        t.length === demonym.length &&
        !possessive &&
        next &&
        !SPEECH_VERBS_EN.has(next) &&
        !VERB_AFTER_SUBJECT.has(next)
      )
        continue;
      const rest = t.slice(demonym.length + 1);
      const restWords = rest.split(' ');
      if (
        restWords.length >= 2 &&
        !restWords.some((x) => ORG_WORDS.has(x.toLowerCase()) || isTitleWord(x.toLowerCase()))
      ) {
        s += demonym.length + 1;
        t = rest;
      }
    }
    const home = homeOfPerson(t);
    if (home > 0) {
      // "Brian Schatz of Hawaii": the name ends before where he is from
      runs.push({ start: s, end: s + home, text: t.slice(0, home), possessive: false });
      continue;
    }
    runs.push({ start: s, end: e, text: t, possessive });
  }
  return runs;
}

/** Words that follow a subject: a capitalised word before one is a name ("Cuban has said"). */
const VERB_AFTER_SUBJECT = new Set([
  'has',
  'had',
  'is',
  'was',
  'will',
  'would',
  'also',
  'later',
  'then',
  'once',
  'who',
  'and',
]);

/** First words of capitalised "X of Y" names that are bodies or places, not a person from somewhere. */
const NOT_A_PERSON_OF = new Set([
  'united',
  'kingdom',
  'republic',
  'states',
  'islamic',
  'museum',
  'academy',
  'duke',
  'duchess',
  'earl',
  'sisters',
  'brothers',
  'daughters',
  'sons',
  'friends',
  'knights',
  'city',
  'town',
  'county',
  'province',
  'region',
  'isle',
  'gulf',
  'bay',
  'sea',
  'straits',
  'strait',
  'cape',
  'lake',
  'mount',
  'port',
]);

/**
 * Where a person's name ends in "Sen. Brian Schatz of Hawaii" or "Angela Merkel of Germany": the
 * index of " of", or 0 when the run is one name ("Bank of America", "Secretary of State").
 */
export function homeOfPerson(run: string): number {
  const at = run.indexOf(' of ');
  if (at < 0) return 0;
  const before = run.slice(0, at);
  const { name, title } = splitTitle(before);
  if (!name) return 0;
  const words = name.split(/\s+/);
  if (words.length < (title ? 1 : 2) || words.length > 4) return 0;
  const notPerson = (w: string) =>
    ORG_WORDS.has(w) || NOT_A_PERSON_OF.has(w) || (TITLE_WORDS.has(w) && !SURNAME_TITLES.has(w));
  if (words.some((w) => notPerson(w.toLowerCase()))) return 0;
  return at;
}

export interface TitledName {
  /** The person or organization itself, titles removed; '' when the run is only a title. */
  name: string;
  /** The office in front of the name ("Meta's Global Policy Chief"), or null. */
  title: string | null;
  /** Gender an honorific gives away. */
  gender: Gender;
}

export type Gender = 'm' | 'f' | null;

const MEDIA_KINDS = new Set(['web', 'server', 'deník', 'večerník', 'týdeník', 'portál']);

/** "U.S. Attorney James Kennedy Jr." → title "U.S. Attorney", name "James Kennedy Jr.". */
const titleCache = new Map<string, TitledName>();

export function splitTitle(run: string): TitledName {
  let t = titleCache.get(run);
  if (!t) {
    if (titleCache.size > 5000) titleCache.clear();
    t = splitTitleUncached(run);
    titleCache.set(run, t);
  }
  return { ...t };
}

function isTitleWord(w: string): boolean {
  return (
    TITLE_WORDS.has(w) ||
    TITLE_WORDS.has(w.replace(/\.$/, '')) ||
    isForeignTitle(w) ||
    COMPOUND_TITLE.test(w.replace(/-/g, ''))
  );
}

function splitTitleUncached(run: string): TitledName {
  const words = run.split(/\s+/);
  let cut = -1;
  let gender: Gender = null;
  for (let k = 0; k < words.length - 1; k++) {
    const w = words[k].toLowerCase();
    // "Peter T. King", "Martin Luther King Jr.": a title word that is also a surname, after a name word, is the surname
    const surname =
      k > 0 && SURNAME_TITLES.has(w) && !isTitleWord(words[k - 1].toLowerCase()) && !/['’]s$/.test(words[k - 1]);
    // "Harry M. Reid": after a name word, "M." is an initial, not the French "Monsieur"
    const initial = w === 'm.' && k > 0 && !isTitleWord(words[k - 1].toLowerCase());
    if (surname || initial) continue;
    if (isTitleWord(w) || /['’]s$/.test(w) || HONORIFICS.has(w)) cut = k;
    if (FEMALE_HONORIFICS.has(w)) gender = 'f';
    if (MALE_HONORIFICS.has(w)) gender = 'm';
  }
  // Czech names a medium by its kind first: "server Claret and Hugh", "Web Football.London"
  if (cut < 0 && words.length > 1 && MEDIA_KINDS.has(words[0].toLowerCase()) && /^\p{Lu}/u.test(words[1])) cut = 0;
  // the last word alone can be a title only when nothing follows ("the Prime Minister")
  const lastWord = words[words.length - 1].toLowerCase();
  const prevWord = words.length > 1 ? words[words.length - 2].toLowerCase() : '';
  const surnameLike =
    SURNAME_TITLES.has(lastWord) && prevWord && !TITLE_WORDS.has(prevWord) && !/['’]s$/.test(prevWord);
  if (!surnameLike && (TITLE_WORDS.has(lastWord) || TITLE_WORDS.has(lastWord.replace(/\.$/, ''))))
    return { name: '', title: run, gender };
  if (cut < 0) return { name: run, title: null, gender };
  // a run that is an organization's name ("Department of Justice") has no title in it
  if (words.slice(cut + 1).some((w) => ORG_WORDS.has(w.toLowerCase())) && !/['’]s$/.test(words[cut]))
    return { name: run, title: null, gender };
  const titleWords = words.slice(0, cut + 1);
  const onlyHonorific = titleWords.every((w) => HONORIFICS.has(w.toLowerCase()));
  return { name: words.slice(cut + 1).join(' '), title: onlyHonorific ? null : titleWords.join(' '), gender };
}

/** Every letter a capital, and at least two of them: "LOPEZ", "MS. CLINTON", "INDIANA'S DEMOGRAPHICS". */
export function isCapitals(text: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/**
 * A heading set in capitals ("INDIANA'S DEMOGRAPHICS FAVOR CRUZ"): two words or more, none in
 * lower case. Never a speaker, though its words are capitalised like a name's.
 */
export function isCapitalsHeading(text: string): boolean {
  return isCapitals(text) && /\p{L}{2,}\S*\s+\S*\p{L}{2,}/u.test(text);
}

/** A line set in capitals: a headline or a label, not prose. */
export function isShouting(text: string): boolean {
  if (text.length > 400) return false;
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c > 127) {
      const ch = text[i];
      if (ch !== ch.toLowerCase()) upper++;
      else if (ch !== ch.toUpperCase()) lower++;
    }
  }
  return upper > 8 && upper > lower;
}

export function looksLikeOrg(name: string): boolean {
  return name.split(/\s+/).some((w) => ORG_WORDS.has(w.toLowerCase()));
}

const tokensOf = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[\s.]+/)
    .filter((t) => t && !HONORIFICS.has(t) && !HONORIFICS.has(t + '.'));

export interface Mention {
  paragraph: number;
  at: number;
  name: string;
  /** Running sentence number over the article. */
  sentence: number;
  /** First name of its sentence not in a possessive or after a preposition: likely the subject. */
  subject: boolean;
}

const INTRO_WORD =
  /^\s*(?:In|On|At|After|Before|During|When|While|Since|As|Although|Though|Despite|For|With|By|From|Under|Over|Earlier|Later|Last|Following|Amid|Among|Unlike|Like)\b/;
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'lui', 'ему', 'ей', 'ihm', 'ihn', 'ihr']);
const PRONOUN_WORDS = new Set(['He', 'She', 'It', 'We', 'I', 'They', 'You']);
const CREDIT =
  /\([^()]{2,60}\/\s*[^()]{2,60}\)|Getty Images|\bAFP\b|AP Photo|\bPhoto(?:graph)?s? by\b|Image credit|©|\/ ?Reuters|Courtesy of|\(Photo|Photo:|Credit:/i;
const PREPOSITION_BEFORE =
  /\b(?:of|at|for|from|with|to|by|about|against|on|in|into|like|than|via|under|over)\s+(?:the\s+)?(?:\S+['’]s\s+)?$/i;

interface FoundName {
  paragraph: number;
  run: NameRun;
  titled: TitledName;
}

/** A short line naming a photo's credit is a caption, not a sentence of the story. */
const CAPTION_MAX_CHARS = 300;

/** An honorific ("Mrs.") outweighs three pronouns read as the same person. */
const HONORIFIC_VOTES = 3;
/** Characters after a name read for its apposition. */
const APPOSITION_MAX_CHARS = 100;
/**
 * "Joel Kaplan, Meta's Global Policy Chief," → the role set beside the name; "a welder who was laid
 * off when the mill closed" → what comes before the clause; an initial or "Co." inside it does not
 * end it ("president of Dana F. Quist Co.").
 */
const APPOSITION_ROLE =
  /^,\s+((?:a|an|the|\p{Lu}[\p{L}.'’-]*)\s(?:[^,.;:()]|(?<=\s\p{Lu}|\b(?:Inc|Co|Corp|Ltd|Jr|Sr|St))\.){2,80}?)(?=,|(?<!\s\p{Lu}|\b(?:Inc|Co|Corp|Ltd|Jr|Sr|St))\.\s|\.$|;|\)|$|\s+(?:who|whose|which|that)\s)/u;

/**
 * Every name the reporter uses outside quotes, with the fullest form, kind, gender and role the
 * article gives each. Built once per article, in stages: lower-case words, names, mentions.
 */
export class NameBook {
  /** Canonical name → how many times a run names it. */
  private counts = new Map<string, number>();
  private genderVotes = new Map<string, number>();
  private roles = new Map<string, string>();
  /** Titles that say little on their own ("Dr."): shown only when the article gives no other role. */
  private weakRoles = new Map<string, string>();
  private persons = new Set<string>();
  readonly mentions: Mention[] = [];
  private lowerWords = new Set<string>();

  constructor(
    private masked: string[],
    private entities: EntityIndex,
    private pronouns: { male: Set<string>; female: Set<string> },
    sentenceStarts: (text: string) => number[],
    private siteName: string | null = null,
  ) {
    // each paragraph's words are found once: the pronoun tests below read many stretches of them
    const letters = masked.map((text) => letterRuns(text));
    this.collectLowerWords(letters);
    const found = this.dropLoneOpeners(this.findNames());
    this.recordMentions(found, letters, sentenceStarts);
    for (const e of entities.entities) if (e.kind === 'person') this.persons.add(this.canonical(e.name));
  }

  /** Every word the article writes in lower case: "Hosting" or "Apple" written so elsewhere is a word. */
  private collectLowerWords(letters: number[][]) {
    this.masked.forEach((text, p) => {
      const runs = letters[p];
      for (let k = 0; k < runs.length; k += 2) {
        const c = text.charCodeAt(runs[k]);
        if ((c >= 97 && c <= 122) || (c > 127 && text[runs[k]] !== text[runs[k]].toUpperCase()))
          this.lowerWords.add(text.slice(runs[k], runs[k + 1]));
      }
    });
  }

  /** The names in the reporter's sentences, with their titles split off, counted. */
  private findNames(): FoundName[] {
    const found: FoundName[] = [];
    this.masked.forEach((text, paragraph) => {
      // headlines in capitals and photo captions name people who are not in the story's sentences
      if (isShouting(text) || isHeadlineCase(text) || (text.length < CAPTION_MAX_CHARS && CREDIT.test(text))) return;
      for (const raw of nameRuns(text, 0, text.length, LIMITS.namesPerParagraph)) {
        const run = this.trimCommon(raw);
        if (this.commonWord(run.text)) continue;
        // "Бывшая супермодель", "Mladá superstar": an adjective before a person noun
        const nextWord = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(run.end, run.end + 30))?.[1];
        if (!run.text.includes(' ') && nextWord && PERSON_NOUNS.has(nextWord)) continue;
        const titled = splitTitle(run.text);
        if (!titled.name || SHOUTING.test(titled.name)) continue;
        found.push({ paragraph, run, titled });
        this.counts.set(titled.name, (this.counts.get(titled.name) ?? 0) + 1);
      }
    });
    return found;
  }

  /**
   * A lone capitalised word opening a sentence, never used again and with no fuller form, is an
   * ordinary word ("Apesar disso, …", "Consultada sobre …").
   */
  private dropLoneOpeners(found: FoundName[]): FoundName[] {
    return found.filter(({ paragraph, run, titled }) => {
      if (run.text.includes(' ') || (this.counts.get(titled.name) ?? 0) > 1) return true;
      const text = this.masked[paragraph];
      const opensSentence = /(?:^|[.!?:]\s+|["“«„]\s*)$/.test(text.slice(Math.max(0, run.start - 3), run.start));
      return !(
        opensSentence &&
        /^\s+\p{Ll}/u.test(text.slice(run.end, run.end + 3)) &&
        this.canonical(titled.name) === titled.name
      );
    });
  }

  /** Sentence by sentence: each name's mention, whether it is the subject, and what its title, role and pronouns tell. */
  private recordMentions(found: FoundName[], letters: number[][], sentenceStarts: (text: string) => number[]) {
    let f = 0;
    let sentence = 0;
    this.masked.forEach((text, paragraph) => {
      const starts = [...sentenceStarts(text), text.length];
      for (let k = 0; k + 1 < starts.length; k++, sentence++) {
        const from = starts[k];
        const to = starts[k + 1];
        let subject: string | null = null;
        let subjectEnd = from;
        // "From the deck of his schooner at Fisherman's Terminal, skipper Wade Bassi has…": the
        // subject comes after an opening adverbial
        const sentenceText = text.slice(from, to);
        const introEnd = INTRO_WORD.test(sentenceText) ? from + Math.max(0, sentenceText.indexOf(', ')) : from;
        // "…, she was more nervous than Rose-Lynn": a sentence led by a pronoun keeps the earlier subject
        const firstRun =
          f < found.length && found[f].paragraph === paragraph && found[f].run.start < to ? found[f].run.start : to;
        const pronounLed = this.subjectPronoun(text, letters[paragraph], from, firstRun);
        if (pronounLed) this.pronounLed.add(sentence);
        for (; f < found.length && found[f].paragraph === paragraph && found[f].run.start < to; f++) {
          const { run, titled } = found[f];
          const name = this.canonical(titled.name);
          const isSubject =
            subject === null &&
            !pronounLed &&
            !run.possessive &&
            !qualifiesTitle(text, run) &&
            run.start >= introEnd &&
            !PREPOSITION_BEFORE.test(text.slice(Math.max(from, run.start - 30), run.start));
          if (isSubject) {
            subject = name;
            subjectEnd = run.end;
          }
          this.mentions.push({ paragraph, at: run.start, name, sentence, subject: isSubject });
          this.notePersonSigns(text, run, titled, name);
          this.noteRole(text, run, titled, name);
        }
        // the first he/she of a sentence, or of the next one, speaks of the sentence's subject
        if (subject) {
          const g =
            this.firstPronoun(text, letters[paragraph], subjectEnd, to) ??
            this.leadingPronoun(text.slice(to, starts[k + 2] ?? to));
          if (g) this.vote(subject, g === 'f' ? -1 : 1);
        }
      }
    });
  }

  /** An honorific, a handle, an age or a person noun in front marks a person (and an honorific, a gender). */
  private notePersonSigns(text: string, run: NameRun, titled: TitledName, name: string) {
    if (titled.gender) {
      this.vote(name, titled.gender === 'f' ? -HONORIFIC_VOTES : HONORIFIC_VOTES);
      this.persons.add(name);
    }
    if (/\d/.test(name) && /^@?\p{Ll}/u.test(name)) this.persons.add(name);
    // "Smith, 45," — an age marks a person
    if (/^,\s*\d{1,3},/.test(text.slice(run.end, run.end + 6)) && !looksLikeOrg(name)) this.persons.add(name);
    // "o técnico Tite", "skipper Wade Bassi": a person noun in front marks a person
    const before = lowerWordBefore(text.slice(Math.max(0, run.start - 24), run.start));
    if (before && (PERSON_NOUNS.has(before) || TITLE_WORDS.has(before)) && !looksLikeOrg(name)) this.persons.add(name);
  }

  /** The role a title ("Dr.", "Harbor Commissioner") or an apposition ("Joel Kaplan, Meta's Global Policy Chief,") gives. */
  private noteRole(text: string, run: NameRun, titled: TitledName, name: string) {
    if (titled.title) {
      this.persons.add(name);
      // "Dr." alone says less than the apposition that often follows ("Dr. Amara Osei, a marine ecologist")
      if (WEAK_TITLE.test(titled.title)) {
        if (!this.weakRoles.has(name)) this.weakRoles.set(name, titled.title);
      } else if (!this.roles.has(name) && !titled.title.split(/\s+/).every((w) => HONORIFICS.has(w.toLowerCase())))
        this.roles.set(name, titled.title);
    }
    if (this.roles.has(name) || run.possessive) return;
    const m = text[run.end] === ',' ? APPOSITION_ROLE.exec(text.slice(run.end, run.end + APPOSITION_MAX_CHARS)) : null;
    const phrase = m ? m[1] : '';
    if (m && isRolePhrase(phrase) && !uninformativeRole(phrase)) {
      this.roles.set(name, phrase.trim());
      if (!looksLikeOrg(name) && /^(?:a|an|the)?\s*(?:\p{L}+['’]s\s+)?(?:former\s+)?\p{Ll}/u.test(phrase.trim()))
        this.persons.add(name);
      return;
    }
    // "the novelist Jo Walton", "his aunt, Jane Starner": the role the introduction gives before the name
    const before = titled.title ? null : roleBefore(text, run.start, run.end);
    if (before && isRolePhrase(before) && !uninformativeRole(before)) this.roles.set(name, before);
  }

  private pronounLed = new Set<number>();

  /** A subject pronoun among the words of text[from, to). */
  private subjectPronoun(text: string, runs: number[], from: number, to: number): boolean {
    return someWordIn(text, runs, from, to, (w) => {
      const lw = w.toLowerCase();
      return (
        (this.pronouns.male.has(lw) && lw !== 'his' && lw !== 'him') || (this.pronouns.female.has(lw) && lw !== 'her')
      );
    });
  }

  /** The gender of the first he/she among the words of text[from, to). */
  private firstPronoun(text: string, runs: number[], from: number, to: number): Gender {
    let g: Gender = null;
    let determiner = false;
    someWordIn(text, runs, from, to, (w) => {
      const lw = w.toLowerCase();
      // "Inference … and faith that the author knows what he's doing": a person named by a noun
      // between the subject and the pronoun is whom the pronoun means
      if (determiner && PERSON_NOUNS.has(lw)) return true;
      determiner = lw === 'the' || lw === 'a' || lw === 'an';
      // objects ("met him", "told her") usually point at someone else than the subject
      if (OBJECT_PRONOUNS.has(lw)) return false;
      if (this.pronouns.male.has(lw)) g = 'm';
      else if (this.pronouns.female.has(lw)) g = 'f';
      return g !== null;
    });
    return g;
  }

  private leadingPronoun(s: string): Gender {
    const w = /^\s*(\p{L}+)/u.exec(s)?.[1]?.toLowerCase() ?? '';
    return this.pronouns.male.has(w) ? 'm' : this.pronouns.female.has(w) ? 'f' : null;
  }

  private vote(name: string, v: number) {
    this.genderVotes.set(name, (this.genderVotes.get(name) ?? 0) + v);
  }

  /** A pronoun was read as this person: one vote, unless the article already says otherwise. */
  noteGender(name: string, g: 'm' | 'f') {
    const v = this.genderVotes.get(name) ?? 0;
    if (v === 0) this.vote(name, g === 'f' ? -1 : 1);
  }

  gender(name: string): Gender {
    const v = this.genderVotes.get(name) ?? 0;
    return v > 0 ? 'm' : v < 0 ? 'f' : null;
  }

  private personCache = new Map<string, boolean>();

  isPerson(name: string): boolean {
    let v = this.personCache.get(name);
    if (v === undefined) {
      v = this.computeIsPerson(name);
      this.personCache.set(name, v);
    }
    return v;
  }

  /** "Big Machine" when the article also says "Big Machine Records". */
  private shortForOrg(name: string): boolean {
    for (const cand of this.byTokenOf(name))
      if (cand !== name && cand.startsWith(name + ' ') && looksLikeOrg(cand)) return true;
    return false;
  }

  private byTokenOf(name: string): string[] {
    this.canonical(name); // builds the token index
    const first = tokensOf(name)[0];
    return (first && this.byToken?.get(first)) || [];
  }

  private computeIsPerson(name: string): boolean {
    if (looksLikeOrg(name) || this.shortForOrg(name)) return false;
    // "World Drug Report", "Nobel Prize": works, laws and prizes do not speak
    if (name.includes(' ') && THING_WORDS.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase())) return false;
    const kind = this.entities.resolve(name)?.kind;
    if (kind === 'place') return false;
    if (this.persons.has(name) || kind === 'person') return true;
    // two or three capitalised words the index does not call a place or an organization
    // "Web of Angels", "Doctors for Camp Closure" are not people's names
    if (/\s(?:of|for|and|the|on|in|at|to)\s/i.test(name)) return false;
    const votes = Math.abs(this.genderVotes.get(name) ?? 0);
    if (votes >= 1) return true;
    return (
      kind !== 'organization' &&
      kind !== 'government' &&
      kind !== 'group' &&
      /^\S+(?:\s\S+){1,3}$/.test(name) &&
      (votes > 0 || !kind)
    );
  }

  /** "Hosting Cook" → "Cook": a leading word the article also writes in lower case is not part of the name. */
  trimCommon(run: NameRun): NameRun {
    const sp = run.text.indexOf(' ');
    if (sp < 0) return run;
    const first = run.text.slice(0, sp);
    // participles and adverbs ("Hosting", "Speaking", "Clearly") lead sentences, not names
    if (!this.lowerWords.has(first.toLowerCase()) || !/(?:ing|ed|ly)$/.test(first)) return run;
    return { ...run, start: run.start + sp + 1, text: run.text.slice(sp + 1) };
  }

  /** A title, an honorific, he/she, an age or the entity index says this is a person. */
  evidentPerson(name: string): boolean {
    return this.persons.has(name) || this.genderVotes.has(name) || this.entities.resolve(name)?.kind === 'person';
  }

  /** A place the article names ("Iowa", "Brooklyn", "Ames, Iowa"): where things happen, never who speaks. */
  isPlace(name: string): boolean {
    return this.entities.resolve(name)?.kind === 'place' && !this.persons.has(name);
  }

  /** A capitalised word the article also writes in lower case is a word, not a name. */
  commonWord(name: string): boolean {
    return !name.includes(' ') && this.lowerWords.has(name.toLowerCase());
  }

  markPerson(name: string) {
    if (!looksLikeOrg(name)) this.persons.add(name);
  }

  isOrg(name: string): boolean {
    if (looksLikeOrg(name) || this.shortForOrg(name)) return true;
    if (this.persons.has(name) || this.commonWord(name)) return false;
    const e = this.entities.resolve(name);
    if (e?.kind === 'place') return false;
    if (e && (e.kind === 'organization' || e.kind === 'government' || e.kind === 'group')) return true;
    // acronyms: CBP, NASA
    return /^\p{Lu}{2,6}$/u.test(name);
  }

  roleOf(name: string): string | null {
    return (
      this.roles.get(name) ??
      this.roles.get(this.canonical(name)) ??
      this.entities.resolve(name)?.role ??
      this.weakRoles.get(name) ??
      this.weakRoles.get(this.canonical(name)) ??
      null
    );
  }

  /** The fullest form the article uses for a name: "Kaplan" → "Joel Kaplan". */
  canonical(name: string): string {
    let c = this.canonCache.get(name);
    if (c === undefined) {
      c = this.computeCanonical(name);
      this.canonCache.set(name, c);
    }
    return c;
  }

  private canonCache = new Map<string, string>();
  private speakerCache = new Map<string, string>();

  /**
   * The name to show for a speaker: the entity index's canonical name when it knows the actor (so
   * quotes and stakeholders agree), else the fullest form the article uses.
   */
  speaker(name: string): string {
    let v = this.speakerCache.get(name);
    if (v === undefined) {
      v = this.computeSpeaker(name);
      this.speakerCache.set(name, v);
    }
    return v;
  }

  private computeSpeaker(name: string): string {
    const clean = splitTitle(name.replace(/['’]s$/, '')).name || name;
    const want = tokensOf(clean);
    const e = this.entities.resolve(clean);
    if (
      e &&
      (e.aliases.includes(clean) || want.every((t) => tokensOf(e.name).includes(t))) &&
      (!looksLikeOrg(e.name) || looksLikeOrg(clean) || e.kind !== 'organization')
    ) {
      // "Obama" is not "Obama administration"
      // the index may keep where a person is from ("Tom Carper of Delaware"): the name ends before it
      if (!(looksLikeOrg(e.name) && !looksLikeOrg(clean) && this.counts.has(clean)) && !this.onlyGlued(e.name))
        return e.name.slice(0, homeOfPerson(e.name) || e.name.length);
    }
    return this.canonical(name);
  }

  /**
   * A longer name the entity index read only where words run into a name: a headline in title
   * case ("Clinton Sides With Bush") or a profile's field label ("Gabrielle Hatcher Age:").
   */
  private onlyGlued(name: string): boolean {
    let seen = false;
    for (const text of this.masked) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        if (!isHeadlineCase(text) && text[at + name.length] !== ':') return false;
        seen = true;
      }
    }
    return seen;
  }

  private computeCanonical(name: string): string {
    const clean = splitTitle(name.replace(/['’]s$/, '')).name || name;
    const want = tokensOf(clean);
    if (!want.length) return clean;
    let best = clean;
    let bestLen = want.length;
    // several people may share a surname: the one the article introduced first is meant
    const consider = (cand: string) => {
      const info = this.candInfo(cand);
      const c = info.clean;
      const have = info.tokens;
      if (
        have.length <= want.length ||
        have.length > 5 ||
        (best !== clean && bestLen > 0 && !have.join(' ').includes(best.toLowerCase()))
      )
        return;
      if (have.length <= bestLen) return;
      // "Fox News’ Sean Hannity": an owner in the possessive is not part of the name
      if (/\S(?:['’]s|s['’])\s+\p{Lu}/u.test(c)) return;
      // "Martin Taylor of Aberdeenshire" says where he is from, not who he is
      // "The Disappearance of John M. Ford" is about him, not his name
      const of = have.indexOf('of');
      if (of >= 0 && !want.includes('of') && (of >= 2 || have.indexOf(want[want.length - 1]) > of)) return;
      // the short form must be the surname, the first name, or a run of the long one's words
      const last = have[have.length - 1];
      const lastWant = want[want.length - 1];
      const fits =
        want.every((t) => have.includes(t)) &&
        have.includes(lastWant) &&
        (last === lastWant || have[0] === want[0] || /^(jr|sr|ii|iii)$/.test(last));
      if (!fits) return;
      best = c;
      bestLen = have.length;
    };
    if (!this.byToken) {
      // names in the article, indexed by each of their words, so a lookup reads only a few
      this.byToken = new Map();
      for (const cand of this.counts.keys()) {
        for (const t of tokensOf(cand)) {
          const list = this.byToken.get(t) ?? [];
          list.push(cand);
          this.byToken.set(t, list);
        }
      }
    }
    for (const cand of this.byToken.get(want[want.length - 1]) ?? []) consider(cand);
    return best;
  }

  private byToken: Map<string, string[]> | null = null;
  private candCache = new Map<string, { clean: string; tokens: string[] }>();

  private candInfo(cand: string): { clean: string; tokens: string[] } {
    let info = this.candCache.get(cand);
    if (!info) {
      const clean = splitTitle(cand).name || cand;
      info = { clean, tokens: tokensOf(clean) };
      this.candCache.set(cand, info);
    }
    return info;
  }

  /**
   * Who a pronoun points to: going back sentence by sentence, the subject first, then the other
   * names of that sentence from the nearest.
   */
  salientBefore(paragraph: number, at: number, test: (name: string) => boolean, reach = 4): string | null {
    let k = this.mentions.length - 1;
    let fallback: string | null = null;
    while (
      k >= 0 &&
      (this.mentions[k].paragraph > paragraph ||
        (this.mentions[k].paragraph === paragraph && this.mentions[k].at >= at))
    )
      k--;
    while (k >= 0) {
      const sentence = this.mentions[k].sentence;
      if (this.mentions[k].paragraph < paragraph - reach) return fallback;
      let first = k;
      while (first > 0 && this.mentions[first - 1].sentence === sentence) first--;
      const group = this.mentions.slice(first, k + 1);
      const subject = group.find((m) => m.subject && test(m.name));
      if (subject) return subject.name;
      // names the article shows to be people come before names that merely could be
      const evident = [...group].reverse().find((m) => test(m.name) && this.evidentPerson(m.name));
      const any = [...group].reverse().find((m) => test(m.name));
      if (!this.pronounLed.has(sentence)) {
        if (evident || any) return (evident ?? any)!.name;
      } else if (!fallback) fallback = (evident ?? any)?.name ?? null;
      k = first - 1;
    }
    return fallback;
  }

  /** The organization "the company" means: one whose name shares a word with the phrase, else the most named nearby. */
  orgBefore(paragraph: number, at: number, words: string[]): string | null {
    const stems = words.filter((w) => w.length > 3).map((w) => w.slice(0, 5));
    const named = this.lastBefore(
      paragraph,
      at,
      (n) =>
        this.isOrg(n) &&
        n
          .toLowerCase()
          .split(/\s+/)
          .some((t) => stems.some((s) => t.startsWith(s))),
      40,
    );
    if (named) return named;
    let best: string | null = null;
    let bestCount = 0;
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const m = this.mentions[k];
      if (m.paragraph > paragraph || (m.paragraph === paragraph && m.at >= at)) continue;
      if (m.paragraph < paragraph - 3) break;
      if (!this.isOrg(m.name) || this.isOutlet(m.name)) continue;
      // named often, as a subject, and lately
      const c = (this.counts.get(m.name) ?? 0) + (m.subject ? 2 : 0) + (m.paragraph >= paragraph - 1 ? 2 : 0);
      if (c > bestCount) [best, bestCount] = [m.name, c];
    }
    if (best) return best;
    // an actor nobody called a person: "Northwind Logistics cut 300 jobs"
    return this.lastBefore(
      paragraph,
      at,
      (n) =>
        !this.persons.has(n) &&
        !this.genderVotes.has(n) &&
        !this.isOutlet(n) &&
        this.entities.resolve(n)?.kind !== 'place' &&
        !this.commonWord(n),
      3,
    );
  }

  /** Is some person other than `except` named in the reporter's words from paragraph `from` up to (p, at)? */
  namedBetween(from: number, p: number, at: number, except: string): boolean {
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const m = this.mentions[k];
      if (m.paragraph > p || (m.paragraph === p && m.at >= at)) continue;
      if (m.paragraph < from || (m.paragraph === from && from !== p)) return false;
      if (m.name !== except && this.isPerson(m.name)) return true;
    }
    return false;
  }

  /** The publication itself ("The Seattle Times" on its own site): it reports, it is not "the company". */
  private isOutlet(name: string): boolean {
    if (!this.siteName) return false;
    const site = tokensOf(this.siteName.replace(/^the\s+/i, ''));
    const own = tokensOf(name.replace(/^the\s+/i, ''));
    return own.length > 0 && own.every((t) => site.includes(t));
  }

  /** The most recent mention before (paragraph, at) that passes the test, within a few paragraphs. */
  lastBefore(paragraph: number, at: number, test: (name: string) => boolean, reach = 4): string | null {
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const m = this.mentions[k];
      if (m.paragraph > paragraph || (m.paragraph === paragraph && m.at >= at)) continue;
      if (m.paragraph < paragraph - reach) return null;
      if (test(m.name)) return m.name;
    }
    return null;
  }
}

const ROLE_STOP =
  /^(?:who|which|that|whose|when|where|after|before|while|in|on|at|during|speaking|according|adding|saying|noting|citing|as|with|told|said|says|and|but|for|from|to|by)\b/i;

/** An appositive that names an office or a description, not a clause. */
export function isRolePhrase(s: string): boolean {
  const t = s.trim();
  if (!t || ROLE_STOP.test(t) || !/\p{L}{2}/u.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 14) return false;
  // a clause has a verb of its own; roles rarely do
  if (/\b(?:said|says|is|was|were|are|has|had|have|told|will|would)\b/i.test(t)) return false;
  return true;
}

/** Last words of a phrase that names a thing, not a person's role. */
const NOT_ROLE_HEADS = new Set([
  'study',
  'report',
  'survey',
  'paper',
  'statement',
  'letter',
  'memo',
  'post',
  'tweet',
  'video',
  'book',
  'article',
  'interview',
]);
const WEAK_TITLE = /^(?:Dr|Prof|Doctor)\.?$/i;
/** Words that qualify a role or a body but are none on their own ("the state Department of …"). */
const MODIFIER_ONLY = new Set([
  'state',
  'federal',
  'national',
  'local',
  'city',
  'county',
  'regional',
  'former',
  'acting',
  'interim',
  'senior',
  'u.s.',
  'us',
  'the',
]);

const ROLE_TAIL = /[\s,;:]+(?:and|or|of|the|for|with|at|in|on|by|to|a|an|de|des|du|del|da|do|der)?\s*$/i;
const PRONOUN_IN_ROLE = /\b(?:he|she|they|it|his|her|their|its|i|we)\b/i;

/**
 * Does a role written in front of a name end in a noun for a person or an office ("Clinton's top
 * aide", "ministr", "Bundesverkehrsminister")? "sagt auch Stenger", "kroutí hlavou Lineker", "The
 * moment that Ms. Nwanguma" put an adverb, an object or a clause there instead.
 */
export function endsInRoleNoun(role: string): boolean {
  const last =
    role
      .trim()
      .split(/\s+/)
      .pop()
      ?.replace(/[.,;:]+$/, '') ?? '';
  if (!/^\p{Ll}/u.test(last)) return last.length > 0;
  const head = last.split('-').pop() ?? last;
  return [last, head].some(
    (w) =>
      personNoun(w) ||
      TITLE_WORDS.has(w) ||
      isForeignTitle(w) ||
      ROLE_NOUNS.has(w) ||
      (AGENT_NOUN.test(w) && !NOT_AGENT_NOUNS.has(w)),
  );
}
/** Agent nouns by their ending: "freeholder", "screenwriter", "front-runner", "jurista". */
const AGENT_NOUN = /^\p{Ll}{2,}(?:er|or|ista|ier|eur|euse)s?$/u;
const NOT_AGENT_NOUNS = new Set(
  'after another border chapter corner either ever further later latter matter neither never number order other over paper quarter rather summer together under water whether winter september october november december power letter computer monster murder wonder tower cover river lower newer fewer older younger bigger larger smaller greater longer stronger higher earlier richer poorer harder better faster slower closer cheaper'.split(
    ' ',
  ),
);

/**
 * A role fit to show beside a name: an office or short description, not a clause, a date or
 * another name. Returns null when the text is not one.
 */
export function cleanRole(role: string | null, speaker: string | null): string | null {
  if (!role || !speaker) return null;
  let r = role.trim();
  for (let n = 0; n < 3; n++)
    r = r
      .replace(ROLE_TAIL, '')
      .replace(/[,;:]+$/, '')
      .trim();
  // the sentence's full stop is not part of the role ("co-author of the study."), an abbreviation's dot is
  r = r.replace(/(\p{Ll}{3,})\.$/u, '$1');
  // "le ministre", "la vocera", "der Kanzler": the article is not part of the role
  r = r.replace(FOREIGN_ARTICLE, '');
  if (!r || !/\p{L}{2}/u.test(r)) return null;
  const words = r.split(/\s+/);
  if (words.every((w) => MODIFIER_ONLY.has(w.toLowerCase()))) return null;
  // "43-year-old", "March 2019 study", "se": an age, a document or a stray short word is no role
  if (
    /^(?:an?\s+)?\d+-year-old$/i.test(r) ||
    NOT_ROLE_HEADS.has(
      r
        .split(/\s+(?:of|at|for|in|to|with|from|on|and)\s+/)[0]
        .split(/\s+/)
        .pop()!
        .toLowerCase(),
    ) ||
    (words.length === 1 && r.length <= 2)
  )
    return null;
  // "Time for Dr.": words run into an honorific
  if (words.length > 1 && WEAK_TITLE.test(words[words.length - 1])) return null;
  // "a petite woman" describes, it is no role (a bare "brother" beside a name still tells whose)
  if (uninformativeRole(r, false)) return null;
  if (words.length > 14 || PRONOUN_IN_ROLE.test(r)) return null;
  // a clause ("Lladanosa briefly worked at…", "cabinet members gathered around")
  if (
    words.some(
      (w, k) =>
        /^\p{Ll}+(?:ed|ing)$/u.test(w) && !TITLE_WORDS.has(w) && !(k === 0 && /ing$/.test(w) && TITLE_WORDS.has(w)),
    )
  )
    return null;
  // another name or a piece of this one ("Jo Walton", "Robert M.")
  const capped = words.filter((w) => /^\p{Lu}/u.test(w) || CONNECTORS.has(w));
  const titled = words.some(
    (w) =>
      TITLE_WORDS.has(w.toLowerCase()) ||
      TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')) ||
      isForeignTitle(w.toLowerCase()) ||
      /['’]s$/.test(w),
  );
  if (capped.length === words.length && !titled) return null;
  if (speaker.includes(r)) return null;
  return r;
}
