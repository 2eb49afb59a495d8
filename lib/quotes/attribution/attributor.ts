// Who said a quoted span: the decision. Looks only around the quote, in this order: the reporter's
// words right after it ("…," Kaplan said), right before it (Kaplan said: "…"), then the sentence
// or paragraph before, and for a paragraph that is all quote, whoever spoke last. Names go through
// the NameBook so surnames, pronouns and "the company" land on the fullest name the article gives.
//
// The stages, each one module, each using only those listed before it:
//   reading (the article, masked) → clauses (cue words, clause ends) → pronouns → antecedents →
//   part-readings (one comma-free phrase) → noun-phrase (appositions) → subjects (of a verb) →
//   lead-in (speaker before the quote) and tail (after it) → neighbours (other sentences) → here.
import type { EntityIndex } from '../../entities';
import type { Span } from '../marks';
import { cuesFor } from '../cues';
import { NameBook, cleanRole } from '../names';
import { ZhAttributor, isChinese } from '../zh';
import { sentenceEndAfter, sentenceStartBefore, sentenceStarts } from '../../text/boundaries';
import { countWords } from '../../text/count';
import { maskAffiliations, maskQuotes } from './masking';
import { Reading } from './reading';
import { Clauses } from './clauses';
import { Pronouns } from './pronouns';
import { Antecedents } from './antecedents';
import { PartReadings } from './part-readings';
import { NounPhrases } from './noun-phrase';
import { Subjects } from './subjects';
import { LeadIn } from './lead-in';
import { Tail } from './tail';
import { Neighbours } from './neighbours';
import { SpeakerLabels } from './labels';
import { Characters } from './characters';
import type { Attribution, Found } from './types';
import {
  MAX_LEAD_IN_CHARS,
  MAX_READ_SPANS,
  MIN_LEAD_CUTTING_QUOTE_WORDS,
  OPENING_PARAGRAPHS,
  PARAGRAPHS_READ_BEFORE_QUOTE,
  WHOLE_ARTICLE_PARAGRAPHS,
} from './reach';

/** Where a quote stands: its paragraphs, the reporter's words before it (head) and after it (tail). */
interface QuoteFrame {
  p0: number;
  p1: number;
  /** The previous quote ends in this quote's first paragraph. */
  prevInParagraph: boolean;
  floor: number;
  head: string;
  headStart: number;
  headTrim: string;
  tail: string;
  tailEnd: number;
  tailLimit: number;
  /** The quote's last words, as the article has them. */
  inner: string;
  closed: boolean;
  /** A fragment woven into the reporter's sentence, not a quote standing on its own. */
  partial: boolean;
  close: number;
}

export class Attributor {
  readonly masked: string[];
  readonly book: NameBook;
  private ctx: Reading;
  private clauses: Clauses;
  private leadIn: LeadIn;
  private tail: Tail;
  private neighbours: Neighbours;
  private labels: SpeakerLabels;
  private characters: Characters;
  private zh: ZhAttributor | null;

  constructor(
    private paragraphs: string[],
    private spans: Span[],
    entities: EntityIndex,
    lang: string | null,
    siteName: string | null = null,
  ) {
    this.masked = maskQuotes(paragraphs, spans, readNear(paragraphs.length, spans)).map(maskAffiliations);
    const cues = cuesFor(lang);
    this.book = new NameBook(this.masked, entities, cues, (text) => sentenceStarts(text), siteName);
    this.zh = isChinese(paragraphs, lang) ? new ZhAttributor(this.masked) : null;
    const ctx = new Reading(paragraphs, this.masked, this.book, entities, cues, lang, this.speechMarks());
    const clauses = new Clauses(ctx);
    const pronouns = new Pronouns(ctx);
    const parts = new PartReadings(ctx, pronouns, new Antecedents(ctx, clauses));
    const np = new NounPhrases(ctx, parts);
    const subjects = new Subjects(ctx, clauses, np);
    this.ctx = ctx;
    this.clauses = clauses;
    this.leadIn = new LeadIn(ctx, clauses, pronouns, np, subjects);
    this.tail = new Tail(ctx, clauses, pronouns, np, subjects);
    this.neighbours = new Neighbours(ctx, clauses, np, this.leadIn);
    this.labels = new SpeakerLabels(ctx, np);
    this.characters = new Characters(ctx);
  }

  /** The masked paragraphs with the marks of short single-paragraph quotes (scare quotes, titles) blanked. */
  private speechMarks(): string[] {
    // each paragraph is rebuilt once: rebuilding it per quote was quadratic (2,000 quotes in a 1 MB paragraph, 8 s)
    const blanks = new Map<number, [number, number][]>();
    for (const s of this.spans) {
      const part = s.parts[0];
      if (s.parts.length > 1 || !this.masked[part.paragraph] || this.isSpeech(s)) continue;
      const ranges = blanks.get(part.paragraph) ?? [];
      ranges.push([s.open, part.start], [part.end, s.close]);
      blanks.set(part.paragraph, ranges);
    }
    return this.masked.map((text, p) => {
      const ranges = blanks.get(p);
      return ranges ? blanked(text, ranges) : text;
    });
  }

  /** A quote of several words, or over several paragraphs, is speech; a shorter one a title or a scare quote. */
  private isSpeech(s: Span): boolean {
    const last = s.parts[s.parts.length - 1];
    return (
      s.parts.length > 1 ||
      countWords(this.paragraphs[last.paragraph].slice(last.start, last.end)) >= MIN_LEAD_CUTTING_QUOTE_WORDS
    );
  }

  /** Attribute spans in reading order (state carries the last speaker forward). */
  attribute(i: number): Attribution {
    const f = this.frame(i);
    this.ctx.quote = this.spans[i].parts
      .map((part) => this.paragraphs[part.paragraph].slice(part.start, part.end))
      .join(' ');
    let found = this.zh
      ? this.zh.attribute(f.head, f.tail, f.p0, this.spans[i].open, this.ctx.last?.who ?? null)
      : this.fromOwnSentence(f);
    if (found && !found.speaker && !found.anonymous) found = null;
    found ??= this.fromContext(f);
    if (!found) return { speaker: null, role: null, anonymous: false, cue: null, partial: f.partial };
    // "She apologizes to her family: “…”" with she the character Buckley plays: Buckley performs it
    const actor = found.speaker ? this.characters.actorOf(found.speaker) : null;
    if (actor) found = { ...this.ctx.who(actor, null), cue: found.cue };
    found = { ...found, role: this.ctx.verbatim(cleanRole(found.role, found.speaker)) };
    if (found.speaker || found.anonymous)
      this.ctx.last = {
        who: { speaker: found.speaker, role: found.role, anonymous: found.anonymous },
        paragraph: f.p1,
      };
    return { ...found, partial: f.partial };
  }

  /** The quote's sentence: the reporter's words before and after it. */
  private frame(i: number): QuoteFrame {
    const span = this.spans[i];
    const first = span.parts[0];
    const lastPart = span.parts[span.parts.length - 1];
    const p0 = first.paragraph;
    const p1 = lastPart.paragraph;
    const prevInParagraph = i > 0 && this.spans[i - 1].parts[this.spans[i - 1].parts.length - 1].paragraph === p0;
    const next = i + 1 < this.spans.length && this.spans[i + 1].parts[0].paragraph === p1 ? this.spans[i + 1] : null;
    const text0 = this.masked[p0];
    const text1 = this.masked[p1];
    // a lead-in is read within a bounded reach: a paragraph of a thousand one-word quotes and no
    // full stop would otherwise read its whole start again for every quote
    const floor = Math.max(this.leadFloor(i, p0), span.open - MAX_LEAD_IN_CHARS);
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
    return {
      p0,
      p1,
      prevInParagraph,
      floor,
      head,
      headStart,
      headTrim,
      tail,
      tailEnd,
      tailLimit,
      inner,
      closed: span.closed,
      partial,
      close: span.close,
    };
  }

  /**
   * Where the quote's lead-in may start: after the last earlier quote of its paragraph that is
   * speech, not a title or scare quote ("Buckley, who phoned in from the set of “Fargo,” had a
   * similar experience: …" reads on past “Fargo”).
   */
  private leadFloor(i: number, p0: number): number {
    for (let k = i - 1; k >= 0 && this.spans[k].parts[this.spans[k].parts.length - 1].paragraph === p0; k--) {
      if (this.isSpeech(this.spans[k])) return this.spans[k].close;
    }
    return 0;
  }

  /** The reporting clause of the quote's own sentence: its tail or its lead-in, in the order the sentence's shape says. */
  private fromOwnSentence(f: QuoteFrame): Found | null {
    const { head, tail, p0, p1, headStart, headTrim, partial, inner, close } = f;
    const endsOpen = !/[.]$/.test(inner) || /^\s*[,—–]/.test(tail) || /^\s*\p{Ll}/u.test(tail);
    // "MS. CLINTON: “…”", "HEADING - David Wasserman: “…”": a label names the speaker outright
    let found: Found | null = this.labels.fromLabel(head, p0, headStart);
    // "…, “states were hemorrhaging money,” DeSantis said.": a reporting clause right after the
    // closing comma names the speaker, whatever names the sentence before the quote holds
    if (!found && partial && /[,?!]$/.test(inner.trim()) && this.tail.namesAtOnce(tail))
      found = this.tail.fromTail(tail, p1, close, true, false);
    // a fragment woven into a sentence belongs to that sentence's subject first
    if (!found && partial && headTrim) found = this.leadIn.fromHead(head, p0, headStart);
    // a fragment's own sentence goes on after it: only a verb right after the mark attributes it
    if (!found && endsOpen) found = this.tail.fromTail(tail, p1, close, partial, false);
    if (!found && headTrim && !partial) found = this.leadIn.fromHead(head, p0, headStart);
    if (!found && !endsOpen) found = this.tail.fromTail(tail, p1, close, true, true);
    if (!found && !tail.trim()) found = this.neighbours.fromSignature(p1);
    return found;
  }

  /** No reporting clause in the quote's sentence: the sentences and paragraphs around it, then the last speaker. */
  private fromContext(f: QuoteFrame): Found | null {
    const { p0, p1, headStart, headTrim, floor, partial, head } = f;
    const last = this.ctx.last;
    const zh = this.zh !== null;
    let found: Found | null = null;
    // an earlier quote of the same paragraph and sentence chain: "A," he said. "B."
    if (f.prevInParagraph && last && last.paragraph === p0) found = { ...last.who, cue: null };
    if (!found && !zh) found = this.neighbours.fromEarlierSentences(p0, headStart, floor);
    if (!found && !zh && f.closed) found = this.neighbours.fromLaterSentence(p1, f.tailEnd, f.tailLimit);
    // a paragraph that is all quote continues the speaker of the paragraph before
    if (
      !found &&
      !headTrim &&
      last &&
      this.neighbours.continues(last.paragraph, p0) &&
      !this.clauses.paragraphHasCue(p0)
    )
      found = { ...last.who, cue: null };
    if (!found && !headTrim && p0 > 0 && !zh) found = this.neighbours.fromPreviousParagraph(p0);
    if (!found && !headTrim && p0 > 0 && !zh && !this.clauses.paragraphHasCue(p0))
      found = this.neighbours.onlyPersonBefore(p0);
    if (!found && (partial || /,$/.test(headTrim)) && headTrim && !zh)
      found = this.neighbours.fragmentSubject(head, p0, headStart);
    return found;
  }
}

/**
 * Which paragraphs are read for names: a few before each quote (pronouns, "the company") and the
 * opening ones (where people are introduced); huge pages stay fast.
 */
function readNear(count: number, spans: Span[]): (p: number) => boolean {
  // an article of ordinary length is read whole: a speaker is often introduced after their first quote
  if (count <= WHOLE_ARTICLE_PARAGRAPHS) return () => true;
  const near = new Uint8Array(count);
  for (let p = 0; p < Math.min(OPENING_PARAGRAPHS, count); p++) near[p] = 1;
  for (const s of spans.slice(0, MAX_READ_SPANS)) {
    const first = s.parts[0].paragraph;
    const last = s.parts[s.parts.length - 1].paragraph;
    for (let p = Math.max(0, first - PARAGRAPHS_READ_BEFORE_QUOTE); p <= Math.min(count - 1, last + 1); p++)
      near[p] = 1;
  }
  return (p) => near[p] === 1;
}

/** `text` with every range turned to spaces (ranges may come in any order and overlap). */
function blanked(text: string, ranges: [number, number][]): string {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of sorted) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += text.slice(at, from) + ' '.repeat(end - from);
    at = end;
  }
  return out + text.slice(at);
}
