// The subject of a verb of saying: before it ("Kaplan said"), after it ("said Kaplan"), or the
// first actor of the sentence.
import { DOCUMENT_NOUNS, ORG_NOUNS, SPOKES_NOUNS } from '../cues';
import { authorOfDocument, isCapitalsHeading, isRolePhrase, nameRuns, qualifiesTitle } from '../names';
import { type Tok, skipTime } from './tokens';
import { DETERMINERS, COORDINATORS, LOCATIVES } from './words';
import { SUBORDINATORS_EN, GROUP_NOUNS_EN } from '../../lang/en';
import type { Who } from './types';
import { LONG_SUBJECT_TOKENS, LAST_CLAUSE_TOKENS, LEAD_SUBJECT_WORDS } from './reach';
import type { Reading } from './reading';
import type { Clauses } from './clauses';
import type { NounPhrases } from './noun-phrase';

export class Subjects {
  constructor(
    private readonly ctx: Reading,
    private readonly clauses: Clauses,
    private readonly np: NounPhrases,
  ) {}

  /** The subject of a verb from the words before it. */
  subjectBefore(all: Tok[], p: number): (Who & { cue?: string }) | null {
    // "X told The Post that he believed": the verb's subject stands after the last subordinator
    // (not "Fitton, head of a group that has sued the State Department, said": a relative clause)
    const cut = this.ctx.english ? all.findLastIndex((t) => SUBORDINATORS_EN.has(t.word)) : -1;
    const clause = all.slice(cut + 1);
    const before = cut >= 0 && clause.length && !clause.some((t) => t.word === ',') ? clause : all;
    // "… on that subject - he wrote": a subject pronoun right before the verb is its subject
    // "he’d respond": the pronoun keeps its subject role under a contracted "would" or "will"
    const last = before[before.length - 1];
    const pronoun = /^(?:he|she|they)(?:['’](?:d|ll))?$/.exec(last.word)?.[0].replace(/['’].*$/, '');
    if (this.ctx.english && pronoun) return this.np.resolveNP(pronoun, p, last.start, 'before');
    const text = this.ctx.textOf(p, before[0].start, before[before.length - 1].end);
    const base = before[0].start;
    // "Kaplan, Meta's chief, said" — the phrase ends in an appositive's comma
    const lastComma = before.map((t) => t.word).lastIndexOf(',');
    if (lastComma >= 0 && lastComma === before.length - 1) return this.np.resolveNP(text, p, base, 'before');
    if (lastComma >= 0) {
      const open = this.openApposition(before, lastComma, p);
      if (open) return open;
      const tail = before.slice(lastComma + 1);
      const who = this.np.resolveNP(
        this.ctx.textOf(p, tail[0].start, tail[tail.length - 1].end),
        p,
        tail[0].start,
        'before',
      );
      if (who) return who;
      // "Dr. Luz Arroyo, a member of the group, told": the whole phrase
      const whole = this.np.resolveNP(text, p, base, 'before');
      if (whole) return whole;
      return null;
    }
    if (before.length > LONG_SUBJECT_TOKENS) {
      // "Huntington defined it so and the jurist Carlos Nino called…": the subject of the last clause
      const and = before
        .map((t) => t.word)
        .lastIndexOf(
          before.find((t, k) => k > 2 && k >= before.length - LAST_CLAUSE_TOKENS && COORDINATORS.has(t.word))?.word ??
            '\u0000',
        );
      if (and > 2 && and < before.length - 1) {
        const tail = before.slice(and + 1);
        const tailText = this.ctx.textOf(p, tail[0].start, tail[tail.length - 1].end);
        if (nameRuns(tailText).length) {
          const who = this.np.resolveNP(tailText, p, tail[0].start, 'before');
          if (who && who.speaker) return who;
        }
      }
      return this.leadSubject(before, p);
    }
    return this.np.resolveNP(text, p, base, 'before');
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
    const nameText = this.ctx.textOf(p, name[0].start, name[name.length - 1].end);
    const roleText = this.ctx.textOf(p, role[0].start, role[role.length - 1].end);
    const runs = nameRuns(nameText);
    if (runs.length !== 1 || runs[0].start > 0 || runs[0].end < nameText.length) return null;
    if (!/^(?:a|an|the|\p{Ll}+)\s/u.test(roleText) || !isRolePhrase(roleText)) return null;
    const who = this.np.resolveNP(nameText, p, name[0].start, 'before');
    return who && who.speaker && this.ctx.book.isPerson(who.speaker) ? { ...who, role: who.role ?? roleText } : null;
  }

  /** "X, which/who … by saying": the name the nearest relative clause hangs on ("the Likud party"), if one does. */
  relativeAntecedent(before: Tok[], p: number): Who | null {
    for (let q = before.length - 2; q >= 1; q--) {
      const w = before[q].word;
      if (w === '.' || w === ';' || w === ':') return null;
      if (w !== ',' || !/^(?:who|which)$/.test(before[q + 1].word)) continue;
      const pre = this.ctx.textOf(p, before[0].start, before[q - 1].end);
      const run = nameRuns(pre)
        .filter((r) => !r.possessive)
        .at(-1);
      if (!run || !/^(?:\s+\p{Ll}+)?$/u.test(pre.slice(run.end))) return null;
      const who = this.np.resolveNP(run.text, p, before[0].start + run.start, 'before');
      return who && who.speaker ? who : null;
    }
    return null;
  }

  /** The first actor a sentence names: its subject, most of the time. */
  leadSubject(toks: Tok[], p: number): Who | null {
    const words = toks.filter((t) => !t.punct);
    if (!words.length) return null;
    const text = this.ctx.textOf(p, toks[0].start, toks[toks.length - 1].end);
    // a pronoun or "the company" at the start of the main clause
    for (let k = 0; k < Math.min(words.length, LEAD_SUBJECT_WORDS); k++) {
      const w = words[k].word;
      const nextWord = words[k + 1]?.word ?? '';
      if (
        this.ctx.isPronoun(w) ||
        (DETERMINERS.has(w) &&
          (ORG_NOUNS.has(nextWord) ||
            DOCUMENT_NOUNS.has(nextWord) ||
            GROUP_NOUNS_EN.has(nextWord) ||
            SPOKES_NOUNS.has(nextWord)))
      ) {
        // only when no name came before it
        const pre = this.ctx.textOf(p, toks[0].start, words[k].start);
        if (!nameRuns(pre).length || /,\s*$/.test(pre)) {
          const end = this.ctx.isPronoun(w) ? words[k].end : words[Math.min(k + 1, words.length - 1)].end;
          const who = this.np.resolveNP(this.ctx.textOf(p, words[k].start, end), p, words[k].start, 'before');
          if (who) return who;
        }
        break;
      }
    }
    const runs = nameRuns(text);
    for (const run of runs) {
      // "At an event in Ames, Iowa, Mrs. Clinton …", "Trump's Virginia state director, Mike Rubino,":
      // a place is where the sentence happens or whose officer the subject is, never the subject;
      // "Trump's first tweet was …": the author of the document is
      if (
        (run.possessive && !authorOfDocument(text, run, runs)) ||
        this.ctx.book.isPlace(run.text) ||
        isCapitalsHeading(run.text) ||
        qualifiesTitle(text, run)
      )
        continue;
      // "au Népal", "près de Lyon": a place where things happen is not the subject
      if (
        LOCATIVES.has(text.slice(0, run.start).trim().split(/\s+/).pop()?.toLowerCase() ?? '') ||
        /\b(?:près|cerca|perto|près)\s+d[e']\s*$/i.test(text.slice(0, run.start))
      )
        continue;
      const who = this.np.resolveNP(run.text, p, toks[0].start + run.start, 'before');
      if (who && who.speaker) return who;
    }
    return null;
  }

  /** The subject of an inverted verb at j: "a déclaré jeudi le ministre des Affaires étrangères". */
  afterVerb(toks: Tok[], j: number, p: number): Who | null {
    const from = skipTime(toks, j + 1);
    if (from >= toks.length || toks[from].punct) return null;
    const end = this.clauses.clauseEnd(toks, from, p);
    if (toks[from].start >= end) return null;
    const np = this.ctx.textOf(p, toks[from].start, end);
    const who = this.np.resolveNP(np, p, toks[j].start, 'after');
    return who && (who.speaker || who.anonymous) ? who : null;
  }

  /**
   * English puts the subject after the verb only as a name or a described person ("…, said Steve
   * Elmendorf", "…, said the bureau's director"); "…, said in his office" or "said of Trump" is no subject.
   */
  invertedSubject(words: Tok[], j: number, p: number): Who | null {
    const from = skipTime(words, j + 1);
    const first = words[from];
    if (!first || first.punct) return null;
    if (
      this.ctx.english &&
      !/^\p{Lu}/u.test(this.ctx.masked[p][first.start] ?? '') &&
      !/^(?:the|a|an)$/.test(first.word)
    )
      return null;
    return this.afterVerb(words, j, p);
  }

  /**
   * Can the words after the verb at j be its subject? In English only a name running to the quote
   * is one ("…, said Sen. Ted Cruz: “…”"); "Dean Johnson, a salesman, says Cruz will “…”" has its
   * subject before the verb and a clause after it.
   */
  invertedSubjectAhead(toks: Tok[], j: number, p: number): boolean {
    if (!this.ctx.english) return true;
    const rest = toks.slice(j + 1);
    const firstComma = rest.findIndex((t) => t.punct);
    // "…, said Fiorina “was involved”": a name running into the quote is the reported clause's subject
    if (firstComma < 0) return false;
    const phrase = rest.slice(0, firstComma);
    return (
      phrase.length > 0 && phrase.every((t) => /^\p{Lu}/u.test(this.ctx.masked[p][t.start] ?? '') || t.word === 'of')
    );
  }
}
