// The speaker named before the quote: Kaplan said: "…" / According to Meta, "…" / Kaplan called it "…".
import { nameRuns } from '../names';
import { type Tok, tokenize } from './tokens';
import { INTRO } from './words';
import { LISTENER_VERBS_EN } from '../../lang/en';
import { ReportingClauseReader } from './clause-reader';
import type { Who, Found } from './types';
import { READ_AROUND_QUOTE, LEAD_IN_TOKENS } from './reach';

export class LeadIn extends ReportingClauseReader {
  /** Kaplan said: "…" / According to Meta, "…" / She added, "…" / Kaplan called it "…" */
  fromHead(head: string, p: number, base: number): Found | null {
    const cut = Math.max(0, head.length - READ_AROUND_QUOTE);
    const toks = tokenize(cut ? head.slice(cut) : head, base + cut);
    if (!toks.length) return null;
    // "Ryan told CNN that Ginsburg's comments “…”": a verb of saying before a noun of saying;
    // "Gorka made the point that …": the noun alone still marks a report
    return this.headReading(toks, head, p, false) ?? this.headReading(toks, head, p, true);
  }

  /** The reporting clause nearest the quote: "according to" or a verb of saying (a noun of saying when `nouns`), else a colon. */
  private headReading(toks: Tok[], head: string, p: number, nouns: boolean): Found | null {
    for (let j = toks.length - 1; j >= Math.max(0, toks.length - LEAD_IN_TOKENS); j--) {
      const bySource = this.sourceReading(toks, j, p);
      if (bySource) return bySource;
      if (!(nouns ? this.clauses.cueWord(toks, j, p) : this.clauses.cueVerb(toks, j, p))) continue;
      const byVerb = this.verbReading(toks, j, p);
      if (byVerb) return byVerb;
    }
    // lead-in ending in a colon: "Kaplan sharply criticized the EU's approach:"
    if (/:\s*$/.test(head)) {
      const who = this.subjects.leadSubject(toks, p);
      if (who) return { ...who, cue: ':' };
      // "That process led to a realization:" — the speaker of the story so far
      const last = this.ctx.last;
      if (last && last.paragraph >= p - 1 && last.who.speaker) return { ...last.who, cue: ':' };
    }
    return null;
  }

  /** "According to Meta, …" at token j: whoever follows the phrase. */
  private sourceReading(toks: Tok[], j: number, p: number): Found | null {
    const source = this.clauses.sourceAt(toks, j);
    if (!source) return null;
    const end = this.clauses.clauseEnd(toks, source.end, p);
    // "X said that, according to its analysis, …": the owner of the analysis speaks, read on to the
    // verb ("according to his aunt, Jane Starner" names her)
    const ownDocument =
      /^(?:its|his|her|their)$/.test(toks[source.end]?.word ?? '') &&
      !nameRuns(this.ctx.textOf(p, toks[source.end].start, end)).length;
    if (source.end >= toks.length || toks[source.end].start >= end || ownDocument) return null;
    const who = this.np.resolveNP(this.ctx.textOf(p, toks[source.end].start, end), p, toks[j].start, 'after');
    return who ? { ...who, cue: source.phrase } : null;
  }

  /** The speaker of the verb of saying at token j. */
  private verbReading(toks: Tok[], j: number, p: number): Found | null {
    const t = toks[j];
    const cue = this.ctx.paragraphs[p].slice(t.start, t.end).replace(/[.]$/, '');
    const before = toks.slice(0, j);
    while (
      before.length &&
      (this.ctx.cues.filler.has(before[before.length - 1].word) ||
        this.clauses.adverb(p, before[before.length - 1]) ||
        before[before.length - 1].punct) &&
      before[before.length - 1].word !== ','
    )
      before.pop();
    const who =
      this.sharedSubject(before, t, p) ??
      this.participleSubject(before, t, p) ??
      this.subjectOfVerb(toks, before, j, p) ??
      // a participle ("…, saying") or a clause whose subject we could not read: the sentence subject
      this.subjects.leadSubject(toks.slice(0, j), p);
    return who ? { ...who, cue } : null;
  }

  /** "Clinton said Trump is responsible and accused him of “…”": a second verb shares the first one's subject. */
  private sharedSubject(before: Tok[], t: Tok, p: number): Who | null {
    if (before.length <= 2 || before[before.length - 1].word !== 'and' || /ing$/.test(t.word)) return null;
    const first = before.findIndex((b, k) => k > 0 && this.clauses.cueVerb(before, k, p));
    // "Sanders was asked by Maher …": a passive's subject is not the speaker
    const passive = first > 0 && /^(?:was|were|is|are|been|be)$/.test(before[first - 1].word);
    const who = first > 0 && !passive ? this.subjects.subjectBefore(before.slice(0, first), p) : null;
    return who && who.speaker ? who : null;
  }

  /**
   * "He urged Mr. Trump to act, saying “…”": a participle's speaker is its clause's subject, not the
   * nearest name; "Likud party, which tried to rally support by saying that voters were “…”": the
   * body the relative clause hangs on.
   */
  private participleSubject(before: Tok[], t: Tok, p: number): Who | null {
    if (!/ing$/.test(t.word)) return null;
    const antecedent = this.subjects.relativeAntecedent(before, p);
    if (antecedent) return antecedent;
    if (before.length <= 2 || before[before.length - 1].word !== ',') return null;
    const firstComma = before.findIndex((b) => b.word === ',');
    const intro =
      firstComma < before.length - 1 && INTRO.test(this.ctx.textOf(p, before[0].start, before[0].end))
        ? firstComma + 1
        : 0;
    const who = this.subjects.leadSubject(before.slice(intro), p);
    return who && who.speaker ? who : null;
  }

  /** A finite verb's subject: before it, after it when inverted ("…, a déclaré jeudi le ministre"), or dropped. */
  private subjectOfVerb(toks: Tok[], before: Tok[], j: number, p: number): Who | null {
    const t = toks[j];
    const finite = !/ing$/.test(t.word) && !LISTENER_VERBS_EN.has(t.word);
    if (before.length) {
      // "…, a déclaré jeudi le ministre", "…, dijo ayer Pérez": after a comma the subject follows the verb
      if (before[before.length - 1].word === ',' && finite && this.subjects.invertedSubjectAhead(toks, j, p)) {
        const inv = this.subjects.afterVerb(toks, j, p);
        if (inv) return inv;
      }
      const who = this.subjects.subjectBefore(before, p);
      if (who) return who;
    } else if (j + 1 < toks.length && finite) {
      // "Said Kaplan: …" and the dropped subject of "Dijo: …"
      const end = this.clauses.clauseEnd(toks, j + 1, p);
      const who = this.np.resolveNP(this.ctx.textOf(p, toks[j + 1].start, end), p, t.start, 'after');
      if (who) return who;
    }
    if (this.ctx.proDrop && !before.length) return this.pronouns.pronoun(null, p, t.start);
    return null;
  }
}
