// Characters and the actors who play them: "Buckley had agreed to play Rose-Lynn Harlan". A film's
// character says nothing in the world; the words the article gives them ("she sings") are the
// actor's performance, so a quote found for the character is the actor's.
import { nameRuns, splitTitle } from '../names';
import { PLAY_VERBS_EN } from '../../lang/en';
import { sentenceStartBefore } from '../../text/boundaries';
import type { Reading } from './reading';

export class Characters {
  private actors: Map<string, string> | null = null;

  constructor(private readonly ctx: Reading) {}

  /** The actor who plays this character, when the article says so. */
  actorOf(name: string): string | null {
    this.actors ??= this.read();
    return this.actors.get(name) ?? null;
  }

  /** "ACTOR … play CHARACTER": the first person the sentence names before the verb plays the name after it. */
  private read(): Map<string, string> {
    const out = new Map<string, string>();
    if (!this.ctx.english) return out;
    this.ctx.masked.forEach((text, p) => {
      for (const m of text.matchAll(/\b(\p{Ll}+)\s+(?=\p{Lu})/gu)) {
        if (!PLAY_VERBS_EN.has(m[1])) continue;
        const after = m.index! + m[0].length;
        const character = nameRuns(text.slice(after))[0];
        // "played Trump as a clown" still acts a part; "played Trump's game" does not
        if (!character || character.start > 0 || character.possessive) continue;
        const from = sentenceStartBefore(text, m.index!, 0);
        const actor = nameRuns(text.slice(from, m.index!)).find((r) => !r.possessive);
        if (!actor) continue;
        const actorName = this.ctx.book.speaker(splitTitle(actor.text).name || actor.text);
        const characterName = this.ctx.book.speaker(character.text);
        if (actorName !== characterName && this.ctx.book.isPerson(actorName)) out.set(characterName, actorName);
      }
    });
    return out;
  }
}
