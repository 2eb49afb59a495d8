// Actors named elsewhere: who issued "the statement", which person a bare title goes on to name.
import { ORG_NOUNS } from '../cues';
import { nameRuns, splitTitle } from '../names';
import { sentenceEndAfter, sentenceStartBefore } from '../../text/boundaries';
import { tokenize, skipTime } from './tokens';
import { SENTENCES_AHEAD, NEAR_WORD_REACH } from './reach';
import type { Reading } from './reading';
import type { Clauses } from './clauses';

export class Antecedents {
  constructor(
    private readonly ctx: Reading,
    private readonly clauses: Clauses,
  ) {}

  /**
   * The actor named next to an earlier use of a word: who issued "the statement", whom "the
   * spokesperson" speaks for. Looks back a few paragraphs, sentence by sentence.
   */
  nearWord(p: number, at: number, word: RegExp, test: (name: string) => boolean, bySubject = false): string | null {
    for (let q = p; q >= Math.max(0, p - NEAR_WORD_REACH); q--) {
      const text = q === p ? this.ctx.masked[q].slice(0, at) : this.ctx.masked[q];
      const hits = [...text.matchAll(new RegExp(word.source, 'gi'))];
      for (let h = hits.length - 1; h >= 0; h--) {
        const i = hits[h].index!;
        const from = sentenceStartBefore(text, i, 0);
        const to = sentenceEndAfter(text, i, text.length);
        // the outlet a statement went to is not its issuer ("emailed to NBC News", "told Reuters")
        const runs = nameRuns(text, from, to).filter(
          (r) =>
            !this.ctx.book.commonWord(r.text) &&
            !/\b(?:to|told|tells|tell)\s+$/i.test(text.slice(Math.max(0, r.start - 8), r.start)),
        );
        // nearest to the word first
        runs.sort((a, b) => Math.abs(a.start - i) - Math.abs(b.start - i));
        for (const r of runs) {
          const name = this.ctx.book.speaker(splitTitle(r.text).name || r.text);
          if (test(name)) return name;
        }
        // "The company denied it in a statement": whoever "the company" is there
        const subject = bySubject ? /^\s*(?:the|its|their)\s+(\p{Ll}+)/iu.exec(text.slice(from, i)) : null;
        if (subject && ORG_NOUNS.has(subject[1].toLowerCase())) {
          const org = this.ctx.book.orgBefore(q, from, []);
          if (org) return this.ctx.book.speaker(org);
        }
      }
    }
    return null;
  }

  /** The first person named as a speaker later in the paragraph ("…», a ajouté Laurent Fabius."), within two sentences. */
  personAhead(p: number, at: number): string | null {
    const text = this.ctx.masked[p];
    const toks = tokenize(text.slice(at), at);
    let ends = 0;
    for (let j = 0; j < toks.length; j++) {
      const t = toks[j];
      if ((t.word === '.' || t.word === '!' || t.word === '?') && ++ends > SENTENCES_AHEAD) break;
      if (!this.clauses.cueVerb(toks, j, p)) continue;
      const from = skipTime(toks, j + 1);
      const end = from < toks.length ? this.clauses.clauseEnd(toks, from, p) : 0;
      const run =
        from < toks.length && toks[from].start < end
          ? nameRuns(this.ctx.textOf(p, toks[from].start, end))[0]
          : undefined;
      const name = run && !run.possessive ? splitTitle(run.text).name : null;
      if (name && !this.ctx.book.commonWord(name)) {
        const full = this.ctx.book.canonical(name);
        if (this.ctx.book.isPerson(full) || full.includes(' ')) return full;
      }
    }
    return null;
  }
}
