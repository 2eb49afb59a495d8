// Reading a clause token by token: is this word a verb of saying, does it end its sentence, where
// does the noun phrase starting here end.
import { DOCUMENT_NOUNS, SPOKES_NOUNS } from '../cues';
import { isRolePhrase } from '../names';
import { type Tok, tokenize, sourceWords } from './tokens';
import { PREP_CUT, COMPLEMENTIZERS } from './words';
import { NOUN_MARKERS_EN, LISTENER_VERBS_EN } from '../../lang/en';
import { MAX_CLOSING_SUBJECT_WORDS, MAX_WORDS_AFTER_CLOSING_VERB } from './reach';
import type { Reading } from './reading';

export class Clauses {
  constructor(private readonly ctx: Reading) {}

  /** The token at j is a word of saying, a verb or a noun ("comments"), and not a name ("Dr. Feel"). */
  cueWord(toks: Tok[], j: number, p: number): boolean {
    const t = toks[j];
    return !!t && !t.punct && this.ctx.cues.verbs.has(t.word) && !this.capitalised(p, t, j);
  }

  /** A word of saying used as a verb: not after "the", "his" or "Ginsburg's" (a noun there). */
  cueVerb(toks: Tok[], j: number, p: number): boolean {
    return this.cueWord(toks, j, p) && !(this.ctx.english && j > 0 && isNounMarker(toks[j - 1].word));
  }

  /** "sharply", "flatly" — but not "Lovely" the surname. */
  adverb(p: number, t: Tok): boolean {
    return /^\p{Ll}+ly$/u.test(t.word) && /\p{Ll}/u.test(this.ctx.masked[p][t.start] ?? '');
  }

  /** "Dr. Feel", "Will Smith": a capitalised word inside a phrase is a name, not a verb. */
  private capitalised(p: number, t: Tok, j: number): boolean {
    return j > 0 && /\p{Lu}/u.test(this.ctx.masked[p][t.start] ?? '');
  }

  /** A verb that can report on its own: not "saying" (a participle) nor "told" (its listener follows). */
  finite(verb: string): boolean {
    return !/ing$/.test(verb) && !LISTENER_VERBS_EN.has(verb);
  }

  /** A comma stands right before the verb at j, give or take "also" or "flatly". */
  afterComma(words: Tok[], j: number, p: number): boolean {
    let c = j - 1;
    while (c >= 0 && (this.ctx.cues.filler.has(words[c].word) || this.adverb(p, words[c]))) c--;
    return c >= 0 && words[c].word === ',';
  }

  /** The verb at j ends its sentence, give or take a short adverbial ("said on Tuesday."). */
  closesSentence(words: Tok[], j: number): boolean {
    let n = 0;
    for (let k = j + 1; k < words.length; k++) {
      const w = words[k].word;
      if (w === '.' || w === '!' || w === '?') return true;
      if (k === j + 1 && COMPLEMENTIZERS.has(w)) return false;
      // "Smith agreed: “…”" introduces the next quote
      if (w === ':') return false;
      if (!words[k].punct && ++n > MAX_WORDS_AFTER_CLOSING_VERB) return false;
    }
    return true;
  }

  /** "according to", "según", "по словам" starting at token j. */
  sourceAt(toks: Tok[], j: number): { phrase: string; end: number } | null {
    const word = toks[j]?.word;
    for (const { phrase, parts } of sourceWords(this.ctx.cues.sources)) {
      if (word !== parts[0]) continue;
      if (parts.every((w, k) => toks[j + k]?.word === w)) return { phrase, end: j + parts.length };
    }
    return null;
  }

  /** Where the noun phrase starting at token j ends: the sentence end or a prepositional tail. */
  clauseEnd(toks: Tok[], j: number, p: number): number {
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
        if (!piece.length || !isRolePhrase(this.ctx.textOf(p, piece[0].start, piece[piece.length - 1].end))) break;
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

  /** Does the reporter's text of a paragraph attribute anything ("said", "according to")? */
  private hasCue(s: string): boolean {
    const toks = tokenize(s);
    return toks.some((t, j) => (!t.punct && this.ctx.cues.verbs.has(t.word)) || this.sourceAt(toks, j) !== null);
  }

  hasVerb(s: string): boolean {
    return tokenize(s).some((t) => !t.punct && this.ctx.cues.verbs.has(t.word));
  }

  private cueCache = new Map<number, boolean>();

  paragraphHasCue(p: number): boolean {
    let v = this.cueCache.get(p);
    if (v === undefined) {
      v = this.hasCue(this.ctx.masked[p]);
      this.cueCache.set(p, v);
    }
    return v;
  }

  /** The short phrase between a comma and the verb at v ("…, Clinton said"), or null. */
  subjectAfterComma(words: Tok[], v: number, p: number): Tok[] | null {
    let c = v - 1;
    while (c >= 0 && (this.ctx.cues.filler.has(words[c].word) || this.adverb(p, words[c]))) c--;
    const end = c + 1;
    while (c >= 0 && !words[c].punct && end - c <= MAX_CLOSING_SUBJECT_WORDS) c--;
    if (c < 0 || words[c].word !== ',' || c + 1 >= end) return null;
    return words.slice(c + 1, end);
  }
}

/** A determiner, a number or a possessive ("his", "50", "Ginsburg's"): a word of saying after it is a noun. */
function isNounMarker(word: string): boolean {
  return NOUN_MARKERS_EN.has(word) || /^\p{N}+$/u.test(word) || /^.+['’]s$/u.test(word) || /^.+s['’]$/u.test(word);
}
