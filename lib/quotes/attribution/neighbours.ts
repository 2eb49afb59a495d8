// The speaker named outside the quote's own sentence: an earlier or later sentence of the paragraph,
// the paragraph before, a signature line under it, or the subject of the sentence a fragment is woven into.
import { nameRuns } from '../names';
import { sentenceEndAfter, sentenceStartBefore } from '../../text/boundaries';
import { tokenize } from './tokens';
import { PREPOSITIONS } from './words';
import type { Who } from './types';
import {
  MAX_LATER_SUBJECT_TOKENS,
  EARLIER_SENTENCES,
  MAX_CAPTION_CHARS,
  MAX_CAPTIONS_BETWEEN,
  MAX_SIGNATURE_CHARS,
} from './reach';
import type { Reading } from './reading';
import type { Clauses } from './clauses';
import type { NounPhrases } from './noun-phrase';
import type { LeadIn } from './lead-in';

export class Neighbours {
  constructor(
    private readonly ctx: Reading,
    private readonly clauses: Clauses,
    private readonly np: NounPhrases,
    private readonly leadIn: LeadIn,
  ) {}

  /** "“…”" then a paragraph "- Sanders." or "—Michelle Marks, Philadelphia.": a signature line. */
  fromSignature(p: number): (Who & { cue: string }) | null {
    const line = this.ctx.masked[p + 1];
    const m = line ? /^\s*[-—–]\s*(?=\p{Lu})/u.exec(line) : null;
    if (!m || line.length > MAX_SIGNATURE_CHARS) return null;
    const who = this.np.resolveNP(line.slice(m[0].length).replace(/[.\s]+$/, ''), p + 1, m[0].length, 'after');
    return who && who.speaker ? { ...who, cue: '—' } : null;
  }

  /**
   * "Clinton supports “appropriate pay raises”", "West landed a sharp dig at “…”": a fragment in a
   * sentence with no verb of saying is the words of the sentence's subject, when that is a person.
   */
  fragmentSubject(head: string, p: number, base: number): (Who & { cue: null }) | null {
    const toks = tokenize(head, base);
    // the subject opens the sentence, or its main clause after an opening phrase ("Earlier this week, Clinton …")
    const comma = toks.findIndex((t) => t.word === ',');
    for (const k of comma >= 0 ? [0, comma + 1] : [0]) {
      if (k >= toks.length) continue;
      const text = this.ctx.textOf(p, toks[k].start, toks[toks.length - 1].end);
      const run = nameRuns(text)[0];
      if (!run || run.start > 0 || run.possessive) continue;
      const who = this.np.resolveNP(run.text, p, toks[k].start, 'before');
      if (who && who.speaker && this.ctx.book.isPerson(who.speaker)) return { ...who, cue: null };
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
    const who = this.np.resolveNP(run.text, p, base + run.start, 'before');
    return who && who.speaker && this.ctx.book.isPerson(who.speaker) ? { ...who, cue: null } : null;
  }

  /** Nothing but captions or subheads (short lines) stand between the last speaker and paragraph p. */
  continues(last: number, p: number): boolean {
    if (last >= p - 1) return true;
    if (last < p - 1 - MAX_CAPTIONS_BETWEEN) return false;
    for (let k = last + 1; k < p; k++)
      if (this.ctx.paragraphs[k].length > MAX_CAPTION_CHARS || this.clauses.hasVerb(this.ctx.masked[k])) return false;
    return true;
  }

  /** The speaker named in the sentences just before the quote, in the same paragraph. */
  fromEarlierSentences(p: number, headStart: number, floor: number): (Who & { cue: string | null }) | null {
    let end = headStart;
    const text = this.ctx.masked[p];
    for (let n = 0; n < EARLIER_SENTENCES && end > floor; n++) {
      const start = sentenceStartBefore(text, Math.max(floor, end - 1), floor);
      const sentence = text.slice(start, end);
      if (this.ctx.quotesSpeech(p, start, end)) return null;
      if (!/:\s*$/.test(sentence) && !this.clauses.hasVerb(sentence)) {
        end = start;
        continue;
      }
      const who = this.leadIn.fromHead(sentence.replace(/[.!?]\s*$/, ':'), p, start);
      if (who && (who.speaker || who.anonymous)) return who;
      end = start;
    }
    return null;
  }

  /** "…, which Apple views as “a human right”. Another is stewardship, Cook said." */
  fromLaterSentence(p: number, from: number, limit: number): (Who & { cue: string | null }) | null {
    const text = this.ctx.masked[p];
    const end = sentenceEndAfter(text, from, limit);
    const sentence = text.slice(from, end);
    if (!sentence.trim() || this.ctx.quotesSpeech(p, from, end)) return null;
    const toks = tokenize(sentence, from).filter((t) => t.word !== '.');
    // the sentence must end "…, Name said."
    const k = toks.length - 1;
    if (k < 1 || !this.clauses.cueVerb(toks, k, p)) return null;
    let c = k - 1;
    while (c >= 0 && toks[c].word !== ',' && k - c <= MAX_LATER_SUBJECT_TOKENS) c--;
    const np = toks.slice(c + 1, k);
    if (!np.length || (c >= 0 && toks[c].word !== ',')) return null;
    const who = this.np.resolveNP(this.ctx.textOf(p, np[0].start, np[np.length - 1].end), p, np[0].start, 'before');
    return who && (who.speaker || who.anonymous)
      ? { ...who, cue: this.ctx.paragraphs[p].slice(toks[k].start, toks[k].end).replace(/[.]$/, '') }
      : null;
  }

  /** "But for Parata the deaths are personal." / "“It's very emotional…”": the one person the paragraph before is about. */
  onlyPersonBefore(p: number): (Who & { cue: string | null }) | null {
    const prev = this.ctx.masked[p - 1];
    if (!prev || this.ctx.quotesSpeech(p - 1, 0, prev.length)) return null;
    const people = new Set(
      this.ctx.book.mentions
        .filter((m) => m.paragraph === p - 1 && this.ctx.book.evidentPerson(m.name))
        .map((m) => m.name),
    );
    const others = this.ctx.book.mentions.some(
      (m) => m.paragraph === p - 1 && !people.has(m.name) && this.ctx.book.isPerson(m.name),
    );
    if (people.size !== 1 || others) return null;
    return { ...this.ctx.who([...people][0], null), cue: null };
  }

  /** The last sentence of the previous paragraph, when it names who speaks next. */
  fromPreviousParagraph(p: number): (Who & { cue: string | null }) | null {
    const text = this.ctx.masked[p - 1];
    const start = sentenceStartBefore(text, Math.max(0, text.trimEnd().length - 1), 0);
    const sentence = text.slice(start);
    if (this.ctx.quotesSpeech(p - 1, start, text.length)) return null;
    if (!/:\s*$/.test(sentence) && !this.clauses.hasVerb(sentence)) return null;
    return this.leadIn.fromHead(sentence.replace(/[.!?]\s*$/, ':'), p - 1, start);
  }
}
