// findPositions: what each central stakeholder holds, said, demands or decided, backed by
// verbatim sentences of the article. A sentence is evidence for an actor when the actor is the
// one speaking or acting in it ("X said that…", "X declined to…", "…, X said"), when it holds a
// quote of theirs, or when it follows such a sentence and speaks of them as "he", "she" or
// "the company". The one-line text is a slice of the first evidence, never new words.
//
// The stages, each a module: holders (who may hold), holder (who holds one sentence: the one
// decision), candidates (every sentence read for its holder), evidence (the position from a
// holder's sentences), line (the line shown), sides, body (a body its head speaks for).
import type { Position, Quote, Stakeholder } from '../types';
import type { Sentence } from '../text/sentences';
import type { EntityIndex } from '../entities';
import { holderBook } from './holders';
import { collectCandidates } from './candidates';
import { positionOf } from './evidence';
import { speakForTheirBody } from './body';
import { assignSides } from './sides';
import type { HolderChoice } from '../claims/holder';
import { readsAsEnglish } from '../language';

export { summaryLine } from './line';

/** Each stakeholder's position, for those that take a stance in the article. */
export function findPositions(
  sentences: Sentence[],
  stakeholders: Stakeholder[],
  entities?: EntityIndex,
  quotes: Quote[] = [],
  lang: string | null = null,
  paragraphs?: readonly string[],
): Position[] {
  return positionsAndVoices(sentences, stakeholders, entities, quotes, lang, paragraphs).positions;
}

/**
 * The positions, and the voices the stakeholder list left out that hold one: a name the article
 * makes the subject of a verb of speech ("Nate Cohn explained that …", "The Washington Post
 * reported that …") takes a stance whether or not the list's filters kept it, so it holds its
 * words rather than leaving them to no one; the digest lists it as a stakeholder that is not central.
 */
export function positionsAndVoices(
  sentences: Sentence[],
  stakeholders: Stakeholder[],
  entities?: EntityIndex,
  quotes: Quote[] = [],
  lang: string | null = null,
  paragraphs?: readonly string[],
  choice: HolderChoice = {},
): { positions: Position[]; voices: Stakeholder[] } {
  // the verb lists are mostly English: elsewhere a name opening its sentence before a lower-case word is its subject
  const english = readsAsEnglish(lang);
  if (!stakeholders.length) return { positions: [], voices: [] };
  const book = holderBook(stakeholders, entities);
  const { evidence, leanings, voices } = collectCandidates(sentences, book, entities, quotes, english, choice);
  const positions: Position[] = [];
  for (const s of [...stakeholders, ...voices]) {
    const p = positionOf(s, evidence.get(s), paragraphs);
    if (p) positions.push(p);
  }
  if (!english) speakForTheirBody(positions, stakeholders);
  assignSides(
    positions,
    positions.map((p) => leanings.get(book.byName(p.holder)!) ?? []),
  );
  const holding = new Set(positions.map((p) => p.holder));
  return { positions, voices: voices.filter((v) => holding.has(v.name)) };
}
