// Which sentences could be whose stance: each sentence read in order, given to the holder the
// decision names, with how strongly it shows their stance.
import type { Quote, Stakeholder } from '../types';
import type { Sentence } from '../text/sentences';
import type { EntityIndex } from '../entities';
import { Strength } from './strength';
import type { HolderBook } from './holders';
import { decideHolder, type HolderContext } from './holder';
import type { HolderChoice } from '../claims/holder';

export interface Candidate {
  sentence: Sentence;
  strength: Strength;
  /** the holder shares the sentence's verb with another ("X and Y said") */
  shared?: boolean;
}

export interface Candidates {
  /** each holder's sentences, in reading order */
  evidence: Map<Stakeholder, Candidate[]>;
  /** the words after each holder's name where it is a subject, read for sides */
  leanings: Map<Stakeholder, string[]>;
  /** the unlisted voices that spoke, in the order they first did */
  voices: Stakeholder[];
}

/** Reads every sentence for its holder. */
export function collectCandidates(
  sentences: Sentence[],
  book: HolderBook,
  entities: EntityIndex | undefined,
  quotes: Quote[],
  english: boolean,
  choice: HolderChoice = {},
): Candidates {
  const evidence = new Map<Stakeholder, Candidate[]>();
  const leanings = new Map<Stakeholder, string[]>();
  const add = (s: Stakeholder, sentence: Sentence, strength: Strength, shared: boolean) => {
    const list = evidence.get(s) ?? [];
    list.push(shared ? { sentence, strength, shared } : { sentence, strength });
    evidence.set(s, list);
  };
  const quotesIn = new Map<number, Quote[]>();
  for (const q of quotes) quotesIn.set(q.position.paragraph, [...(quotesIn.get(q.position.paragraph) ?? []), q]);
  const ctx: HolderContext = {
    book,
    entities,
    english,
    quotesHere: [],
    previous: null,
    voices: [],
    choice,
    namedBefore: new Set(),
    previousText: '',
    firstRank: firstMentionRanks(book),
  };
  for (const sentence of sentences) {
    ctx.quotesHere = quotesIn.get(sentence.paragraph) ?? [];
    const d = decideHolder(sentence, ctx);
    if (d.leaning) leanings.set(d.leaning.holder, [...(leanings.get(d.leaning.holder) ?? []), d.leaning.text]);
    const shared = d.partners.length > 0;
    for (const partner of d.partners) add(partner, sentence, d.strength, shared);
    for (const speaker of d.speakersToo) add(speaker, sentence, Strength.Speaks, true);
    if (d.holder) {
      add(d.holder, sentence, d.strength, shared);
      ctx.previous = { paragraph: sentence.paragraph, holder: d.holder };
    } else if (d.namesHolder) ctx.previous = null;
  }
  return { evidence, leanings, voices: ctx.voices };
}

/** The order in which the article first names each listed holder (0 first): early names are the story's actors. */
function firstMentionRanks(book: HolderBook): Map<Stakeholder, number> {
  const order = (m: { paragraph: number; start: number }) => m.paragraph * 1e6 + m.start;
  const first = [...book.holders].map(([e, s]) => ({ s, at: e.mentions.length ? order(e.mentions[0]) : Infinity }));
  first.sort((a, b) => a.at - b.at);
  const ranks = new Map<Stakeholder, number>();
  for (const { s } of first) if (!ranks.has(s)) ranks.set(s, ranks.size);
  return ranks;
}
