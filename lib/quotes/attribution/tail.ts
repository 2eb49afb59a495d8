// The speaker named after the quote: "…," Kaplan said. / "…," said Kaplan, Meta's chief. / "…" — Kaplan.
import { nameRuns, splitTitle } from '../names';
import { type Tok, endsClause, tokenize, skipTime } from './tokens';
import { FUNCTION_WORDS } from './words';
import { CLAUSE_OPENERS_EN, LISTENER_VERBS_EN } from '../../lang/en';
import { ReportingClauseReader } from './clause-reader';
import type { Who } from './types';
import {
  READ_AROUND_QUOTE,
  TAIL_WORDS,
  STRICT_TAIL_WORDS,
  MAX_TAIL_SUBJECT_TOKENS,
  MIN_NAME_TAIL_WORDS,
  MAX_NAME_TAIL_WORDS,
} from './reach';

/** A verb of saying not found (or found with no subject): read on. */
const NO_VERB = Symbol('no reporting verb');

type TailFound = Who & { cue: string };

export class Tail extends ReportingClauseReader {
  /** "…," Kaplan said. / "…," said Kaplan, Meta's chief. / "…" — Kaplan */
  fromTail(tail: string, p: number, base: number, strict = false, mustClose = false): TailFound | null {
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
    if (CLAUSE_OPENERS_EN.has(words[0].word)) return this.closingReport(words, p);
    const byVerb = this.reportingClause(toks, k, p, strict, mustClose);
    if (byVerb !== NO_VERB) return byVerb;
    if (!strict && !dash) {
      const named = this.nameEndsTail(words, p, base);
      if (named) return named;
    }
    if (dash && !strict) {
      const end = this.clauses.clauseEnd(words, 0, p);
      const who = this.np.resolveNP(this.ctx.textOf(p, words[0].start, end), p, words[0].start, 'after');
      if (who && who.speaker) return { ...who, cue: '—' };
    }
    return null;
  }

  /**
   * The first "according to" or verb of saying after the quote and its subject. NO_VERB when the
   * tail holds none within reach; null when it holds one that attributes nothing.
   */
  private reportingClause(
    toks: Tok[],
    k: number,
    p: number,
    strict: boolean,
    mustClose: boolean,
  ): TailFound | null | typeof NO_VERB {
    const words = toks.slice(k);
    // a verb must stand close after a fragment; "according to X" credits its whole sentence
    const verbLimit = Math.min(words.length, strict ? STRICT_TAIL_WORDS : TAIL_WORDS);
    const limit = Math.min(words.length, TAIL_WORDS);
    let read = 0;
    for (let j = 0; j < limit; j++) {
      const t = words[j];
      if (t.punct && endsClause(t.word)) break;
      if (!t.punct) read++;
      if (read > verbLimit && !this.clauses.sourceAt(words, j)) continue;
      const source = this.clauses.sourceAt(words, j);
      if (source) {
        const end = this.clauses.clauseEnd(words, source.end, p);
        const who = this.np.resolveNP(this.ctx.textOf(p, words[source.end]?.start ?? t.end, end), p, t.start, 'after');
        if (who) return { ...who, cue: source.phrase };
      }
      if (!this.clauses.cueVerb(words, j, p)) continue;
      // after a quote that ended its sentence, only a short "Kaplan said." attributes it;
      // "Martha added that…" starts a sentence of its own
      if (mustClose && !this.clauses.closesSentence(words, j)) return null;
      const found = this.speakerOfVerb(toks, k, j, p);
      if (found !== NO_VERB) return found;
    }
    return NO_VERB;
  }

  /** The speaker of the verb of saying at words[j] (words = toks from k): its subject before it, or after it inverted. */
  private speakerOfVerb(toks: Tok[], k: number, j: number, p: number): TailFound | null | typeof NO_VERB {
    const words = toks.slice(k);
    const t = words[j];
    // "“…” that Sanders can win, said Steve Elmendorf": after a comma the subject follows the verb
    if (j > 0 && this.clauses.afterComma(words, j, p) && this.clauses.finite(t.word)) {
      const inverted = this.subjects.invertedSubject(words, j, p);
      if (inverted) return { ...inverted, cue: this.ctx.paragraphs[p].slice(t.start, t.end) };
    }
    const before = words.slice(0, j).filter((w) => !w.punct || w.word === ',');
    while (
      before.length &&
      (this.ctx.cues.filler.has(before[before.length - 1].word) ||
        this.clauses.adverb(p, before[before.length - 1]) ||
        before[before.length - 1].word === ',')
    )
      before.pop();
    const cue = this.ctx.paragraphs[p].slice(t.start, t.end).replace(/[.]$/, '');
    if (before.length) {
      if (before.length > MAX_TAIL_SUBJECT_TOKENS) return null;
      const who = before.some((b) => b.word === ',')
        ? this.subjects.subjectBefore(
            toks.slice(k, k + j).filter((w) => !w.punct || w.word === ','),
            p,
          )
        : this.np.resolveNP(
            this.ctx.textOf(p, before[0].start, before[before.length - 1].end),
            p,
            before[0].start,
            'before',
          );
      return who ? { ...who, cue } : NO_VERB;
    }
    // inverted: "…," said Kaplan. Not for "told" (the listener follows) nor "…," adding that
    if (/ing$/.test(t.word) || LISTENER_VERBS_EN.has(t.word)) return null;
    const from = skipTime(words, j + 1);
    const end = this.clauses.clauseEnd(words, from, p);
    if (from < words.length && words[from].start < end) {
      const who = this.np.resolveNP(this.ctx.textOf(p, words[from].start, end), p, t.start, 'after');
      if (who) return { ...who, cue };
    }
    if (this.ctx.proDrop) {
      const who = this.pronouns.pronoun(null, p, t.start);
      if (who) return { ...who, cue };
    }
    return null;
  }

  /** "…," přirovnává Heskey. — a short tail ending in a name credits that name, whatever the verb. */
  private nameEndsTail(words: Tok[], p: number, base: number): TailFound | null {
    const sentenceWords = [];
    for (const w of words) {
      if (w.word === '.' || w.word === '!' || w.word === '?') break;
      sentenceWords.push(w);
    }
    const openEnded = /[,?!]\s*\S?\s*$/.test(this.ctx.masked[p].slice(Math.max(0, base - 3), base));
    if (
      !openEnded ||
      sentenceWords.length < MIN_NAME_TAIL_WORDS ||
      sentenceWords.length > MAX_NAME_TAIL_WORDS ||
      !/^\p{Ll}/u.test(this.ctx.masked[p][sentenceWords[0].start]) ||
      FUNCTION_WORDS.has(sentenceWords[0].word) ||
      sentenceWords.some((w) => w.punct)
    )
      return null;
    const segment = this.ctx
      .textOf(p, sentenceWords[0].start, sentenceWords[sentenceWords.length - 1].end)
      .replace(/[.]$/, '');
    const run = nameRuns(segment).at(-1);
    if (!run || run.possessive || run.end !== segment.length) return null;
    const t = splitTitle(run.text);
    if (!t.name || this.ctx.book.commonWord(t.name)) return null;
    return {
      ...this.ctx.who(t.name, t.title),
      cue: this.ctx.paragraphs[p].slice(sentenceWords[0].start, sentenceWords[0].end),
    };
  }

  /**
   * "“…,” since most cases were close, said Lee Epstein." / "“…” and against the Brady bill, Clinton
   * said.": a reporting clause set off by a comma at the end of the sentence reports all of it.
   */
  private closingReport(words: Tok[], p: number): TailFound | null {
    const stop = words.findIndex((w) => /^[.?!;]$/.test(w.word));
    const sentence = stop < 0 ? words : words.slice(0, stop + 1);
    for (let v = 1; v < sentence.length; v++) {
      const t = sentence[v];
      if (!this.clauses.cueVerb(sentence, v, p) || !this.clauses.finite(t.word)) continue;
      const cue = this.ctx.paragraphs[p].slice(t.start, t.end).replace(/[.]$/, '');
      if (this.clauses.afterComma(sentence, v, p)) {
        const who = this.subjects.invertedSubject(sentence, v, p);
        if (who) return { ...who, cue };
        continue;
      }
      const subject = this.clauses.subjectAfterComma(sentence, v, p);
      if (subject && this.clauses.closesSentence(sentence, v)) {
        const who = this.np.resolveNP(
          this.ctx.textOf(p, subject[0].start, subject.at(-1)!.end),
          p,
          subject[0].start,
          'before',
        );
        if (who && (who.speaker || who.anonymous)) return { ...who, cue };
      }
    }
    return null;
  }

  /** The words after a quote start with a name or a verb and a name: "DeSantis said", "asked Dunn". */
  namesAtOnce(tail: string): boolean {
    const m = /^[\s,]*(\S+)\s+(\S+)/u.exec(tail);
    if (!m || /^(?:he|she|they|it|I|we|you)$/i.test(m[1])) return false;
    return /^\p{Lu}/u.test(m[1]) || (this.ctx.cues.verbs.has(m[1]) && /^(?:\p{Lu}|the\b)/u.test(m[2]));
  }
}
