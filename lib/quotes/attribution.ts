// Who said a quoted span. Looks only around the quote: the reporter's words right after it
// ("…," Kaplan said), right before it (Kaplan said: "…"), then the sentence or paragraph before,
// and for a paragraph that is all quote, whoever spoke last. Names go through the NameBook so
// surnames, pronouns and "the company" land on the fullest name the article gives.
import type { EntityIndex } from '../entities';
import type { Span } from './marks';
import {
  ANONYMOUS_HEAD,
  DOCUMENT_NOUNS,
  FEMALE_NOUNS,
  MALE_NOUNS,
  ORG_NOUNS,
  SPOKES_NOUNS,
  PERSON_NOUNS,
  cuesFor,
  type LangCues,
} from './cues';
import {
  NameBook,
  cleanRole,
  isRolePhrase,
  looksLikeOrg,
  nameRuns,
  splitTitle,
  type Gender,
  type NameRun,
} from './names';
import { ZhAttributor, isChinese } from './zh';
import { ministryAt } from '../entities/romance';
import { ABBREVIATIONS, sentenceEndAfter, sentenceStartBefore, sentenceStarts } from '../text/boundaries';
import { charsOrSpace, trimEndWhere } from '../text/trim';
import { countWords } from '../text/count';

/** Punctuation around a noun phrase (read from the end: a pattern re-reads a long run of dashes). */
const NP_EDGE = charsOrSpace(',;:—–-');
/** Characters read after (or before) a quote for its attribution: a sentence of thousands of tokens is junk, not prose. */
const READ_AROUND_QUOTE = 1500;

export interface Who {
  speaker: string | null;
  role: string | null;
  anonymous: boolean;
}

export interface Attribution extends Who {
  cue: string | null;
  partial: boolean;
}

interface Tok {
  word: string;
  start: number;
  end: number;
  punct: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’.\-_][\p{L}\p{M}\p{N}]+)*\.?|[,;:!?()—–]|\.|(?<=\s)-(?=\s)/gu;

function tokenize(text: string, base = 0): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = base + m.index!;
    // French inversion: "explique-t-il", "a-t-elle" → verb and pronoun (only a hyphenated token can be one)
    const inv = raw.includes('-') ? /^(.+?)-(?:t-)?(il|elle|ils|elles|on)$/iu.exec(raw) : null;
    if (inv) {
      out.push({ word: inv[1].toLowerCase(), start, end: start + inv[1].length, punct: false });
      out.push({
        word: inv[2].toLowerCase(),
        start: start + raw.length - inv[2].length,
        end: start + raw.length,
        punct: false,
      });
      continue;
    }
    const punct = !/[\p{L}\p{N}]/u.test(raw);
    let word = raw.toLowerCase();
    if (
      !punct &&
      word.endsWith('.') &&
      !ABBREVIATIONS.has(word.slice(0, -1).toLowerCase()) &&
      !/^(?:\p{L}\.)+$/u.test(word)
    )
      word = word.slice(0, -1);
    out.push({ word, start, end: start + raw.length, punct });
  }
  return out;
}

const INTRO =
  /^(?:in|on|at|after|before|during|when|while|since|as|although|though|despite|for|with|by|from|under|in a|speaking|asked|earlier|later|last|this|on monday|en|dans|après|avant|selon|según|tras|durante|em|após|durante|nach|bei|im|am|v|ve|po|při|в|на|после)\b/i;
const LEAD_STRIP = new Set([
  'and',
  'but',
  'as',
  'while',
  'so',
  'then',
  'that',
  'y',
  'e',
  'et',
  'und',
  'a',
  'и',
  'mais',
  'pero',
  'mas',
  'ale',
]);
const PREP_CUT = new Set([
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'when',
  'while',
  'via',
  'to',
  'from',
  'about',
  'who',
  'which',
  'adding',
  'noting',
  'speaking',
  'referring',
  'pointing',
  'because',
  'as',
  'en',
  'a',
  'al',
  'à',
  'au',
  'dans',
  'na',
  've',
  'v',
  'pro',
  'no',
  'em',
  'ao',
  'в',
  'на',
  'im',
  'am',
  'beim',
  'gegenüber',
  'für',
  'serveru',
  'pro',
  'con',
  'ante',
  'tras',
  'durante',
  'lors',
  'sur',
  'après',
  'avant',
  'ayer',
  'hoy',
  'jueves',
  'jeudi',
]);
const PREPOSITIONS = new Set([
  'of',
  'at',
  'for',
  'from',
  'with',
  'in',
  'on',
  'to',
  'by',
  'about',
  'against',
  'de',
  'del',
  'du',
  'des',
  'von',
  'für',
  'pour',
  'para',
  'por',
  'z',
  'ze',
  'do',
]);
const DETERMINERS = new Set(['the', 'la', 'el', 'le', 'les', 'los', 'las', 'der', 'die', 'das', 'o', 'os', 'as', 'a']);
const FUNCTION_WORDS = new Set([
  'on',
  'in',
  'at',
  'of',
  'for',
  'to',
  'by',
  'with',
  'from',
  'and',
  'or',
  'but',
  'the',
  'a',
  'an',
  'as',
  'than',
  'about',
  'de',
  'en',
  'na',
  'v',
  've',
  'a',
  'e',
  'y',
  'и',
  'в',
  'на',
  'по',
  'et',
  'ou',
  'und',
  'oder',
  'in',
  'im',
  'au',
  'du',
  'des',
  'le',
  'la',
]);
/** Days and "yesterday" that may stand between an inverted verb and its subject ("a déclaré jeudi le ministre"). */
const TIME_WORDS = new Set(
  (
    'today yesterday monday tuesday wednesday thursday friday saturday sunday ' +
    'hoy ayer lunes martes miércoles jueves viernes sábado domingo ' +
    'hoje ontem segunda terça quarta quinta sexta ' +
    "aujourd'hui aujourd’hui hier lundi mardi mercredi jeudi vendredi samedi dimanche matin soir " +
    'dnes včera pondělí úterý středu čtvrtek pátek sobotu neděli ' +
    'сегодня вчера'
  ).split(' '),
);
/** Words that join two clauses: what follows the last one before a verb is that verb's subject. */
const COORDINATORS = new Set(['and', 'but', 'y', 'e', 'pero', 'mas', 'et', 'mais', 'ale', 'и', 'но', 'und', 'aber']);
/** "una fuente de los servicios …": a source, then the body it is from. */
const SOURCE_OF =
  /^(?:una?|unas|unos|une|des|uma|umas|um)\s+(?:fuentes?|sources?|fontes?)\s+(?:cercanas?\s+a|proches?\s+d[eu]|próximas?\s+a|de|del|da|do|des|du|d['’])\s*(?:los|las|la|el|les|le|l['’]|os|as|o|a)?\s*(.+)$/iu;
/** Object pronouns that may follow a subject before its verb ("una fuente … nos la resumió"). */
const CLITICS = new Set([
  'me',
  'te',
  'se',
  'nos',
  'os',
  'le',
  'les',
  'lo',
  'la',
  'los',
  'las',
  'lhe',
  'lhes',
  'o',
  'a',
  'as',
  'nous',
  'vous',
  'lui',
  'leur',
  'y',
  'en',
]);
/** Prepositions of place: a name after one is where something happened, not who spoke ("au Népal", "en Chile"). */
const LOCATIVES = new Set([
  'au',
  'aux',
  'à',
  'dans',
  'en',
  'em',
  'no',
  'na',
  'nos',
  'nas',
  'in',
  'at',
  'v',
  've',
  'в',
  'во',
]);
const GROUP_SYNONYMS: Record<string, string[]> = {
  physicians: ['doctors', 'physicians'],
  doctors: ['physicians', 'doctors'],
  lawmakers: ['legislators', 'senators', 'representatives'],
  lawyers: ['attorneys'],
  attorneys: ['lawyers'],
  nurses: ['nurses'],
  researchers: ['scientists'],
  scientists: ['researchers'],
};
const GENERIC_ORG =
  /^(?:company|firm|group|organization|organisation|business|startup|maker|giant|brand|platform|outlet|empresa|compañía|companhia|entreprise|société|firma|společnost|компания)$/;
const GROUP_NOUNS_RE =
  /^(?:doctors|physicians|researchers|scientists|authors|lawmakers|activists|protesters|organizers|organisers|members|workers|residents|students|parents|families|teachers|nurses|officials|analysts|experts|investigators|prosecutors|plaintiffs|regulators|lawyers|attorneys|senators|democrats|republicans|fans|users)$/;

/** One comma-free part of a noun phrase, as whoOfPart's readings see it. */
interface Phrase {
  text: string;
  words: string[];
  /** The words in lower case, trailing punctuation removed. */
  lower: string[];
  p: number;
  at: number;
  /** Where the phrase stands: before its verb ("Kaplan said") or after it ("said Kaplan"). */
  mode: 'before' | 'after';
}

/** A reading of whoOfPart that does not recognise the phrase: the next one is tried. */
const NOT_THIS = Symbol('not this reading');
const ANONYMOUS: Who = { speaker: null, role: null, anonymous: true };

/** Paragraphs read back for whoever holds a title ("the Prime Minister", "the minister"). */
const TITLE_HOLDER_REACH = 30;
/** Paragraphs read back for the body a spokesperson's lower-case employer names ("the department"). */
const ORG_NOUN_REACH = 40;
/** Letters of that noun compared with the body's words ("depar" ~ "Department"). */
const ORG_STEM_CHARS = 5;
/** Paragraphs read back for a group named by its members ("the doctors" ~ "Doctors for Camp Closure"). */
const GROUP_REACH = 60;
/** A role longer than this, or a lead-in of more words, is a clause rather than a role. */
const MAX_ROLE_CHARS = 90;
const MAX_LEAD_ROLE_WORDS = 8;
/** Paragraphs read back for the actor beside an earlier "statement" or "spokesperson". */
const NEAR_WORD_REACH = 8;
/** Paragraphs at the top of an article always read for names: people are introduced there. */
const OPENING_PARAGRAPHS = 8;
/** Paragraphs before a quote read for names (pronouns, "the company" point back this far). */
const PARAGRAPHS_READ_BEFORE_QUOTE = 8;

/** Words read after a quote for its cue; after a fragment woven into a sentence, only a few. */
const TAIL_WORDS = 40;
const STRICT_TAIL_WORDS = 7;

/** How far back (characters) "she said" may point at "one mother" instead of a name. */
const UNNAMED_PERSON_REACH = 300;

/** Quotes whose surroundings are read for names; the rest of a giant page stays unread. */
export const MAX_READ_SPANS = 400;
/** How far before a quote its lead-in sentence is read: longer than any sentence a reader meets. */
const MAX_LEAD_IN_CHARS = 2_000;
/** Words that open a subordinate clause: a verb after one has its subject after it. */
const SUBORDINATORS_EN = /^(?:that|because|whether|if|since|while|although|though|when|until|unless)$/;
/** Words after which a verb of saying is a noun: "his comments", "Ginsburg's claims", "50 points". */
const NOUN_MARKERS_EN =
  /^(?:the|a|an|his|its|their|our|my|your|these|those|such|no|any|some|many|several|whose|\p{N}+|.+['’]s|.+s['’])$/u;
/** A signature line under a quote is a name and a few words ("—Michelle Marks, Philadelphia."). */
const MAX_SIGNATURE_CHARS = 120;
/** A closing reporting clause's subject is short: "…, Clinton said", "…, the bureau's director said". */
const MAX_CLOSING_SUBJECT_WORDS = 6;
/** Words that open a new clause after a quote ("“…” as prices fell"): no attribution follows at once. */
const CLAUSE_OPENERS =
  /^(?:as|while|because|when|after|before|since|if|though|although|until|and|but|so|whereas|which|who|like)$/;

export class Attributor {
  readonly masked: string[];
  readonly book: NameBook;
  private cues: LangCues;
  private proDrop: boolean;
  private english: boolean;
  private zh: ZhAttributor | null;
  private last: { who: Who; paragraph: number } | null = null;

  constructor(
    private paragraphs: string[],
    private spans: Span[],
    private entities: EntityIndex,
    lang: string | null,
    siteName: string | null = null,
  ) {
    // names are read near quotes only: a few paragraphs before each (pronouns, "the company") and
    // the opening ones (where people are introduced); huge pages stay fast
    const near = new Uint8Array(paragraphs.length);
    for (let p = 0; p < Math.min(OPENING_PARAGRAPHS, paragraphs.length); p++) near[p] = 1;
    for (const s of spans.slice(0, MAX_READ_SPANS)) {
      const first = s.parts[0].paragraph;
      const last = s.parts[s.parts.length - 1].paragraph;
      for (
        let p = Math.max(0, first - PARAGRAPHS_READ_BEFORE_QUOTE);
        p <= Math.min(paragraphs.length - 1, last + 1);
        p++
      )
        near[p] = 1;
    }
    this.masked = maskQuotes(paragraphs, spans, (p) => near[p] === 1).map(maskAffiliations);
    this.cues = cuesFor(lang);
    this.english = lang === null || lang === 'en';
    this.proDrop = lang !== null && ['es', 'pt', 'it', 'cs', 'sk', 'ru', 'uk', 'pl', 'ca'].includes(lang);
    this.book = new NameBook(this.masked, entities, this.cues, (text) => sentenceStarts(text), siteName);
    this.zh = isChinese(paragraphs, lang) ? new ZhAttributor(this.masked) : null;
  }

  /** Attribute spans in reading order (state carries the last speaker forward). */
  attribute(i: number): Attribution {
    const span = this.spans[i];
    const first = span.parts[0];
    const lastPart = span.parts[span.parts.length - 1];
    const p0 = first.paragraph;
    const p1 = lastPart.paragraph;
    const prev =
      i > 0 && this.spans[i - 1].parts[this.spans[i - 1].parts.length - 1].paragraph === p0 ? this.spans[i - 1] : null;
    const next = i + 1 < this.spans.length && this.spans[i + 1].parts[0].paragraph === p1 ? this.spans[i + 1] : null;
    const text0 = this.masked[p0];
    const text1 = this.masked[p1];
    // a title or scare quote earlier in the sentence does not cut it ("Buckley, who phoned in from
    // the set of “Fargo,” had a similar experience: …")
    let floor = 0;
    for (let k = i - 1; k >= 0 && this.spans[k].parts[this.spans[k].parts.length - 1].paragraph === p0; k--) {
      const sp = this.spans[k];
      const last = sp.parts[sp.parts.length - 1];
      if (sp.parts.length > 1 || countWords(this.paragraphs[p0].slice(last.start, last.end)) >= 4) {
        floor = sp.close;
        break;
      }
    }
    // a lead-in is read within a bounded reach: a paragraph of a thousand one-word quotes and no
    // full stop would otherwise read its whole start again for every quote
    floor = Math.max(floor, span.open - MAX_LEAD_IN_CHARS);
    // "…closer to 30 percent.“We have found…”": a sentence that ended right before the mark, even
    // with no space after its full stop, is not the quote's lead-in
    const sentenceBefore = sentenceStartBefore(text0, span.open, floor);
    const headStart = /[.!?]\s*$/.test(text0.slice(sentenceBefore, span.open)) ? span.open : sentenceBefore;
    const head = text0.slice(headStart, span.open);
    const tailLimit = next ? next.open : text1.length;
    const tailEnd = span.closed ? sentenceEndAfter(text1, span.close, tailLimit) : span.close;
    const tail = span.closed ? text1.slice(span.close, tailEnd) : '';
    const inner = this.paragraphs[p1].slice(lastPart.start, lastPart.end);
    const innerFirst = this.paragraphs[p0].slice(first.start, first.start + 1);
    const headTrim = head.trim();
    const partial =
      (headTrim !== '' && !/[:,—–]$/.test(headTrim) && !/^[—–-]$/.test(headTrim)) || /^\p{Ll}/u.test(innerFirst);

    let found: (Who & { cue: string | null }) | null = null;
    if (this.zh) found = this.zh.attribute(head, tail, p0, span.open, this.last?.who ?? null);
    else {
      const endsOpen = !/[.]$/.test(inner) || /^\s*[,—–]/.test(tail) || /^\s*\p{Ll}/u.test(tail);
      // "…, “states were hemorrhaging money,” DeSantis said.": a reporting clause right after the
      // closing comma names the speaker, whatever names the sentence before the quote holds
      if (partial && /[,?!]$/.test(inner.trim()) && this.namesAtOnce(tail))
        found = this.fromTail(tail, p1, span.close, true, false);
      // a fragment woven into a sentence belongs to that sentence's subject first
      if (!found && partial && headTrim) found = this.fromHead(head, p0, headStart);
      // a fragment's own sentence goes on after it: only a verb right after the mark attributes it
      if (!found && endsOpen) found = this.fromTail(tail, p1, span.close, partial, false);
      if (!found && headTrim && !partial) found = this.fromHead(head, p0, headStart);
      if (!found && !endsOpen) found = this.fromTail(tail, p1, span.close, true, true);
      if (!found && !tail.trim()) found = this.fromSignature(p1);
    }
    if (found && !found.speaker && !found.anonymous) found = null;
    // an earlier quote of the same paragraph and sentence chain: "A," he said. "B."
    if (!found && prev && this.last && this.last.paragraph === p0) found = { ...this.last.who, cue: null };
    if (!found && !this.zh) found = this.fromEarlierSentences(p0, headStart, floor);
    if (!found && !this.zh && span.closed) found = this.fromLaterSentence(p1, tailEnd, tailLimit);
    // a paragraph that is all quote continues the speaker of the paragraph before
    if (!found && !headTrim && this.last && this.continues(this.last.paragraph, p0) && !this.paragraphHasCue(p0))
      found = { ...this.last.who, cue: null };
    if (!found && !headTrim && p0 > 0 && !this.zh) found = this.fromPreviousParagraph(p0);
    if (!found && !headTrim && p0 > 0 && !this.zh && !this.paragraphHasCue(p0)) found = this.onlyPersonBefore(p0);
    if (!found && (partial || /,$/.test(headTrim)) && headTrim && !this.zh)
      found = this.fragmentSubject(head, p0, headStart);
    if (!found) return { speaker: null, role: null, anonymous: false, cue: null, partial };
    found = { ...found, role: this.verbatim(cleanRole(found.role, found.speaker)) };
    if (found.speaker || found.anonymous)
      this.last = { who: { speaker: found.speaker, role: found.role, anonymous: found.anonymous }, paragraph: p1 };
    return { ...found, partial };
  }

  /** "“…”" then a paragraph "- Sanders." or "—Michelle Marks, Philadelphia.": a signature line. */
  private fromSignature(p: number): (Who & { cue: string }) | null {
    const line = this.masked[p + 1];
    const m = line ? /^\s*[-—–]\s*(?=\p{Lu})/u.exec(line) : null;
    if (!m || line.length > MAX_SIGNATURE_CHARS) return null;
    const who = this.resolveNP(line.slice(m[0].length).replace(/[.\s]+$/, ''), p + 1, m[0].length, 'after');
    return who && who.speaker ? { ...who, cue: '—' } : null;
  }

  /**
   * "Clinton supports “appropriate pay raises”", "West landed a sharp dig at “…”": a fragment in a
   * sentence with no verb of saying is the words of the sentence's subject, when that is a person.
   */
  private fragmentSubject(head: string, p: number, base: number): (Who & { cue: null }) | null {
    const toks = tokenize(head, base);
    // the subject opens the sentence, or its main clause after an opening phrase ("Earlier this week, Clinton …")
    const comma = toks.findIndex((t) => t.word === ',');
    for (const k of comma >= 0 ? [0, comma + 1] : [0]) {
      if (k >= toks.length) continue;
      const text = this.textOf(p, toks[k].start, toks[toks.length - 1].end);
      const run = nameRuns(text)[0];
      if (!run || run.start > 0 || run.possessive) continue;
      const who = this.resolveNP(run.text, p, toks[k].start, 'before');
      if (who && who.speaker && this.book.isPerson(who.speaker)) return { ...who, cue: null };
    }
    return this.nearestActingPerson(head, p, base);
  }

  /** "… the purchases Mr. Trump requested — larger purchases “…”": the last person doing something before the fragment. */
  private nearestActingPerson(head: string, p: number, base: number): (Who & { cue: null }) | null {
    const run = nameRuns(head)
      .filter((r) => !r.possessive && /^\s+\p{Ll}/u.test(head.slice(r.end)))
      .at(-1);
    const pre = run ? (head.slice(0, run.start).trim().split(/\s+/).pop()?.toLowerCase() ?? '') : '';
    if (!run || PREPOSITIONS.has(pre)) return null;
    const who = this.resolveNP(run.text, p, base + run.start, 'before');
    return who && who.speaker && this.book.isPerson(who.speaker) ? { ...who, cue: null } : null;
  }

  /** The words after a quote start with a name or a verb and a name: "DeSantis said", "asked Dunn". */
  private namesAtOnce(tail: string): boolean {
    const m = /^[\s,]*(\S+)\s+(\S+)/u.exec(tail);
    if (!m || /^(?:he|she|they|it|I|we|you)$/i.test(m[1])) return false;
    return /^\p{Lu}/u.test(m[1]) || (this.cues.verbs.has(m[1]) && /^(?:\p{Lu}|the\b)/u.test(m[2]));
  }

  /**
   * A role read from the masked text may hold a blanked quote ("a self-styled “   …” journalist"):
   * shown only when the article has it word for word.
   */
  private verbatim(role: string | null): string | null {
    if (!role || !/\s{2}|…/.test(role)) return role;
    return this.paragraphs.some((text) => text.includes(role)) ? role : null;
  }

  /** Nothing but captions or subheads (short lines) stand between the last speaker and paragraph p. */
  private continues(last: number, p: number): boolean {
    if (last >= p - 1) return true;
    if (last < p - 3) return false;
    for (let k = last + 1; k < p; k++)
      if (this.paragraphs[k].length > 160 || this.hasVerb(this.masked[k])) return false;
    return true;
  }

  /** "…," Kaplan said. / "…," said Kaplan, Meta's chief. / "…" — Kaplan */
  private fromTail(
    tail: string,
    p: number,
    base: number,
    strict = false,
    mustClose = false,
  ): (Who & { cue: string }) | null {
    // the attribution stands near the quote: a "sentence" of a million dots is not read whole
    const toks = tokenize(tail.length > READ_AROUND_QUOTE ? tail.slice(0, READ_AROUND_QUOTE) : tail, base);
    let k = 0;
    let dash = false;
    while (k < toks.length && toks[k].punct) {
      if (toks[k].word === '—' || toks[k].word === '–' || toks[k].word === '-') dash = true;
      if (toks[k].word === '.' || toks[k].word === '(') return null;
      k++;
    }
    const words = toks.slice(k);
    if (!words.length) return null;
    // "…" as Meta lowered its prices: a new clause, no attribution, unless a reporting clause closes
    // the sentence ("“…” and against the Brady bill, Clinton said.")
    if (CLAUSE_OPENERS.test(words[0].word)) return this.closingReport(words, p);
    // a verb must stand close after a fragment; "according to X" credits its whole sentence
    const verbLimit = Math.min(words.length, strict ? STRICT_TAIL_WORDS : TAIL_WORDS);
    const limit = Math.min(words.length, TAIL_WORDS);
    let read = 0;
    for (let j = 0; j < limit; j++) {
      const t = words[j];
      if (t.punct && (t.word === '.' || t.word === ';' || t.word === '(' || t.word === '?' || t.word === '!')) break;
      if (!t.punct) read++;
      if (read > verbLimit && !this.sourceAt(words, j)) continue;
      const source = this.sourceAt(words, j);
      if (source) {
        const who = this.resolveNP(
          this.textOf(p, words[source.end]?.start ?? t.end, this.clauseEnd(words, source.end, p)),
          p,
          t.start,
          'after',
        );
        if (who) return { ...who, cue: source.phrase };
      }
      if (!this.cueVerb(words, j, p)) continue;
      // after a quote that ended its sentence, only a short "Kaplan said." attributes it;
      // "Martha added that…" starts a sentence of its own
      if (mustClose && !this.closesSentence(words, j)) return null;
      // "“…” that Sanders can win, said Steve Elmendorf": after a comma the subject follows the verb
      if (j > 0 && this.afterComma(words, j, p) && this.finite(t.word)) {
        const inverted = this.invertedSubject(words, j, p);
        if (inverted) return { ...inverted, cue: this.paragraphs[p].slice(t.start, t.end) };
      }
      const before = words.slice(0, j).filter((w) => !w.punct || w.word === ',');
      while (
        before.length &&
        (this.cues.filler.has(before[before.length - 1].word) ||
          this.adverb(p, before[before.length - 1]) ||
          before[before.length - 1].word === ',')
      )
        before.pop();
      const cue = this.paragraphs[p].slice(t.start, t.end).replace(/[.]$/, '');
      if (before.length) {
        if (before.length > 36) return null;
        const who = before.some((b) => b.word === ',')
          ? this.subjectBefore(
              toks.slice(k, k + j).filter((w) => !w.punct || w.word === ','),
              p,
            )
          : this.resolveNP(
              this.textOf(p, before[0].start, before[before.length - 1].end),
              p,
              before[0].start,
              'before',
            );
        if (who) return { ...who, cue };
        continue;
      }
      // inverted: "…," said Kaplan. Not for "told" (the listener follows) nor "…," adding that
      if (/ing$/.test(t.word) || /^(?:told|tell|tells)$/.test(t.word)) return null;
      const from = skipTime(words, j + 1);
      const end = this.clauseEnd(words, from, p);
      if (from < words.length && words[from].start < end) {
        const who = this.resolveNP(this.textOf(p, words[from].start, end), p, t.start, 'after');
        if (who) return { ...who, cue };
      }
      if (this.proDrop) {
        const who = this.pronoun(null, p, t.start);
        if (who) return { ...who, cue };
      }
      return null;
    }
    // "…," přirovnává Heskey. — a short tail ending in a name credits that name, whatever the verb
    const sentenceWords = [];
    for (const w of words) {
      if (w.word === '.' || w.word === '!' || w.word === '?') break;
      sentenceWords.push(w);
    }
    const openEnded = /[,?!]\s*\S?\s*$/.test(this.masked[p].slice(Math.max(0, base - 3), base));
    if (
      !strict &&
      !dash &&
      openEnded &&
      sentenceWords.length >= 2 &&
      sentenceWords.length <= 6 &&
      /^\p{Ll}/u.test(this.masked[p][sentenceWords[0].start]) &&
      !FUNCTION_WORDS.has(sentenceWords[0].word) &&
      !sentenceWords.some((w) => w.punct)
    ) {
      const segment = this.textOf(p, sentenceWords[0].start, sentenceWords[sentenceWords.length - 1].end).replace(
        /[.]$/,
        '',
      );
      const run = nameRuns(segment).at(-1);
      if (run && !run.possessive && run.end === segment.length) {
        const t = splitTitle(run.text);
        if (t.name && !this.book.commonWord(t.name))
          return {
            ...this.who(t.name, t.title),
            cue: this.paragraphs[p].slice(sentenceWords[0].start, sentenceWords[0].end),
          };
      }
    }
    if (dash && !strict) {
      const end = this.clauseEnd(words, 0, p);
      const who = this.resolveNP(this.textOf(p, words[0].start, end), p, words[0].start, 'after');
      if (who && who.speaker) return { ...who, cue: '—' };
    }
    return null;
  }

  /** Kaplan said: "…" / According to Meta, "…" / She added, "…" / Kaplan called it "…" */
  private fromHead(head: string, p: number, base: number): (Who & { cue: string | null }) | null {
    // only the last 30 tokens are read: the end of a long head is enough
    const cut = Math.max(0, head.length - READ_AROUND_QUOTE);
    const toks = tokenize(cut ? head.slice(cut) : head, base + cut);
    if (!toks.length) return null;
    // "Ryan told CNN that Ginsburg's comments “…”": a verb of saying before a noun of saying;
    // "Gorka made the point that …": the noun alone still marks a report
    return this.headReading(toks, head, p, false) ?? this.headReading(toks, head, p, true);
  }

  private headReading(toks: Tok[], head: string, p: number, nouns: boolean): (Who & { cue: string | null }) | null {
    for (let j = toks.length - 1; j >= Math.max(0, toks.length - 30); j--) {
      const t = toks[j];
      const source = this.sourceAt(toks, j);
      if (source) {
        const end = this.clauseEnd(toks, source.end, p);
        // "X said that, according to its analysis, …": the owner of the analysis speaks, read on to the
        // verb ("according to his aunt, Jane Starner" names her)
        const ownDocument =
          /^(?:its|his|her|their)$/.test(toks[source.end]?.word ?? '') &&
          !nameRuns(this.textOf(p, toks[source.end].start, end)).length;
        if (source.end < toks.length && toks[source.end].start < end && !ownDocument) {
          const who = this.resolveNP(this.textOf(p, toks[source.end].start, end), p, t.start, 'after');
          if (who) return { ...who, cue: source.phrase };
        }
      }
      if (!(nouns ? this.cueWord(toks, j, p) : this.cueVerb(toks, j, p))) continue;
      const cue = this.paragraphs[p].slice(t.start, t.end).replace(/[.]$/, '');
      const before = toks.slice(0, j);
      while (
        before.length &&
        (this.cues.filler.has(before[before.length - 1].word) ||
          this.adverb(p, before[before.length - 1]) ||
          before[before.length - 1].punct) &&
        before[before.length - 1].word !== ','
      )
        before.pop();
      // "Clinton said Trump is responsible and accused him of “…”": a second verb shares the first one's subject
      if (before.length > 2 && before[before.length - 1].word === 'and' && !/ing$/.test(t.word)) {
        const first = before.findIndex((b, k) => k > 0 && this.cueVerb(before, k, p));
        // "Sanders was asked by Maher …": a passive's subject is not the speaker
        const passive = first > 0 && /^(?:was|were|is|are|been|be)$/.test(before[first - 1].word);
        const who = first > 0 && !passive ? this.subjectBefore(before.slice(0, first), p) : null;
        if (who && who.speaker) return { ...who, cue };
      }
      // "He urged Mr. Trump to act, saying “…”": a participle's speaker is its clause's subject, not the nearest name
      // "Likud party, which tried to rally support by saying that voters were “…”": the body the relative clause hangs on
      if (/ing$/.test(t.word)) {
        const who = this.relativeAntecedent(before, p);
        if (who) return { ...who, cue };
      }
      if (before.length > 2 && /ing$/.test(t.word) && before[before.length - 1].word === ',') {
        const firstComma = before.findIndex((b) => b.word === ',');
        const intro =
          firstComma < before.length - 1 && INTRO.test(this.textOf(p, before[0].start, before[0].end))
            ? firstComma + 1
            : 0;
        const who = this.leadSubject(before.slice(intro), p);
        if (who && who.speaker) return { ...who, cue };
      }
      if (before.length) {
        // "…, a déclaré jeudi le ministre", "…, dijo ayer Pérez": after a comma the subject follows the verb
        if (
          before[before.length - 1].word === ',' &&
          !/ing$/.test(t.word) &&
          !/^(?:told|tell|tells)$/.test(t.word) &&
          this.invertedSubjectAhead(toks, j, p)
        ) {
          const inv = this.afterVerb(toks, j, p);
          if (inv) return { ...inv, cue };
        }
        const who = this.subjectBefore(before, p);
        if (who) return { ...who, cue };
      } else if (j + 1 < toks.length && !/ing$/.test(t.word) && !/^(?:told|tell|tells)$/.test(t.word)) {
        // "Said Kaplan: …" and the dropped subject of "Dijo: …"
        const end = this.clauseEnd(toks, j + 1, p);
        const who = this.resolveNP(this.textOf(p, toks[j + 1].start, end), p, t.start, 'after');
        if (who) return { ...who, cue };
      }
      if (this.proDrop && !before.length) {
        const who = this.pronoun(null, p, t.start);
        if (who) return { ...who, cue };
      }
      // a participle ("…, saying") or a clause whose subject we could not read: the sentence subject
      const who = this.leadSubject(toks.slice(0, j), p);
      if (who) return { ...who, cue };
    }
    // lead-in ending in a colon: "Kaplan sharply criticized the EU's approach:"
    if (/:\s*$/.test(head)) {
      const who = this.leadSubject(toks, p);
      if (who) return { ...who, cue: ':' };
      // "That process led to a realization:" — the speaker of the story so far
      if (this.last && this.last.paragraph >= p - 1 && this.last.who.speaker) return { ...this.last.who, cue: ':' };
    }
    return null;
  }

  /**
   * Can the words after the verb at j be its subject? In English only a name running to the quote
   * is one ("…, said Sen. Ted Cruz: “…”"); "Dean Johnson, a salesman, says Cruz will “…”" has its
   * subject before the verb and a clause after it.
   */
  private invertedSubjectAhead(toks: Tok[], j: number, p: number): boolean {
    if (!this.english) return true;
    const rest = toks.slice(j + 1);
    const firstComma = rest.findIndex((t) => t.punct);
    // "…, said Fiorina “was involved”": a name running into the quote is the reported clause's subject
    if (firstComma < 0) return false;
    const phrase = rest.slice(0, firstComma);
    return phrase.length > 0 && phrase.every((t) => /^\p{Lu}/u.test(this.masked[p][t.start] ?? '') || t.word === 'of');
  }

  /** The subject of an inverted verb at j: "a déclaré jeudi le ministre des Affaires étrangères". */
  private afterVerb(toks: Tok[], j: number, p: number): Who | null {
    const from = skipTime(toks, j + 1);
    if (from >= toks.length || toks[from].punct) return null;
    const end = this.clauseEnd(toks, from, p);
    if (toks[from].start >= end) return null;
    const np = this.textOf(p, toks[from].start, end);
    const who = this.resolveNP(np, p, toks[j].start, 'after');
    return who && (who.speaker || who.anonymous) ? who : null;
  }

  /** "una fuente de los servicios", "une source du ministère": the body the source belongs to, or null. */
  private sourceBody(text: string, p: number): Who | null {
    const m = SOURCE_OF.exec(text);
    if (!m) return null;
    const rest = m[1].trim().split(/\s+/);
    while (rest.length > 1 && CLITICS.has(rest[rest.length - 1].toLowerCase())) rest.pop();
    const phrase = rest.join(' ');
    const run = nameRuns(phrase)[0];
    if (run && run.start === 0 && !this.book.commonWord(run.text))
      return { speaker: this.book.speaker(run.text), role: null, anonymous: false };
    // a group the article names in lower case: its fullest earlier form ("servicios de inteligencia")
    const head = rest[0];
    if (rest.length !== 1 || !/^\p{Ll}{4,}$/u.test(head)) return null;
    const fuller = new RegExp(`(?<![\\p{L}])${head}\\s+(?:de|da|do|des|du)\\s+(\\p{Ll}{4,})(?![\\p{L}])`, 'u');
    for (let q = 0; q <= p; q++) {
      const hit = fuller.exec(this.masked[q]);
      if (hit) return { speaker: hit[0].replace(/\s+/g, ' '), role: null, anonymous: false };
    }
    return null;
  }

  /** "le ministre des Affaires étrangères", "the foreign minister": a job, and no name but one hanging off a preposition. */
  private roleOnly(np: string): boolean {
    const words = np.trim().split(/\s+/);
    const lower = words.map((w) => w.toLowerCase());
    let k = DETERMINERS.has(lower[0]) || lower[0] === "l'" || lower[0] === 'the' ? 1 : 0;
    if (lower[0].startsWith("l'") || lower[0].startsWith('l’')) k = 0;
    const noun = lower[k]?.replace(/^l['’]/, '');
    if (!noun || !PERSON_NOUNS.has(noun) || /^\p{Lu}/u.test(words[k].replace(/^l['’]/i, ''))) return false;
    const rest = words.slice(k + 1);
    return (
      !rest.length || PREPOSITIONS.has(rest[0].toLowerCase()) || /^(?:des|du|de|d['’])/.test(rest[0].toLowerCase())
    );
  }

  /** The first person named as a speaker later in the paragraph ("…», a ajouté Laurent Fabius."), within two sentences. */
  private personAhead(p: number, at: number): string | null {
    const text = this.masked[p];
    const toks = tokenize(text.slice(at), at);
    let ends = 0;
    for (let j = 0; j < toks.length; j++) {
      const t = toks[j];
      if ((t.word === '.' || t.word === '!' || t.word === '?') && ++ends > 2) break;
      if (!this.cueVerb(toks, j, p)) continue;
      const from = skipTime(toks, j + 1);
      const end = from < toks.length ? this.clauseEnd(toks, from, p) : 0;
      const run =
        from < toks.length && toks[from].start < end ? nameRuns(this.textOf(p, toks[from].start, end))[0] : undefined;
      const name = run && !run.possessive ? splitTitle(run.text).name : null;
      if (name && !this.book.commonWord(name)) {
        const full = this.book.canonical(name);
        if (this.book.isPerson(full) || full.includes(' ')) return full;
      }
    }
    return null;
  }

  /** The speaker named in the sentences just before the quote, in the same paragraph. */
  private fromEarlierSentences(p: number, headStart: number, floor: number): (Who & { cue: string | null }) | null {
    let end = headStart;
    const text = this.masked[p];
    for (let n = 0; n < 2 && end > floor; n++) {
      const start = sentenceStartBefore(text, Math.max(floor, end - 1), floor);
      const sentence = text.slice(start, end);
      if (/[“”"«»„「」]/.test(sentence.replace(/\s+/g, ''))) return null;
      if (!/:\s*$/.test(sentence) && !this.hasVerb(sentence)) {
        end = start;
        continue;
      }
      const who = this.fromHead(sentence.replace(/[.!?]\s*$/, ':'), p, start);
      if (who && (who.speaker || who.anonymous)) return who;
      end = start;
    }
    return null;
  }

  /** "…, which Apple views as “a human right”. Another is stewardship, Cook said." */
  private fromLaterSentence(p: number, from: number, limit: number): (Who & { cue: string | null }) | null {
    const text = this.masked[p];
    const end = sentenceEndAfter(text, from, limit);
    const sentence = text.slice(from, end);
    if (!sentence.trim() || /[“”"«»„「」]/.test(sentence)) return null;
    const toks = tokenize(sentence, from).filter((t) => t.word !== '.');
    // the sentence must end "…, Name said."
    const k = toks.length - 1;
    if (k < 1 || !this.cueVerb(toks, k, p)) return null;
    let c = k - 1;
    while (c >= 0 && toks[c].word !== ',' && k - c <= 5) c--;
    const np = toks.slice(c + 1, k);
    if (!np.length || (c >= 0 && toks[c].word !== ',')) return null;
    const who = this.resolveNP(this.textOf(p, np[0].start, np[np.length - 1].end), p, np[0].start, 'before');
    return who && (who.speaker || who.anonymous)
      ? { ...who, cue: this.paragraphs[p].slice(toks[k].start, toks[k].end).replace(/[.]$/, '') }
      : null;
  }

  /** "But for Parata the deaths are personal." / "“It's very emotional…”": the one person the paragraph before is about. */
  private onlyPersonBefore(p: number): (Who & { cue: string | null }) | null {
    const prev = this.masked[p - 1];
    if (!prev || /[“”"«»„「」]/.test(prev)) return null;
    const people = new Set(
      this.book.mentions.filter((m) => m.paragraph === p - 1 && this.book.evidentPerson(m.name)).map((m) => m.name),
    );
    const others = this.book.mentions.some(
      (m) => m.paragraph === p - 1 && !people.has(m.name) && this.book.isPerson(m.name),
    );
    if (people.size !== 1 || others) return null;
    return { ...this.who([...people][0], null), cue: null };
  }

  /** The last sentence of the previous paragraph, when it names who speaks next. */
  private fromPreviousParagraph(p: number): (Who & { cue: string | null }) | null {
    const text = this.masked[p - 1];
    const start = sentenceStartBefore(text, Math.max(0, text.trimEnd().length - 1), 0);
    const sentence = text.slice(start);
    if (/[“”"«»„「」]/.test(sentence)) return null;
    if (!/:\s*$/.test(sentence) && !this.hasVerb(sentence)) return null;
    return this.fromHead(sentence.replace(/[.!?]\s*$/, ':'), p - 1, start);
  }

  /**
   * The actor named next to an earlier use of a word: who issued "the statement", whom "the
   * spokesperson" speaks for. Looks back a few paragraphs, sentence by sentence.
   */
  private nearWord(
    p: number,
    at: number,
    word: RegExp,
    test: (name: string) => boolean,
    bySubject = false,
  ): string | null {
    for (let q = p; q >= Math.max(0, p - NEAR_WORD_REACH); q--) {
      const text = q === p ? this.masked[q].slice(0, at) : this.masked[q];
      const hits = [...text.matchAll(new RegExp(word.source, 'gi'))];
      for (let h = hits.length - 1; h >= 0; h--) {
        const i = hits[h].index!;
        const from = sentenceStartBefore(text, i, 0);
        const to = sentenceEndAfter(text, i, text.length);
        // the outlet a statement went to is not its issuer ("emailed to NBC News", "told Reuters")
        const runs = nameRuns(text, from, to).filter(
          (r) =>
            !this.book.commonWord(r.text) &&
            !/\b(?:to|told|tells|tell)\s+$/i.test(text.slice(Math.max(0, r.start - 8), r.start)),
        );
        // nearest to the word first
        runs.sort((a, b) => Math.abs(a.start - i) - Math.abs(b.start - i));
        for (const r of runs) {
          const name = this.book.speaker(splitTitle(r.text).name || r.text);
          if (test(name)) return name;
        }
        // "The company denied it in a statement": whoever "the company" is there
        const subject = bySubject ? /^\s*(?:the|its|their)\s+(\p{Ll}+)/iu.exec(text.slice(from, i)) : null;
        if (subject && ORG_NOUNS.has(subject[1].toLowerCase())) {
          const org = this.book.orgBefore(q, from, []);
          if (org) return this.book.speaker(org);
        }
      }
    }
    return null;
  }

  /**
   * "“…,” since most cases were close, said Lee Epstein." / "“…” and against the Brady bill, Clinton
   * said.": a reporting clause set off by a comma at the end of the sentence reports all of it.
   */
  private closingReport(words: Tok[], p: number): (Who & { cue: string }) | null {
    const stop = words.findIndex((w) => /^[.?!;]$/.test(w.word));
    const sentence = stop < 0 ? words : words.slice(0, stop + 1);
    for (let v = 1; v < sentence.length; v++) {
      const t = sentence[v];
      if (!this.cueVerb(sentence, v, p) || !this.finite(t.word)) continue;
      const cue = this.paragraphs[p].slice(t.start, t.end).replace(/[.]$/, '');
      if (this.afterComma(sentence, v, p)) {
        const who = this.invertedSubject(sentence, v, p);
        if (who) return { ...who, cue };
        continue;
      }
      const subject = this.subjectAfterComma(sentence, v, p);
      if (subject && this.closesSentence(sentence, v)) {
        const who = this.resolveNP(
          this.textOf(p, subject[0].start, subject.at(-1)!.end),
          p,
          subject[0].start,
          'before',
        );
        if (who && (who.speaker || who.anonymous)) return { ...who, cue };
      }
    }
    return null;
  }

  /** The short phrase between a comma and the verb at v ("…, Clinton said"), or null. */
  private subjectAfterComma(words: Tok[], v: number, p: number): Tok[] | null {
    let c = v - 1;
    while (c >= 0 && (this.cues.filler.has(words[c].word) || this.adverb(p, words[c]))) c--;
    const end = c + 1;
    while (c >= 0 && !words[c].punct && end - c <= MAX_CLOSING_SUBJECT_WORDS) c--;
    if (c < 0 || words[c].word !== ',' || c + 1 >= end) return null;
    return words.slice(c + 1, end);
  }

  /**
   * English puts the subject after the verb only as a name or a described person ("…, said Steve
   * Elmendorf", "…, said the bureau's director"); "…, said in his office" or "said of Trump" is no subject.
   */
  private invertedSubject(words: Tok[], j: number, p: number): Who | null {
    const from = skipTime(words, j + 1);
    const first = words[from];
    if (!first || first.punct) return null;
    if (this.english && !/^\p{Lu}/u.test(this.masked[p][first.start] ?? '') && !/^(?:the|a|an)$/.test(first.word))
      return null;
    return this.afterVerb(words, j, p);
  }

  /** A comma stands right before the verb at j, give or take "also" or "flatly". */
  private afterComma(words: Tok[], j: number, p: number): boolean {
    let c = j - 1;
    while (c >= 0 && (this.cues.filler.has(words[c].word) || this.adverb(p, words[c]))) c--;
    return c >= 0 && words[c].word === ',';
  }

  /** A verb that can report on its own: not "saying" (a participle) nor "told" (its listener follows). */
  private finite(verb: string): boolean {
    return !/ing$/.test(verb) && !/^(?:told|tell|tells)$/.test(verb);
  }

  /** The verb at j ends its sentence, give or take a short adverbial ("said on Tuesday."). */
  private closesSentence(words: Tok[], j: number): boolean {
    let n = 0;
    for (let k = j + 1; k < words.length; k++) {
      const w = words[k].word;
      if (w === '.' || w === '!' || w === '?') return true;
      if (k === j + 1 && /^(?:that|que|dass|že|что|how|why|what|whether|to|if)$/.test(w)) return false;
      // "Smith agreed: “…”" introduces the next quote
      if (w === ':') return false;
      if (!words[k].punct && ++n > 5) return false;
    }
    return true;
  }

  /** The token at j is a word of saying, a verb or a noun ("comments"), and not a name ("Dr. Feel"). */
  private cueWord(toks: Tok[], j: number, p: number): boolean {
    const t = toks[j];
    return !!t && !t.punct && this.cues.verbs.has(t.word) && !this.capitalised(p, t, j);
  }

  /** A word of saying used as a verb: not after "the", "his" or "Ginsburg's" (a noun there). */
  private cueVerb(toks: Tok[], j: number, p: number): boolean {
    return this.cueWord(toks, j, p) && !(this.english && j > 0 && NOUN_MARKERS_EN.test(toks[j - 1].word));
  }

  /** "sharply", "flatly" — but not "Lovely" the surname. */
  private adverb(p: number, t: Tok): boolean {
    return /^\p{Ll}+ly$/u.test(t.word) && /\p{Ll}/u.test(this.masked[p][t.start] ?? '');
  }

  /** "Dr. Feel", "Will Smith": a capitalised word inside a phrase is a name, not a verb. */
  private capitalised(p: number, t: Tok, j: number): boolean {
    return j > 0 && /\p{Lu}/u.test(this.masked[p][t.start] ?? '');
  }

  private cueCache = new Map<number, boolean>();

  private paragraphHasCue(p: number): boolean {
    let v = this.cueCache.get(p);
    if (v === undefined) {
      v = this.hasCue(this.masked[p]);
      this.cueCache.set(p, v);
    }
    return v;
  }

  /** Does the reporter's text of a paragraph attribute anything ("said", "according to")? */
  private hasCue(s: string): boolean {
    const toks = tokenize(s);
    return toks.some((t, j) => (!t.punct && this.cues.verbs.has(t.word)) || this.sourceAt(toks, j) !== null);
  }

  private hasVerb(s: string): boolean {
    return tokenize(s).some((t) => !t.punct && this.cues.verbs.has(t.word));
  }

  /** "according to", "según", "по словам" starting at token j. */
  private sourceAt(toks: Tok[], j: number): { phrase: string; end: number } | null {
    const word = toks[j]?.word;
    for (const { phrase, parts } of sourceWords(this.cues.sources)) {
      if (word !== parts[0]) continue;
      if (parts.every((w, k) => toks[j + k]?.word === w)) return { phrase, end: j + parts.length };
    }
    return null;
  }

  /** Where the noun phrase starting at token j ends: the sentence end or a prepositional tail. */
  private clauseEnd(toks: Tok[], j: number, p: number): number {
    let end = toks[j]?.start ?? 0;
    let inFirstPart = true;
    for (let k = j; k < toks.length; k++) {
      const t = toks[k];
      if (t.word === '.' || t.word === ';' || t.word === '(' || t.word === '?' || t.word === '!' || t.word === ':')
        break;
      if (t.word === ',') {
        // appositive roles follow a comma; anything else ends the phrase
        const nextComma = toks.findIndex((x, m) => m > k && (x.word === ',' || x.word === '.' || x.word === ';'));
        const stop = nextComma < 0 ? toks.length : nextComma;
        const piece = toks.slice(k + 1, stop);
        if (!piece.length || !isRolePhrase(this.textOf(p, piece[0].start, piece[piece.length - 1].end))) break;
        inFirstPart = false;
        continue;
      }
      // "a statement from Meta", "a spokesperson for the ministry" keep their owner
      const owned =
        /^(?:from|by|for|of)$/.test(t.word) &&
        k > j &&
        (DOCUMENT_NOUNS.has(toks[k - 1].word) || SPOKES_NOUNS.has(toks[k - 1].word));
      if (inFirstPart && k > j && PREP_CUT.has(t.word) && !owned) break;
      end = t.end;
    }
    return end;
  }

  private textOf(p: number, start: number, end: number): string {
    return this.masked[p].slice(start, end);
  }

  /** "the White House spokesman", "the Vatican's spokesman", "Acme chief executive": an office of a named body. */
  private officeOfBody(core: string): boolean {
    const words = core.trim().split(/\s+/);
    const last = words[words.length - 1]?.toLowerCase() ?? '';
    return (
      words.length >= 2 &&
      /^\p{Ll}/u.test(words[words.length - 1]) &&
      (SPOKES_NOUNS.has(last) || PERSON_NOUNS.has(last)) &&
      nameRuns(core).length > 0
    );
  }

  /** The subject of a verb from the words before it. */
  private subjectBefore(all: Tok[], p: number): (Who & { cue?: string }) | null {
    // "X told The Post that he believed": the verb's subject stands after the last subordinator
    // (not "Fitton, head of a group that has sued the State Department, said": a relative clause)
    const cut = this.english ? all.findLastIndex((t) => SUBORDINATORS_EN.test(t.word)) : -1;
    const clause = all.slice(cut + 1);
    const before = cut >= 0 && clause.length && !clause.some((t) => t.word === ',') ? clause : all;
    // "… on that subject - he wrote": a subject pronoun right before the verb is its subject
    // "he’d respond": the pronoun keeps its subject role under a contracted "would" or "will"
    const last = before[before.length - 1];
    const pronoun = /^(?:he|she|they)(?:['’](?:d|ll))?$/.exec(last.word)?.[0].replace(/['’].*$/, '');
    if (this.english && pronoun) return this.resolveNP(pronoun, p, last.start, 'before');
    const text = this.textOf(p, before[0].start, before[before.length - 1].end);
    const base = before[0].start;
    // "Kaplan, Meta's chief, said" — the phrase ends in an appositive's comma
    const lastComma = before.map((t) => t.word).lastIndexOf(',');
    if (lastComma >= 0 && lastComma === before.length - 1) return this.resolveNP(text, p, base, 'before');
    if (lastComma >= 0) {
      const open = this.openApposition(before, lastComma, p);
      if (open) return open;
      const tail = before.slice(lastComma + 1);
      const who = this.resolveNP(this.textOf(p, tail[0].start, tail[tail.length - 1].end), p, tail[0].start, 'before');
      if (who) return who;
      // "Dr. Luz Arroyo, a member of the group, told": the whole phrase
      const whole = this.resolveNP(text, p, base, 'before');
      if (whole) return whole;
      return null;
    }
    if (before.length > 12) {
      // "Huntington defined it so and the jurist Carlos Nino called…": the subject of the last clause
      const and = before
        .map((t) => t.word)
        .lastIndexOf(
          before.find((t, k) => k > 2 && k >= before.length - 7 && COORDINATORS.has(t.word))?.word ?? '\u0000',
        );
      if (and > 2 && and < before.length - 1) {
        const tail = before.slice(and + 1);
        const tailText = this.textOf(p, tail[0].start, tail[tail.length - 1].end);
        if (nameRuns(tailText).length) {
          const who = this.resolveNP(tailText, p, tail[0].start, 'before');
          if (who && who.speaker) return who;
        }
      }
      return this.leadSubject(before, p);
    }
    return this.resolveNP(text, p, base, 'before');
  }

  /**
   * "Sam Lau, the communications director for the party said": the press often leaves an apposition
   * open before the verb; the name before the comma is the subject and the apposition its role.
   */
  private openApposition(before: Tok[], comma: number, p: number): Who | null {
    const from = before.map((t) => t.word).lastIndexOf(',', comma - 1) + 1;
    const name = before.slice(from, comma);
    const role = before.slice(comma + 1);
    if (!name.length || !role.length || role.some((t) => t.punct)) return null;
    const nameText = this.textOf(p, name[0].start, name[name.length - 1].end);
    const roleText = this.textOf(p, role[0].start, role[role.length - 1].end);
    const runs = nameRuns(nameText);
    if (runs.length !== 1 || runs[0].start > 0 || runs[0].end < nameText.length) return null;
    if (!/^(?:a|an|the|\p{Ll}+)\s/u.test(roleText) || !isRolePhrase(roleText)) return null;
    const who = this.resolveNP(nameText, p, name[0].start, 'before');
    return who && who.speaker && this.book.isPerson(who.speaker) ? { ...who, role: who.role ?? roleText } : null;
  }

  /** "X, which/who … by saying": the name the nearest relative clause hangs on ("the Likud party"), if one does. */
  private relativeAntecedent(before: Tok[], p: number): Who | null {
    for (let q = before.length - 2; q >= 1; q--) {
      const w = before[q].word;
      if (w === '.' || w === ';' || w === ':') return null;
      if (w !== ',' || !/^(?:who|which)$/.test(before[q + 1].word)) continue;
      const pre = this.textOf(p, before[0].start, before[q - 1].end);
      const run = nameRuns(pre)
        .filter((r) => !r.possessive)
        .at(-1);
      if (!run || !/^(?:\s+\p{Ll}+)?$/u.test(pre.slice(run.end))) return null;
      const who = this.resolveNP(run.text, p, before[0].start + run.start, 'before');
      return who && who.speaker ? who : null;
    }
    return null;
  }

  /** The first actor a sentence names: its subject, most of the time. */
  private leadSubject(toks: Tok[], p: number): Who | null {
    const words = toks.filter((t) => !t.punct);
    if (!words.length) return null;
    const text = this.textOf(p, toks[0].start, toks[toks.length - 1].end);
    // a pronoun or "the company" at the start of the main clause
    for (let k = 0; k < Math.min(words.length, 16); k++) {
      const w = words[k].word;
      const nextWord = words[k + 1]?.word ?? '';
      if (
        this.isPronoun(w) ||
        (DETERMINERS.has(w) &&
          (ORG_NOUNS.has(nextWord) ||
            DOCUMENT_NOUNS.has(nextWord) ||
            GROUP_NOUNS_RE.test(nextWord) ||
            SPOKES_NOUNS.has(nextWord)))
      ) {
        // only when no name came before it
        const pre = this.textOf(p, toks[0].start, words[k].start);
        if (!nameRuns(pre).length || /,\s*$/.test(pre)) {
          const end = this.isPronoun(w) ? words[k].end : words[Math.min(k + 1, words.length - 1)].end;
          const who = this.resolveNP(this.textOf(p, words[k].start, end), p, words[k].start, 'before');
          if (who) return who;
        }
        break;
      }
    }
    for (const run of nameRuns(text)) {
      if (run.possessive) continue;
      // "au Népal", "près de Lyon": a place where things happen is not the subject
      if (
        LOCATIVES.has(text.slice(0, run.start).trim().split(/\s+/).pop()?.toLowerCase() ?? '') ||
        /\b(?:près|cerca|perto|près)\s+d[e']\s*$/i.test(text.slice(0, run.start))
      )
        continue;
      const who = this.resolveNP(run.text, p, toks[0].start + run.start, 'before');
      if (who && who.speaker) return who;
    }
    return null;
  }

  private isPronoun(w: string): boolean {
    return (
      this.cues.male.has(w) || this.cues.female.has(w) || w === 'they' || w === 'ils' || w === 'ellos' || w === 'они'
    );
  }

  /** he / she / they → the last fitting actor named before this point; a he or she resolved tells that actor's gender. */
  private pronoun(gender: Gender | 'plural', p: number, at: number): Who | null {
    const who = this.pronounUncounted(gender, p, at);
    if (who?.speaker && (gender === 'm' || gender === 'f')) this.book.noteGender(who.speaker, gender);
    return who;
  }

  private pronounUncounted(gender: Gender | 'plural', p: number, at: number): Who | null {
    if (gender === 'plural') {
      // singular "they": a person named just before whom the article never calls he or she
      const person = this.book.salientBefore(p, at, (n) => this.book.isPerson(n), 0);
      if (person && !this.book.gender(person)) return this.who(person, null);
      const org = this.book.lastBefore(p, at, (n) => this.book.isOrg(n), 2);
      return org ? this.who(org, null) : null;
    }
    const fits = (n: string) =>
      this.book.isPerson(n) && (!gender || !this.book.gender(n) || this.book.gender(n) === gender);
    // "“…,” he said" right after a paragraph quoting someone, with nobody else named since: that someone
    const lastWho = this.last?.who.speaker;
    if (
      lastWho &&
      this.last!.paragraph >= p - 1 &&
      fits(lastWho) &&
      !this.book.namedBetween(this.last!.paragraph, p, at, lastWho)
    )
      return this.last!.who;
    const name = this.book.salientBefore(p, at, fits);
    if (name) return this.who(name, null);
    // "WIRED spoke to one mother, who …. “…,” she said": an unnamed person, not an earlier name
    if (gender && this.unnamedPersonBefore(gender, p, at)) return { speaker: null, role: null, anonymous: true };
    if (
      this.last &&
      this.last.who.speaker &&
      this.last.paragraph >= p - 2 &&
      (!gender || this.book.gender(this.last.who.speaker) !== (gender === 'm' ? 'f' : 'm'))
    )
      return this.last.who;
    return null;
  }

  /** An indefinite person of that gender ("one mother", "a local man") in the words just before (p, at). */
  private unnamedPersonBefore(gender: 'm' | 'f', p: number, at: number): boolean {
    const nouns = gender === 'f' ? FEMALE_NOUNS : MALE_NOUNS;
    const text = this.masked[p].slice(Math.max(0, at - UNNAMED_PERSON_REACH), at);
    for (const m of text.matchAll(/\b(?:a|an|one|another)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\b/gu))
      if (nouns.has(m[1])) return true;
    return false;
  }

  private who(name: string, role: string | null): Who {
    const speaker = this.book.speaker(name);
    return { speaker, role: role ?? this.book.roleOf(speaker), anonymous: false };
  }

  /**
   * A noun phrase naming the speaker → the speaker. Handles appositive roles, titles, pronouns,
   * "the company", "a spokesperson for X", and unnamed sources.
   */
  private resolveNP(raw: string, p: number, at: number, mode: 'before' | 'after'): Who | null {
    // French inversion: "a-t-il", "explique-t-elle" → the pronoun
    let text = trimEndWhere(raw.replace(/^[\s,;:—–\-]+/, ''), NP_EDGE).replace(
      /^\p{L}+-(?:t-)?(il|elle|ils|elles|on)$/iu,
      '$1',
    );
    for (;;) {
      const m = /^(\p{L}+)\s+/u.exec(text);
      if (m && LEAD_STRIP.has(m[1].toLowerCase())) text = text.slice(m[0].length);
      else break;
    }
    if (!text || text.length > 200) return null;
    const parts = splitTopCommas(text);
    // an opening adverbial ("In a post on LinkedIn, Kaplan …") is not the subject
    while (parts.length > 1 && INTRO.test(parts[0])) parts.shift();
    const core = parts[0];
    const apps = parts.slice(1).filter((x) => x.trim());
    // "her mother, Fiona, said": a name in the apposition beats a description in the head
    // "El líder del PP, Alberto Núñez Feijóo": a name hanging off a preposition in the head is not the head's
    const ownName = (r: NameRun) =>
      !r.possessive && !PREPOSITIONS.has(core.slice(0, r.start).trim().split(/\s+/).pop()?.toLowerCase() ?? '');
    const described = /^(?:[Tt]he|[Ee]l|[Ll]a|[Ll]e|[Oo]|[Aa]|[Ii]l|[Dd]er|[Dd]ie)\s+\p{Ll}/u.test(core.trim());
    if (
      apps.length &&
      !nameRuns(core).some((r) => (described ? ownName(r) : !r.possessive)) &&
      !this.isPronoun(core.trim().toLowerCase())
    ) {
      for (const a of apps) {
        if (!nameRuns(a).length || /^(?:who|which|that|whose|where|when)\b/i.test(a.trim())) continue;
        const w = this.whoOfPart(a, p, at, mode);
        if (w && w.speaker) {
          if (!w.role && isRolePhrase(core) && !/^(?:a|an|one)\s/i.test(core.trim())) w.role = core.trim();
          return w;
        }
      }
    }
    // "the White House spokesman, Josh Earnest," / "the LinkedIn chief executive, Jeff Weiner,": the
    // body in the head only says whose officer the named person is
    if (apps.length && this.officeOfBody(core)) {
      for (const a of apps) {
        const run = nameRuns(a)[0];
        if (!run || run.start > 0 || run.end < a.trim().replace(/[.,;:]+$/, '').length || looksLikeOrg(run.text))
          continue;
        const w = this.whoOfPart(a, p, at, mode);
        if (w && w.speaker && this.book.isPerson(w.speaker))
          return { ...w, role: w.role ?? core.trim().replace(/^(?:the|a|an)\s+/i, '') };
      }
    }
    const coreWho = this.whoOfPart(core, p, at, mode);
    if (coreWho && (coreWho.speaker || !apps.length)) {
      if (coreWho.speaker && !coreWho.role) {
        const role = apps.find((a) => isRolePhrase(a));
        if (role) coreWho.role = role.trim();
      }
      return coreWho;
    }
    // "one buyer on the market, elmo666," / "Meta's chief, Joel Kaplan": the name is in the appositive
    for (const a of apps) {
      if (/^(?:who|which|that|whose|where|when)\b/i.test(a.trim())) continue;
      const w = this.whoOfPart(a, p, at, mode);
      if (w && w.speaker) {
        if (!w.role && isRolePhrase(core) && !/^(?:a|an|one)\s/i.test(core.trim())) w.role = core.trim();
        else if (!w.role && /^(?:a|an|one)\s/i.test(core.trim())) w.role = null;
        return w;
      }
    }
    return coreWho;
  }

  /**
   * Who one comma-free part of a noun phrase names. Each reading below is tried in turn, from the
   * most specific; the first that recognises the phrase decides (a Who, or null for "nobody").
   */
  private whoOfPart(part: string, p: number, at: number, mode: 'before' | 'after'): Who | null {
    const text = part.trim();
    if (!text) return null;
    const words = text.split(/\s+/);
    const phrase: Phrase = {
      text,
      words,
      lower: words.map((w) => w.toLowerCase().replace(/[.,;:'’]+$/, '')),
      p,
      at,
      mode,
    };
    for (const read of this.partReadings) {
      const who = read.call(this, phrase);
      if (who !== NOT_THIS) return who;
    }
    return null;
  }

  /** The readings of whoOfPart, most specific first. */
  private readonly partReadings: ((ph: Phrase) => Who | null | typeof NOT_THIS)[] = [
    this.pronounPart,
    this.titleOnlyPart,
    this.sourceBodyPart,
    this.ministryPart,
    this.documentPart,
    this.spokespersonPart,
    this.namedPart,
    this.handlePart,
    this.unnamedSourcePart,
    this.describedPart,
  ];

  /** "he", "she", "Она откровенно": a pronoun leading or ending a short phrase ("He Jianxiong" is a name). */
  private pronounPart({ words, lower, p, at }: Phrase): Who | null | typeof NOT_THIS {
    const leadPronoun = this.isPronoun(lower[0]) && !/^\p{Lu}/u.test(words[1] ?? '');
    if (!(words.length <= 2 || (words.length <= 3 && leadPronoun))) return NOT_THIS;
    const w = leadPronoun ? lower[0] : lower[words.length - 1];
    if (this.cues.male.has(w) && !['his', 'him', 'himself'].includes(w)) return this.pronoun('m', p, at);
    if (this.cues.female.has(w) && !['her', 'hers', 'herself'].includes(w)) return this.pronoun('f', p, at);
    if (['they', 'ils', 'elles', 'ellos', 'ellas', 'они', 'eles', 'elas'].includes(w))
      return this.pronoun('plural', p, at);
    if (['i', 'we', 'you', 'yo', 'je', 'ich', 'я'].includes(w)) return null;
    return NOT_THIS;
  }

  /**
   * A title without a name ("le ministre des Affaires étrangères"): whoever the article gave that
   * title, else the person the paragraph goes on to quote with a verb of saying.
   */
  private titleOnlyPart({ text, lower, p, at }: Phrase): Who | null | typeof NOT_THIS {
    if (!this.roleOnly(text)) return NOT_THIS;
    const noun = lower.find((w) => PERSON_NOUNS.has(w.replace(/^l['’]/, ''))) ?? '';
    const holder = this.book.lastBefore(
      p,
      at,
      (n) => this.book.isPerson(n) && (this.book.roleOf(n) ?? '').toLowerCase().split(/\s+/).includes(noun),
      TITLE_HOLDER_REACH,
    );
    const ahead = holder ?? this.personAhead(p, at);
    return ahead ? this.who(ahead, holder ? null : text.replace(/^(?:\p{Ll}+\s+|l['’])/u, '').trim()) : null;
  }

  /** "una fuente de los servicios": outside English a source is credited to the body it is from, when the article names it. */
  private sourceBodyPart({ text, p }: Phrase): Who | null | typeof NOT_THIS {
    if (this.english) return NOT_THIS;
    return this.sourceBody(text, p) ?? NOT_THIS;
  }

  /** "le ministère des Affaires étrangères": a ministry written in lower case. */
  private ministryPart({ text }: Phrase): Who | null | typeof NOT_THIS {
    const ministry = ministryAt(text);
    return ministry ? { speaker: this.book.speaker(ministry), role: null, anonymous: false } : NOT_THIS;
  }

  /** "a statement from Meta", "a report by the ministry": the document's author speaks. */
  private documentPart({ words, lower, p, at, mode }: Phrase): Who | null | typeof NOT_THIS {
    const docAt = lower.findIndex((w) => DOCUMENT_NOUNS.has(w));
    if (docAt < 0 || docAt > 2 || !/^(?:from|by|of|issued by|de|del|du|von|od)$/.test(lower[docAt + 1] ?? ''))
      return NOT_THIS;
    const rest = words.slice(docAt + 2).join(' ');
    return (rest ? this.whoOfPart(rest, p, at, mode) : null) ?? NOT_THIS;
  }

  /** "a spokesperson for Meta", "Meta spokesperson Andy Stone", "Swift's rep", "the spokesman for the department". */
  private spokespersonPart({ words, lower, p, at }: Phrase): Who | null | typeof NOT_THIS {
    const spokesAt = lower.findIndex((w) => SPOKES_NOUNS.has(w));
    if (spokesAt < 0) return NOT_THIS;
    const after = words.slice(spokesAt + 1).join(' ');
    const forOrg = /^(?:for|of|at|from|de|da|do|del)\s+(?:the\s+)?(.+)$/iu.exec(after);
    if (forOrg) return this.organisationOfSpokesperson(forOrg[1], p, at);
    const named = nameRuns(after)[0];
    if (named) {
      const t = splitTitle(named.text);
      if (t.name) {
        this.book.markPerson(this.book.canonical(t.name));
        return this.who(
          t.name,
          words
            .slice(0, spokesAt + 1)
            .join(' ')
            .replace(/^(?:a|an|the)\s+/i, '') || null,
        );
      }
    }
    const owner = nameRuns(words.slice(0, spokesAt).join(' ')).at(-1);
    if (owner) return { speaker: this.book.speaker(owner.text), role: null, anonymous: false };
    if (DETERMINERS.has(lower[0])) {
      const named = this.nearWord(p, at, /spokes(?:person|man|woman)|representative/i, (n) => this.book.isOrg(n));
      if (named) return { speaker: named, role: null, anonymous: false };
      const org = this.book.orgBefore(p, at, []);
      if (org) return { speaker: this.book.speaker(org), role: null, anonymous: false };
    }
    return ANONYMOUS;
  }

  /** "for Meta" → Meta; "for the department" → the department the article named, else an unnamed source. */
  private organisationOfSpokesperson(body: string, p: number, at: number): Who {
    const run = nameRuns(body)[0];
    if (run) return { speaker: this.book.speaker(run.text), role: null, anonymous: false };
    const noun = body.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
    const stem = noun.slice(0, ORG_STEM_CHARS);
    const org =
      stem.length >= 4
        ? this.book.lastBefore(
            p,
            at,
            (n) =>
              this.book.isOrg(n) &&
              n
                .toLowerCase()
                .split(/\s+/)
                .some((t) => t.startsWith(stem)),
            ORG_NOUN_REACH,
          )
        : null;
    return org ? { speaker: this.book.speaker(org), role: null, anonymous: false } : ANONYMOUS;
  }

  /**
   * The first name not hanging off a preposition or a possessive ("Steenburgen's son"), nearest
   * the verb ("Hungarian-American billionaire George Soros said"), with the role in front of it.
   */
  private namedPart(ph: Phrase): Who | null | typeof NOT_THIS {
    const { text, p, at, mode } = ph;
    if (this.descriptive(ph)) return NOT_THIS;
    const runs = nameRuns(text)
      .map((r) => this.book.trimCommon(r))
      .filter((r) => !this.book.commonWord(r.text));
    for (const run of this.runsInOrder(runs, text, mode)) {
      if (run.possessive) continue;
      const pre = text.slice(0, run.start).trim().split(/\s+/).pop()?.toLowerCase() ?? '';
      if (PREPOSITIONS.has(pre) && runs.length > 1) continue;
      if (LOCATIVES.has(pre) && mode === 'before') continue;
      let t = splitTitle(run.text);
      // "Centre for Economic Policy Research" is not Research with a title
      if (t.name && t.title && !t.name.includes(' ') && this.book.commonWord(t.name))
        t = { name: run.text, title: null, gender: null };
      if (!t.name) {
        const holder = this.titleWithoutName(run, t.title, p, at);
        if (holder) return holder;
        continue;
      }
      if (this.unnamedMember(text, run, t.name, pre)) return ANONYMOUS;
      const name = this.book.canonical(t.name);
      if (t.title || t.gender) this.book.markPerson(name);
      return this.who(name, this.roleBefore(text, runs, run, t.title));
    }
    return NOT_THIS;
  }

  /** After the verb ("řekl serveru Aktuálně.cz ministr Jan Novák") a person outranks an outlet; before it, the nearest name speaks. */
  private runsInOrder(runs: NameRun[], text: string, mode: 'before' | 'after'): NameRun[] {
    if (mode === 'before') return [...runs].reverse();
    if (runs.length < 2) return runs;
    // "Judicial Watch president Tom Fitton": a person noun before a name makes it the phrase's head
    const introduced = (r: NameRun) =>
      PERSON_NOUNS.has(text.slice(0, r.start).trim().split(/\s+/).pop()?.toLowerCase() ?? '');
    const personish = (r: NameRun) =>
      this.book.isPerson(this.book.canonical(splitTitle(r.text).name || r.text)) || !!splitTitle(r.text).title;
    return [
      ...runs.filter(introduced),
      ...runs.filter((r) => !introduced(r) && personish(r)),
      ...runs.filter((r) => !introduced(r) && !personish(r)),
    ];
  }

  /** "says Doctor" (a surname that is also a title) or "the Prime Minister" (whoever the article gave that title). */
  private titleWithoutName(run: NameRun, title: string | null, p: number, at: number): Who | null {
    if (!run.text.includes(' ')) {
      const e = this.entities.resolve(run.text);
      if (e && e.kind === 'person') return this.who(e.name, null);
      const full = this.book.canonical(run.text);
      if (full !== run.text && this.book.isPerson(full)) return this.who(full, null);
    }
    const holder = this.book.lastBefore(
      p,
      at,
      (n) => (this.book.roleOf(n) ?? '').toLowerCase().includes((title ?? '').toLowerCase()),
      TITLE_HOLDER_REACH,
    );
    return holder ? this.who(holder, title) : null;
  }

  /** "an official at Meta", "a Meta employee": one of a body's people, unnamed. */
  private unnamedMember(text: string, run: NameRun, name: string, pre: string): boolean {
    if (!/^(?:a|an|one|some|two|three|several)\s/i.test(text)) return false;
    const before = text.slice(0, run.start).trim();
    if (PREPOSITIONS.has(pre) || /\s(?:of|at|for|from|in|on|with)\s/i.test(before + ' ')) return true;
    return (
      looksLikeOrg(name) === false &&
      before.split(/\s+/).length >= 2 &&
      /official|source|person|aide|insider|employee|staffer|member|executive/i.test(text.slice(run.end))
    );
  }

  /** The role is what stands between the previous name and this one ("ministr" in "serveru Aktuálně.cz ministr Jan Novák"), with the title. */
  private roleBefore(text: string, runs: NameRun[], run: NameRun, title: string | null): string | null {
    const prevEnd = Math.max(0, ...runs.filter((r) => r.end <= run.start).map((r) => r.end));
    const lead = text
      .slice(prevEnd, run.start)
      .trim()
      .replace(/^(?:the|a|an)\s+/i, '');
    const leadOk =
      lead &&
      !DETERMINERS.has(lead.toLowerCase()) &&
      isRolePhrase(lead) &&
      lead.split(/\s+/).length <= MAX_LEAD_ROLE_WORDS;
    const role = [leadOk ? lead : '', title ?? ''].filter(Boolean).join(' ').trim() || null;
    return role && role.length < MAX_ROLE_CHARS ? role : null;
  }

  /** "Бывшая супермодель", "Mladá superstar": a capitalised adjective before a person noun is no name. */
  private descriptive({ words, lower }: Phrase): boolean {
    return (
      lower.length >= 2 &&
      lower.length <= 4 &&
      PERSON_NOUNS.has(lower[lower.length - 1]) &&
      !/\p{Lu}/u.test(words.slice(1).join(''))
    );
  }

  /** User handles: "elmo666", "user jayk1984", "@dana_k". */
  private handlePart({ words }: Phrase): Who | null | typeof NOT_THIS {
    const handle = words.find((w) => /^[\p{L}_][\p{L}\p{N}_.-]*\d[\p{L}\p{N}_]*$/u.test(w) || /^@\w+$/.test(w));
    return handle ? { speaker: handle.replace(/[.,]$/, ''), role: null, anonymous: false } : NOT_THIS;
  }

  /** "a source", "officials", "people familiar with the matter". */
  private unnamedSourcePart({ lower }: Phrase): Who | null | typeof NOT_THIS {
    const head = lower[0];
    if (ANONYMOUS_HEAD.has(head) && !DETERMINERS.has(head)) return ANONYMOUS;
    if (/^(?:sources?|officials?|insiders?|people|analysts|experts)$/.test(head)) return ANONYMOUS;
    return NOT_THIS;
  }

  /** "the company", "the statement", "the doctors", "the actress": an actor named earlier, found by its kind. */
  private describedPart(ph: Phrase): Who | null | typeof NOT_THIS {
    const { lower, p, at } = ph;
    const head = lower[0];
    const noun = lower[lower.length - 1];
    if (this.descriptive(ph)) return this.pronoun(null, p, at);
    if (!DETERMINERS.has(head) && !/^(?:this|that|its|their|his|her)$/.test(head)) return NOT_THIS;
    if (ORG_NOUNS.has(noun)) {
      const org = this.book.orgBefore(p, at, GENERIC_ORG.test(noun) ? lower.slice(1, -1) : lower.slice(1));
      return org ? { speaker: this.book.speaker(org), role: null, anonymous: false } : null;
    }
    if (DOCUMENT_NOUNS.has(noun)) return this.issuerOf(noun, lower, p, at);
    if (GROUP_NOUNS_RE.test(noun)) {
      const alike = [noun, ...(GROUP_SYNONYMS[noun] ?? [])];
      const group = this.book.lastBefore(
        p,
        at,
        (n) =>
          n
            .toLowerCase()
            .split(/\s+/)
            .some((t) => alike.includes(t)),
        GROUP_REACH,
      );
      return group ? { speaker: this.book.speaker(group), role: null, anonymous: false } : null;
    }
    if (PERSON_NOUNS.has(noun) || FEMALE_NOUNS.has(noun) || MALE_NOUNS.has(noun)) {
      const g: Gender = FEMALE_NOUNS.has(noun) ? 'f' : MALE_NOUNS.has(noun) ? 'm' : null;
      return this.pronoun(g, p, at);
    }
    return NOT_THIS;
  }

  /** "the statement continued": the statement just quoted, else whoever issued one nearby. */
  private issuerOf(noun: string, lower: string[], p: number, at: number): Who | null {
    if (this.last?.who.speaker && this.book.isOrg(this.last.who.speaker) && this.last.paragraph >= p - 1)
      return this.last.who;
    const issuer = this.nearWord(p, at, new RegExp(`\\b${noun}\\b`, 'i'), (n) => this.book.isOrg(n), true);
    if (issuer) return { speaker: issuer, role: null, anonymous: false };
    const org = this.book.orgBefore(p, at, lower.slice(1, -1));
    return org ? { speaker: this.book.speaker(org), role: null, anonymous: false } : null;
  }
}

/** The source phrases of a language split into words once; they are tried at every token. */
const sourceWordsOf = new WeakMap<string[], { phrase: string; parts: string[] }[]>();
function sourceWords(sources: string[]): { phrase: string; parts: string[] }[] {
  let list = sourceWordsOf.get(sources);
  if (!list) {
    list = sources.map((phrase) => ({ phrase, parts: phrase.split(' ') }));
    sourceWordsOf.set(sources, list);
  }
  return list;
}

/** The first token at or after k that is not a day or "yesterday". */
function skipTime(toks: Tok[], k: number): number {
  let n = 0;
  while (k < toks.length && n < 2 && TIME_WORDS.has(toks[k].word)) {
    k++;
    n++;
  }
  return k;
}

/** Commas outside parentheses split a phrase into its head and appositives. */
function splitTopCommas(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ',' && depth === 0) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out.map((s) => s.replace(/\([^)]*\)/g, ' ').trim());
}

/** "(D-Nev.)", "(R-Texas)", "(I-Vt.)", "(Tex.)": a lawmaker's party and state, set after the name. */
const AFFILIATION =
  /\((?:(?:[DRI]|Dem|Rep|Ind)\s?[-–.,]\s?\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?|\p{Lu}\p{Ll}{1,4}\.|\p{Lu}\.\p{Lu}\.)\)/gu;

/** Party-and-state tags blanked (same offsets): they are neither a name nor where a name ends. */
export function maskAffiliations(text: string): string {
  return text.includes('(') ? text.replace(AFFILIATION, (m) => ' '.repeat(m.length)) : text;
}

/**
 * The paragraphs with every quote's words blanked out (same offsets), so names and cue words
 * are only read in the reporter's own sentences. A quote's final punctuation is kept: it still
 * tells where the sentence ends.
 */
export function maskQuotes(paragraphs: string[], spans: Span[], active?: (p: number) => boolean): string[] {
  const parts: { start: number; end: number }[][] = paragraphs.map(() => []);
  for (const s of spans) for (const part of s.parts) parts[part.paragraph].push(part);
  return paragraphs.map((text, p) => {
    // paragraphs far from any quote are never read: leave them empty
    if (active && !active(p)) return '';
    const list = parts[p];
    if (!list.length) return text;
    list.sort((a, b) => a.start - b.start);
    let out = '';
    let at = 0;
    for (const part of list) {
      if (part.end <= part.start || part.start < at) continue;
      const lastCh = text[part.end - 1];
      out +=
        text.slice(at, part.start) +
        ' '.repeat(part.end - part.start - 1) +
        (/[.,!?;:。！？，]/.test(lastCh) ? lastCh : '…');
      at = part.end;
    }
    return out + text.slice(at);
  });
}
