// findQuotes: the article's quoted speech with who said it, ranked. Steps: marks → spans
// (marks.ts), spans → speakers (attribution.ts), drop what is not speech and repeats
// (select.ts), order (rank.ts). Every step is a linear pass over the text around the marks.
import type { Article, Quote } from '../types';
import type { EntityIndex } from '../entities';
import { findSpans } from './marks';
import { Attributor, MAX_READ_SPANS } from './attribution';
import { MIN_WORDS, dedupe, looksLikeTitle, wordsOfQuote } from './select';
import { rankQuotes } from './rank';

const UNATTRIBUTED = { speaker: null, role: null, cue: null, partial: false, anonymous: false };

export interface QuoteOptions {
  /** Keep quotes shorter than four words (scare quotes, terms); off by default. */
  keepFragments?: boolean;
}

export function findQuotes(article: Article, entities: EntityIndex, options: QuoteOptions = {}): Quote[] {
  const paragraphs = article.paragraphs;
  const lang = (article.lang ?? '').toLowerCase().split('-')[0] || null;
  const spans = findSpans(paragraphs, lang);
  if (!spans.length) return [];
  const attributor = new Attributor(paragraphs, spans, entities, lang, article.siteName);
  const quotes: Quote[] = [];
  spans.forEach((span, i) => {
    // past a few hundred quotes a page is not a news story; keep the words, skip the reading
    const who = i < MAX_READ_SPANS ? attributor.attribute(i) : UNATTRIBUTED;
    // a quote running over paragraphs is each paragraph's quoted part, verbatim, joined by one
    // space; its position points at the first part (where the reader lands)
    const text = span.parts.map((part) => paragraphs[part.paragraph].slice(part.start, part.end)).join(' ');
    const first = span.parts[0];
    const quote: Quote = {
      text,
      speaker: who.speaker,
      role: who.speaker ? who.role : null,
      cue: who.cue,
      partial: who.partial,
      anonymous: who.anonymous && !who.speaker,
      position: { paragraph: first.paragraph, start: first.start, end: first.end },
      score: 0,
    };
    if (!options.keepFragments && wordsOfQuote(quote).length < MIN_WORDS) return;
    const head = paragraphs[first.paragraph].slice(Math.max(0, span.open - 40), span.open);
    if (looksLikeTitle(text, head, who.cue !== null && who.cue !== ':' && !who.partial)) return;
    quotes.push(quote);
  });
  return rankQuotes(dedupe(quotes), paragraphs.length);
}
