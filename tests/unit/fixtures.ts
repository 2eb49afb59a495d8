// Shared builders for the entity, stakeholder and ranking tests: an invented article, a quote
// with only what a test states, and the stakeholders the engine lists for both.
import { buildEntityIndex } from '../../lib/entities';
import { buildStakeholders } from '../../lib/stakeholders';
import type { Article, Quote, Stakeholder } from '../../lib/types';
import { article } from './entities/fixture';

export { article };

/** A quote said by `speaker` (null: nobody named), in paragraph 0 unless `paragraph` says otherwise. */
export function said(text: string, speaker: string | null, over: Partial<Quote> & { paragraph?: number } = {}): Quote {
  const { paragraph = 0, ...rest } = over;
  return {
    text,
    speaker,
    role: null,
    cue: 'said',
    partial: false,
    anonymous: false,
    position: { paragraph, start: 0, end: text.length },
    score: 1,
    ...rest,
  };
}

/** The stakeholders the engine lists for an invented article and its quotes. */
export function stakeholdersOf(paragraphs: string[], quotes: Quote[] = [], over: Partial<Article> = {}): Stakeholder[] {
  const a = article(paragraphs, over);
  return buildStakeholders(buildEntityIndex(a), quotes, a.lang, a.paragraphs);
}
