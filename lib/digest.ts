// buildDigest: an Article in, a Digest out. Pure: the service worker, the CLI and the tests all
// call this one function.
import type { Notice } from './notes';
import type { Article, Digest } from './types';
import { sentencesOf } from './text/sentences';
import { buildEntityIndex } from './entities';
import { findQuotes } from './quotes';
import { buildStakeholders, voicesOf } from './stakeholders';
import { findPositions } from './positions';
import { readsLanguage } from './quotes/cues';
import { readerWords } from './text/count';
import { CAPPED_NOTICE, LIMITS, capActors, capPositions } from './limits';

const WORDS_PER_MINUTE = 230;

export interface DigestOptions {
  /** Time the extraction took, when it was measured elsewhere (the content script). */
  extractMs?: number;
  /** Notices raised by extraction (long page cut, visible text used). */
  notices?: Notice[];
  /**
   * Called once the quotes are known, before stakeholders and positions: everything above them in
   * the popup (header, notices, key quotes) is final here, so the popup can paint it early.
   */
  onQuotes?: (early: EarlyDigest) => void;
}

/** The part of a Digest known once the quotes are: what the popup paints first. */
export type EarlyDigest = Omit<Digest, 'stakeholders' | 'positions' | 'voices' | 'timings'>;

const readingMinutesOf = (wordCount: number) => Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));

/** The header of an article's digest, known before any structuring: no quotes yet. */
export function digestHeader(article: Article, notices: Notice[] = []): EarlyDigest {
  const { title, url, siteName, byline, publishedTime, lang, dir, readerable } = article;
  const wordCount = countWords(article.paragraphs);
  return { title, url, siteName, byline, publishedTime, lang, dir, readerable, wordCount, readingMinutes: readingMinutesOf(wordCount), quotes: [], notices };
}

export function countWords(paragraphs: string[]): number {
  let n = 0;
  // Han and kana are counted a character each, other scripts by runs of letters
  for (const p of paragraphs) n += readerWords(p);
  return n;
}

export function buildDigest(article: Article, options: DigestOptions = {}): Digest {
  const t0 = performance.now();
  const sentences = sentencesOf(article.paragraphs);
  const entities = buildEntityIndex(article);
  // a page past the limits (lib/limits.ts) is digested in part, and says so
  const found = findQuotes(article, entities);
  const quotes = found.length > LIMITS.quotes ? found.slice(0, LIMITS.quotes) : found;
  const notices = [...(options.notices ?? [])];
  if (entities.capped || quotes !== found) notices.push(CAPPED_NOTICE);
  // a language whose verbs of speech the engine does not know: less is found, say so
  if (!readsLanguage(article.lang)) notices.push({ code: 'noticeLanguage', params: { language: article.lang! } });
  if (!quotes.length) notices.push({ code: 'noticeNoQuotes' });
  const wordCount = countWords(article.paragraphs);
  if (options.onQuotes) options.onQuotes({ ...digestHeader(article), wordCount, readingMinutes: readingMinutesOf(wordCount), quotes, notices });
  const { stakeholders, capped: actorsCapped } = capActors(quotes, buildStakeholders(entities, quotes, article.lang));
  const { positions, capped: positionsCapped } = capPositions(findPositions(sentences, stakeholders, entities, quotes, article.lang));
  if ((actorsCapped || positionsCapped) && !notices.some((n) => n.code === CAPPED_NOTICE.code)) notices.push(CAPPED_NOTICE);
  return {
    title: article.title,
    url: article.url,
    siteName: article.siteName,
    byline: article.byline,
    publishedTime: article.publishedTime,
    lang: article.lang,
    dir: article.dir,
    readerable: article.readerable,
    wordCount,
    readingMinutes: readingMinutesOf(wordCount),
    quotes,
    stakeholders,
    positions,
    voices: voicesOf(stakeholders, quotes),
    notices,
    timings: { extractMs: round(options.extractMs ?? 0), structureMs: round(performance.now() - t0) },
  };
}

const round = (ms: number) => Math.round(ms * 100) / 100;
