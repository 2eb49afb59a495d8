// Finds the spans of a paragraph that look like names: runs of capitalised words, with the
// particles names carry inside them ("of", "de", "van"), cut at titles ("Prime Minister"),
// possessives and sentence-initial common words. One linear pass over the paragraph's words.
import { HONORIFICS, MONTHS_DAYS, ORG_SUFFIXES, ORG_TAILS, STOP_WORDS, TITLE_WORDS, isTitleWord } from './lexicon';
import { endOfWord, nextWordStart } from './words';
import { PARTICLES, guessKind } from './kinds';

export interface Word {
  text: string;
  start: number;
  end: number;
  /** First letter upper case. */
  cap: boolean;
  /** Two or more letters, all upper case ("EU", "U.S.", "D4CC"). */
  acronym: boolean;
  lower: string;
}

export interface NameSpan {
  paragraph: number;
  start: number;
  end: number;
  /** The name as written, possessive removed. */
  text: string;
  words: string[];
  /** Title words right before the name inside the same run ("Interior Minister"). */
  title: string | null;
  /** The name is followed by 's / ’s. */
  possessive: boolean;
  /** The span opens a sentence. */
  sentenceStart: boolean;
  /** The span's first word was dropped as a sentence-initial common word. */
  trimmedStart: boolean;
  /** A capitalised "The" stands right before the span mid-sentence ("The Dragon Waiting"). */
  theBefore: boolean;
  /** The span with its dropped sentence-initial word, should the article use that longer name elsewhere ("New Zealand"). */
  untrimmed?: { start: number; text: string; words: string[] };
}

const UPPER = /^\p{Lu}/u;
const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\p{N}&]+s?$/u;
const POSSESSIVE = /['’]s?$/;
const PLURAL_POSSESSIVE = /^\p{Lu}\p{L}*(?:men|ren|ple)['’]s$/u;
// Dots that belong to the word: initials, abbreviations, acronyms with dots.
const KEEPS_DOT =
  /^(?:\p{Lu}|(?:\p{Lu}\.)+\p{Lu}|jr|sr|inc|corp|co|ltd|st|mr|mrs|ms|dr|prof|sen|rep|gov|gen|lt|col|capt|sgt|rev|hon|mt|ft|bros|no)$/iu;

/** Heads that make an "X and Y" run one organization ("Department of Health and Human Services"). */
const ORG_HEADS = new Set([
  'department',
  'ministry',
  'office',
  'university',
  'institute',
  'centre',
  'center',
  'school',
  'bureau',
  'council',
  'committee',
  'commission',
  'board',
  'museum',
  'society',
  'college',
]);
/** Parties that describe a person named after them ("Republican Marco Rubio", "Democrat Ann Kirk"). */
const PARTY_WORDS = new Set([
  'republican',
  'democrat',
  'democratic',
  'gop',
  'libertarian',
  'independent',
  'tory',
  'labour',
]);
/** Adjectives that stand before a title or a body, never first in a name ("Former Florida Gov.", "Presumptive GOP"). */
const LEADING_ADJECTIVES = new Set(['former', 'presumptive', 'then', 'acting', 'late', 'outgoing', 'incoming']);
/** Months and modals that are also given names or surnames. */
const NAME_LIKE_WORDS = new Set(['may', 'april', 'june', 'august', 'will']);
/** Titles that only ever stand before a name: last in a run they are a surname ("Ken Doctor"). */
const PRE_ONLY_TITLES = new Set([
  'doctor',
  'judge',
  'general',
  'king',
  'queen',
  'prince',
  'princess',
  'bishop',
  'cardinal',
  'pope',
  'lord',
  'lady',
  'sir',
  'dame',
  'captain',
  'colonel',
  'marshal',
  'sheriff',
  'dean',
  'coach',
  'chancellor',
  'speaker',
  'mayor',
  'justice',
  'major',
]);
const GENERATIONAL = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii']);

export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  // every word of the article passes here: plain character tests first, patterns only where needed
  for (let start = nextWordStart(text, 0); start < text.length; start = nextWordStart(text, start)) {
    const wordEnd = endOfWord(text, start);
    let w = text.slice(start, wordEnd);
    if (w.endsWith('.') && !KEEPS_DOT.test(w.slice(0, -1).replace(/\.$/, ''))) w = w.slice(0, -1);
    const c = w.charCodeAt(0);
    const cap = c < 128 ? c >= 65 && c <= 90 : UPPER.test(w);
    let acronym = false;
    if (cap) {
      const bare = w.replace(/['’]s$/, '');
      acronym = bare.length >= 2 && ACRONYM.test(bare) && !/^\p{Lu}\.$/u.test(bare);
    }
    out.push({ text: w, start, end: start + w.length, cap, acronym, lower: w.toLowerCase() });
    start = wordEnd;
  }
  return out;
}

const SENTENCE_GAP = /[.!?:;“"«„‘—–(\[]|^\s*['’]/;

/** Whether word i opens a sentence (or a quote, a heading, a parenthesis). */
function opensSentence(text: string, words: Word[], i: number): boolean {
  if (i === 0) return true;
  const gap = text.slice(words[i - 1].end, words[i].start);
  if (SENTENCE_GAP.test(gap)) return true;
  const prev = words[i - 1];
  // "... in the U.S. The company ..." : a dotted word that is not an initial or honorific
  return (
    prev.text.endsWith('.') &&
    !HONORIFICS.has(prev.lower) &&
    !/^\p{Lu}\.$/u.test(prev.text) &&
    !TITLE_WORDS.has(prev.lower) &&
    !ORG_SUFFIXES.has(prev.lower)
  );
}

const hasApostrophe = (s: string) => s.includes("'") || s.includes('’');
/** Social platforms: after "on"/"na"/"sur" they stand alone, never open a name ("na Twitter Gary Lineker"). */
export const PLATFORM_WORDS = new Set([
  'twitter',
  'twitteru',
  'x',
  'facebook',
  'facebooku',
  'instagram',
  'instagramu',
  'tiktok',
  'youtube',
  'youtubu',
  'linkedin',
  'telegram',
  'weibo',
  'threads',
  'bluesky',
  'truth',
]);
export const PLATFORM_PREP = /(?:^|\s)(?:on|na|en|sur|em|no|в|auf|su|op)\s$/i;
const isTitle = (w: Word) => (isTitleWord(w.lower) || COMPOUND_TITLE.test(w.lower)) && !HONORIFICS.has(w.lower);
/** German offices are compounds ("Finanzminister", "Bundeskanzlerin", "Parteichef"). */
export const COMPOUND_TITLE =
  /^\p{L}{3,}(?:minister|ministerin|kanzler|kanzlerin|präsident|präsidentin|sprecher|sprecherin|chef|chefin|vorsitzende|vorsitzender|bürgermeister|bürgermeisterin|direktor|direktorin|trainer|trainerin)$/u;

const MAX_RUN_WORDS = 24;
const MAX_RUN_CHARS = 200;

/**
 * Name spans of one paragraph. `isCommon(lower)` tells whether a word is used in lower case
 * elsewhere in the article, so "Protesters" opening a sentence is not taken for a name.
 */
export function scanNames(
  text: string,
  paragraph: number,
  isCommon: (lower: string) => boolean,
  words: Word[] = wordsOf(text),
  /** Stop once this many spans are found (a paragraph that is a list of thousands of names). */
  max = Infinity,
): NameSpan[] {
  const spans: NameSpan[] = [];
  let i = 0;
  while (i < words.length && spans.length < max) {
    if (!words[i].cap) {
      i++;
      continue;
    }
    // grow the run: capitalised words, and particles followed by a capitalised word
    let j = i + 1;
    // "Fishermen’s Cooperative", "Children’s Hospital": a plural's possessive inside a name does not end it
    const inner = (k: number) =>
      PLURAL_POSSESSIVE.test(words[k].text) &&
      !!words[k + 1]?.cap &&
      text.slice(words[k].end, words[k + 1].start) === ' ';
    let possessive = POSSESSIVE.test(words[i].text) && /['’]/.test(words[i].text) && !inner(i);
    // "píše na Twitter Gary Lineker": a platform after a preposition stands alone
    const platform =
      PLATFORM_WORDS.has(words[i].lower) &&
      PLATFORM_PREP.test(text.slice(Math.max(0, words[i].start - 5), words[i].start));
    while (!possessive && !platform && j < words.length) {
      const gap = text.slice(words[j - 1].end, words[j].start);
      const w = words[j];
      if (gap === ' & ' && w.cap) {
        j++;
        continue;
      }
      if (gap !== ' ' && gap !== '\u00a0') break;
      if (w.cap) {
        j++;
        if (/['’]s?$/.test(w.text) && /['’]/.test(w.text) && !inner(j - 1)) possessive = true;
        continue;
      }
      // "on" only ties a body to its subject ("Committee on Intelligence"), never "Pence on Trump"
      const particleOk = w.lower !== 'on' || ORG_SUFFIXES.has(words[j - 1].lower);
      // "der"/"den" only after "van"/"von" ("Van der Sar"); elsewhere a German article ("Lindner der Zeitung")
      if (
        particleOk &&
        PARTICLES.has(w.lower) &&
        ((w.lower !== 'der' && w.lower !== 'den') || /^v[ao]n$/.test(words[j - 1].lower)) &&
        j + 1 < words.length &&
        words[j + 1].cap &&
        text.slice(w.end, words[j + 1].start) === ' '
      ) {
        j += 2;
        if (/['’]s?$/.test(words[j - 1].text) && /['’]/.test(words[j - 1].text)) possessive = true;
        continue;
      }
      if (w.text === 'of' && words[j + 1]?.lower === 'the' && words[j + 2]?.cap) {
        j += 3;
        continue;
      }
      break;
    }
    // past a couple of dozen capitalised words (or 200 characters) a run is a title-case list or ASCII art, no name:
    // reading it as one (split at each "and", kind-guessed whole) grew with its square
    if (j - i > MAX_RUN_WORDS || words[j - 1].end - words[i].start > MAX_RUN_CHARS) {
      i = j;
      continue;
    }
    const sentenceStart = opensSentence(text, words, i);
    for (const span of splitRun(text, words, i, j, paragraph, sentenceStart, possessive, isCommon)) spans.push(span);
    i = j;
  }
  return spans;
}

/** Length of a possessive ending (' ’ 's ’s) at the end of a word: what /['’]s?$/ removes. */
function possessiveLength(t: string): number {
  const last = t.charCodeAt(t.length - 1);
  if (last === 39 || last === 0x2019) return 1;
  if (last !== 115) return 0;
  const before = t.charCodeAt(t.length - 2);
  return before === 39 || before === 0x2019 ? 2 : 0;
}
/** The word without its possessive ending. */
const bare = (w: Word) => {
  const n = possessiveLength(w.text);
  return n ? w.text.slice(0, -n) : w.text;
};
/** The same, lower case (most words have no ending: their lower case is at hand). */
const bareLower = (w: Word) => (possessiveLength(w.text) ? bare(w).toLowerCase() : w.lower);
const withoutDot = (s: string) => (s.endsWith('.') ? s.slice(0, -1) : s);

function splitRun(
  text: string,
  words: Word[],
  from: number,
  to: number,
  paragraph: number,
  sentenceStart: boolean,
  possessive: boolean,
  isCommon: (lower: string) => boolean,
): NameSpan[] {
  const run = words.slice(from, to);
  // "X and Y" is two names unless an organization head ties it together
  const andAt = run.findIndex((w) => w.lower === 'and');
  if (andAt > 0) {
    const head = run[0].lower;
    const last = bareLower(run[run.length - 1]);
    const leftLast = run[andAt - 1].lower;
    // "Department of Health and Human Services", "Customs and Border Protection"; not "… Security and Alex Azar"
    const oneOrg =
      (ORG_HEADS.has(head) || andAt === 1) &&
      (ORG_SUFFIXES.has(last) || ORG_TAILS.has(last)) &&
      !ORG_SUFFIXES.has(leftLast);
    if (!oneOrg) {
      return [
        ...splitRun(text, words, from, from + andAt, paragraph, sentenceStart, false, isCommon),
        ...splitRun(text, words, from + andAt + 1, to, paragraph, false, possessive, isCommon),
      ];
    }
  }
  // "Jamie Werner of Ngātiwai", "Rep. Tom Cole of Oklahoma": a person of a place or a body is two names
  // (an office in front stays with the person)
  let named = 0;
  while (named < run.length && (isTitle(run[named]) || HONORIFICS.has(run[named].lower))) named++;
  const ofAt = run.findIndex((w, q) => q >= named + 2 && w.lower === 'of');
  if (
    ofAt > 0 &&
    run
      .slice(named, ofAt)
      .every((w) => w.cap && !w.acronym && !ORG_SUFFIXES.has(bareLower(w)) && !isTitle(w) && !STOP_WORDS.has(w.lower))
  ) {
    let rightFrom = ofAt + 1;
    if (run[rightFrom]?.lower === 'the') rightFrom++;
    return [
      ...splitRun(text, words, from, from + ofAt, paragraph, sentenceStart, false, isCommon),
      ...splitRun(text, words, from + rightFrom, to, paragraph, false, possessive, isCommon),
    ];
  }
  // months, days and stop words cut the run; leading particles go
  const out: NameSpan[] = [];
  let trimmedStart = false;
  let k = 0;
  let title: string | null = null;
  const pieces: Word[][] = [];
  let cur: Word[] = [];
  for (; k < run.length; k++) {
    const w = run[k];
    const lw = withoutDot(bareLower(w));
    // "He Jianxiong": a capitalised pronoun inside a sentence is a name
    const pronounName =
      k > 0 && (lw === 'he' || lw === 'she' || lw === 'it' || lw === 'we') && !(k === 0 && sentenceStart);
    // "Theresa May", "April Ryan", "Will Smith": a month or a modal inside a name, not before a number
    const nameWord =
      NAME_LIKE_WORDS.has(lw) &&
      !(k === 0 && sentenceStart) &&
      (cur.length > 0 || k < run.length - 1) &&
      !/^\s*\d/.test(text.slice(w.end, w.end + 3));
    if (nameWord) {
      cur.push(w);
      continue;
    }
    // (the patterns only where their hyphen or apostrophe is there at all)
    if (
      MONTHS_DAYS.has(lw) ||
      (lw.includes('-') &&
        /-(?:based|born|owned|led|backed|area|certified|funded|affiliated|controlled|style|related|made|sponsored|linked|run|friendly|focused|era|operated|founded|headquartered|allied|aligned|supported|financed|listed)$/.test(
          lw,
        )) ||
      (hasApostrophe(w.text) && /['’](?:m|ll|re|ve|d|t)$/i.test(w.text)) ||
      (w.cap &&
        !pronounName &&
        (!w.acronym || lw.length >= 4) &&
        STOP_WORDS.has(lw) &&
        !HONORIFICS.has(w.lower) &&
        !(cur.length && ['the', 'and', 'of', 'for', 'on'].includes(lw)))
    ) {
      if (cur.length) pieces.push(cur);
      cur = [];
      if (k === 0) trimmedStart = true;
      continue;
    }
    cur.push(w);
  }
  if (cur.length) pieces.push(cur);
  pieces.forEach((piece, n) => {
    let ws = piece;
    const lastPiece = n === pieces.length - 1;
    const atStart = sentenceStart && ws[0] === run[0];
    let trimmed = trimmedStart && n === 0;
    // a common word opening a sentence is not part of the name ("Protesters", "Officials")
    let dropped: Word | null = null;
    if (atStart && ws.length && !ws[0].acronym && isCommon(bareLower(ws[0]))) {
      dropped = ws[0];
      ws = ws.slice(1);
      trimmed = true;
    }
    const afterDrop = ws;
    // titles: everything up to the last title word is the role ("South Korean President")
    title = null;
    let t = -1;
    // honorifics only open a name ("Mr. Trump"); an initial inside one ("Ellen M. Banner") is no title
    for (let q = 0; q < ws.length - 1; q++)
      if (isTitle(ws[q]) || (q === t + 1 && HONORIFICS.has(ws[q].lower) && !/^\p{Lu}\.$/u.test(ws[q].text))) t = q;
    // "Republican Marco Rubio": a party before a person's full name is how the article describes them
    // ("Kentucky Republican Rand Paul": the state too)
    if (t < 0) {
      const party = ws.findIndex((w) => PARTY_WORDS.has(w.lower));
      const rest = ws.slice(party + 1);
      if (
        party >= 0 &&
        rest.length >= 2 &&
        rest.every((w) => !isCommon(bareLower(w)) && !isTitle(w)) &&
        guessKind(
          rest.map((w) => w.text),
          rest.map((w) => w.lower).join(' '),
        ) === 'person'
      )
        t = party;
    }
    if (t >= 0) {
      let rest = t + 1;
      // "Secretary of State Mike Pompeo": the "of X" belongs to the title when a name follows
      if (ws[rest]?.lower === 'of' && ws.length - rest > 3) rest += 2;
      else if (ws[rest]?.lower === 'of' || ws[rest]?.lower === 'for') return;
      const tail = ws.slice(rest);
      const tailLast = tail.length ? bareLower(tail[tail.length - 1]) : '';
      // "General Purpose AI Models" is no general: a name after a title has no acronym in it
      const tailAcronym = tail.some((w) => w.acronym && !/^(?:\p{Lu}\.)+$/u.test(w.text) && !GENERATIONAL.has(w.lower));
      if (
        tail.length &&
        !tailAcronym &&
        !ORG_SUFFIXES.has(tailLast) &&
        !(tail.length === 1 && ORG_SUFFIXES.has(tail[0].lower))
      ) {
        const titled = ws.slice(0, rest).filter((w) => !HONORIFICS.has(w.lower));
        if (titled.length) {
          title = text.slice(titled[0].start, titled[titled.length - 1].end);
        }
        ws = tail;
      }
    }
    // "Former", "Presumptive" before a title belong to it (above); with no title they open no name ("Presumptive GOP")
    if (title === null && ws.length > 1 && LEADING_ADJECTIVES.has(ws[0].lower)) {
      ws = ws.slice(1);
      trimmed = true;
    }
    // particles cannot open or close a name
    while (ws.length && !ws[0].cap) ws = ws.slice(1);
    while (ws.length && !ws[ws.length - 1].cap) ws = ws.slice(0, -1);
    if (!ws.length) return;
    // a run that ends in a title word is a role, not a name ("Energy Secretary")
    if (
      isTitle(ws[ws.length - 1]) &&
      !ORG_SUFFIXES.has(ws[ws.length - 1].lower) &&
      !(ws.length >= 2 && PRE_ONLY_TITLES.has(ws[ws.length - 1].lower))
    )
      return;
    if (
      ws.length === 1 &&
      (HONORIFICS.has(ws[0].lower) ||
        TITLE_WORDS.has(bareLower(ws[0])) ||
        TITLE_WORDS.has(ws[0].lower.replace(/s$/, '')))
    )
      return;
    const first = ws[0];
    const last = ws[ws.length - 1];
    const lastBare = bare(last);
    const isPossessive = lastPiece && possessive && last === run[run.length - 1];
    const end = isPossessive ? last.start + lastBare.length : last.end;
    const spanText = text.slice(first.start, end);
    out.push({
      paragraph,
      start: first.start,
      end,
      text: spanText,
      words: ws
        .map((w, q) => (q === ws.length - 1 && isPossessive ? lastBare : w.text))
        .filter((w) => !GENERATIONAL.has(w.toLowerCase()) || ws.length < 2),
      title,
      possessive: isPossessive,
      sentenceStart: atStart && !trimmed,
      trimmedStart: trimmed,
      theBefore: /(?:^|[^.!?"“]\s)The\s$/.test(text.slice(Math.max(0, first.start - 6), first.start)) && !sentenceStart,
      untrimmed:
        dropped && ws === afterDrop && ws.length
          ? {
              start: dropped.start,
              text: text.slice(dropped.start, end),
              words: [
                dropped.text,
                ...piece.slice(1).map((w, q) => (q === piece.length - 2 && isPossessive ? lastBare : w.text)),
              ],
            }
          : undefined,
    });
  });
  return out;
}
