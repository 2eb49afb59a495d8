// he, she, they → the actor they stand for.
import { FEMALE_NOUNS, MALE_NOUNS } from '../cues';
import type { Gender } from '../names';
import type { Who } from './types';
import { UNNAMED_PERSON_REACH, PLURAL_ORG_REACH } from './reach';
import type { Reading } from './reading';

export class Pronouns {
  constructor(private readonly ctx: Reading) {}

  /** he / she / they → the last fitting actor named before this point; a he or she resolved tells that actor's gender. */
  pronoun(gender: Gender | 'plural', p: number, at: number): Who | null {
    const who = this.pronounUncounted(gender, p, at);
    if (who?.speaker && (gender === 'm' || gender === 'f')) this.ctx.book.noteGender(who.speaker, gender);
    return who;
  }

  private pronounUncounted(gender: Gender | 'plural', p: number, at: number): Who | null {
    if (gender === 'plural') {
      // singular "they": a person named just before whom the article never calls he or she
      const person = this.ctx.book.salientBefore(p, at, (n) => this.ctx.book.isPerson(n), 0);
      if (person && !this.ctx.book.gender(person)) return this.ctx.who(person, null);
      const org = this.ctx.book.lastBefore(p, at, (n) => this.ctx.book.isOrg(n), PLURAL_ORG_REACH);
      return org ? this.ctx.who(org, null) : null;
    }
    // "“It could have been easy for Mary Steenburgen …,” she said": whom the quote speaks of by full name is not who speaks it
    const fits = (n: string) =>
      this.ctx.book.isPerson(n) &&
      (!gender || !this.ctx.book.gender(n) || this.ctx.book.gender(n) === gender) &&
      !this.ctx.quoteNames(n);
    // "“…,” he said" right after a paragraph quoting someone, with nobody else named since: that someone
    const lastWho = this.ctx.last?.who.speaker;
    if (
      lastWho &&
      this.ctx.last!.paragraph >= p - 1 &&
      fits(lastWho) &&
      !this.ctx.book.namedBetween(this.ctx.last!.paragraph, p, at, lastWho)
    )
      return this.ctx.last!.who;
    const name = this.ctx.book.salientBefore(p, at, fits);
    if (name) return this.ctx.who(name, null);
    // "WIRED spoke to one mother, who …. “…,” she said": an unnamed person, not an earlier name
    if (gender && this.unnamedPersonBefore(gender, p, at)) return { speaker: null, role: null, anonymous: true };
    if (
      this.ctx.last &&
      this.ctx.last.who.speaker &&
      this.ctx.last.paragraph >= p - 2 &&
      (!gender || this.ctx.book.gender(this.ctx.last.who.speaker) !== (gender === 'm' ? 'f' : 'm'))
    )
      return this.ctx.last.who;
    return null;
  }

  /** An indefinite person of that gender ("one mother", "a local man") in the words just before (p, at). */
  private unnamedPersonBefore(gender: 'm' | 'f', p: number, at: number): boolean {
    const nouns = gender === 'f' ? FEMALE_NOUNS : MALE_NOUNS;
    const text = this.ctx.masked[p].slice(Math.max(0, at - UNNAMED_PERSON_REACH), at);
    for (const m of text.matchAll(/\b(?:a|an|one|another)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\b/gu))
      if (nouns.has(m[1])) return true;
    return false;
  }
}
