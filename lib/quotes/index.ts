// findQuotes: the article's quoted speech with who said it, ranked. Steps: marks → spans
// (marks.ts), spans → speakers (attribution/), drop what is not speech and repeats
// (select.ts), order (rank.ts). Every step is a linear pass over the text around the marks.
import type { Article, Quote } from '../types';
import type { EntityIndex } from '../entities';
import { findSpans } from './marks';
import { sentenceStartBefore } from '../text/boundaries';
import { Attributor, MAX_READ_SPANS } from './attribution';
import { MIN_WORDS, dedupe, looksLikeTitle, wordsOfQuote } from './select';
import { rankQuotes } from './rank';
import { LIMITS } from '../limits';
import { STATE_ABBREVIATIONS_EN } from '../lang/en';

const UNATTRIBUTED = { speaker: null, role: null, cue: null, partial: false, anonymous: false };

export interface QuoteOptions {
  /** Keep quotes shorter than four words (scare quotes, terms); off by default. */
  keepFragments?: boolean;
}

const SIGN =
  /\b(?:signs?|banners?|posters?|placards?|billboards?|labels?|stickers?|t-shirts?|shirts?|slogans?|ads?|adverts?|advertisements?)\b/i;

/** The sentence a quote stands in, up to its opening mark (300 characters at most). */
function sentenceBefore(text: string, at: number): string {
  return text.slice(sentenceStartBefore(text, at, Math.max(0, at - 300)), at);
}

/** A quote longer than this is cut to its first sentences, up to KEPT_CHARS. */
const LONG_QUOTE = 600;
const KEPT_CHARS = 500;

/** Where the last sentence ending within `max` characters ends, or 0 when none ends after a short opening. */
export function sentencesWithin(text: string, max: number): number {
  let end = 0;
  const re = /[.!?…。！？](?=[”’"»)]*(?:\s|$))[”’"»)]*/gu;
  for (let m = re.exec(text); m && m.index + m[0].length <= max; m = re.exec(text)) end = m.index + m[0].length;
  return end >= 80 ? end : 0;
}

/** The quotes, and whether a limit (LIMITS.quoteSpans) left some unread. */
export type FoundQuotes = Quote[] & { capped?: boolean };

export function findQuotes(article: Article, entities: EntityIndex, options: QuoteOptions = {}): FoundQuotes {
  const paragraphs = article.paragraphs;
  const lang = (article.lang ?? '').toLowerCase().split('-')[0] || null;
  const spans = findSpans(paragraphs, lang, LIMITS.quoteSpans);
  if (!spans.length) return [];
  const attributor = new Attributor(paragraphs, spans, entities, lang, article.siteName);
  const quotes: Quote[] = [];
  spans.forEach((span, i) => {
    // past a few hundred quotes a page is not a news story; keep the words, skip the reading
    const who = i < MAX_READ_SPANS ? attributor.attribute(i) : UNATTRIBUTED;
    // a quote running over paragraphs is each paragraph's quoted part, verbatim, joined by one
    // space; its position points at the first part (where the reader lands)
    let text = span.parts.map((part) => paragraphs[part.paragraph].slice(part.start, part.end)).join(' ');
    const first = { ...span.parts[0] };
    if (text.length > LONG_QUOTE) {
      // past a page-long quote no reader follows: its first sentences, or nothing when it has none
      const cut = sentencesWithin(text, KEPT_CHARS);
      if (!cut) return;
      text = text.slice(0, cut);
      first.end = Math.min(first.end, first.start + cut);
    }
    const speaker = who.speaker && STATE_ABBREVIATIONS_EN.has(who.speaker) ? null : who.speaker;
    const quote: Quote = {
      text,
      speaker,
      role: speaker ? who.role : null,
      cue: who.cue,
      partial: who.partial,
      anonymous: who.anonymous && !speaker,
      position: { paragraph: first.paragraph, start: first.start, end: first.end },
      score: 0,
    };
    if (!options.keepFragments && wordsOfQuote(quote).length < MIN_WORDS) return;
    const head = paragraphs[first.paragraph].slice(Math.max(0, span.open - 40), span.open);
    if (looksLikeTitle(text, head, who.cue !== null && who.cue !== ':' && !who.partial)) return;
    // "New signs went up: “Lower prices. Same standards,” reads one": words on a sign, nobody's speech
    if (
      !who.speaker &&
      /^reads?$/i.test(who.cue ?? '') &&
      SIGN.test(sentenceBefore(paragraphs[first.paragraph], span.open))
    )
      return;
    quotes.push(quote);
  });
  const ranked: FoundQuotes = rankQuotes(dedupe(quotes), paragraphs.length, article.title, paragraphs);
  if (spans.capped) ranked.capped = true;
  return ranked;
}
