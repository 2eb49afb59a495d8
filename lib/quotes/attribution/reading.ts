// The article as the attributor reads it: the paragraphs, the same with quotes blanked (names and
// cue words are read only in the reporter's words), the name book, the language's cues, and the
// last speaker found (a paragraph that is all quote continues them).
import type { EntityIndex } from '../../entities';
import type { LangCues } from '../cues';
import type { NameBook } from '../names';
import { PLURAL_SUBJECTS } from './words';
import type { Who } from './types';

/** Languages whose verbs carry their subject: "Dijo: …" has a speaker named before. */
const PRO_DROP = ['es', 'pt', 'it', 'cs', 'sk', 'ru', 'uk', 'pl', 'ca'];

export class Reading {
  readonly english: boolean;
  readonly proDrop: boolean;
  /** The last speaker found, and the paragraph of their quote. */
  last: { who: Who; paragraph: number } | null = null;
  /** The words of the quote being attributed. */
  quote = '';

  constructor(
    readonly paragraphs: string[],
    readonly masked: string[],
    readonly book: NameBook,
    readonly entities: EntityIndex,
    readonly cues: LangCues,
    lang: string | null,
    /** The masked paragraphs with the marks of scare quotes and titles blanked too: the marks left open or close speech. */
    private readonly speechMarks: string[] = masked,
  ) {
    this.english = lang === null || lang === 'en';
    this.proDrop = lang !== null && PRO_DROP.includes(lang);
  }

  /** Does this stretch of paragraph p hold a quotation mark of speech (not of a scare quote or title)? */
  quotesSpeech(p: number, start: number, end: number): boolean {
    return /[“”"«»„「」]/.test(this.speechMarks[p].slice(start, end));
  }

  /** The quote being attributed names this person in full ("for Mary Steenburgen to …"): it speaks of them. */
  quoteNames(name: string): boolean {
    return name.includes(' ') && this.quote.includes(name);
  }

  textOf(p: number, start: number, end: number): string {
    return this.masked[p].slice(start, end);
  }

  /**
   * A role read from the masked text may hold a blanked quote ("a self-styled “   …” journalist"):
   * shown only when the article has it word for word.
   */
  verbatim(role: string | null): string | null {
    if (!role || !/\s{2}|…/.test(role)) return role;
    return this.paragraphs.some((text) => text.includes(role)) ? role : null;
  }

  /** The speaker under the article's fullest name, with the role given or the one the article gives them. */
  who(name: string, role: string | null): Who {
    const speaker = this.book.speaker(name);
    return { speaker, role: role ?? this.book.roleOf(speaker), anonymous: false };
  }

  isPronoun(w: string): boolean {
    return this.cues.male.has(w) || this.cues.female.has(w) || PLURAL_SUBJECTS.has(w);
  }
}
