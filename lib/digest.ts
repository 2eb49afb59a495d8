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

const WORDS_PER_MINUTE = 230;

export interface DigestOptions {
  /** Time the extraction took, when it was measured elsewhere (the content script). */
  extractMs?: number;
  /** Notices raised by extraction (long page cut, visible text used). */
  notices?: Notice[];
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
  const quotes = findQuotes(article, entities);
  const stakeholders = buildStakeholders(entities, quotes, article.lang);
  const positions = findPositions(sentences, stakeholders, entities, quotes, article.lang);
  const notices = [...(options.notices ?? [])];
  // a language whose verbs of speech the engine does not know: less is found, say so
  if (!readsLanguage(article.lang)) notices.push({ code: 'noticeLanguage', params: { language: article.lang! } });
  if (!quotes.length) notices.push({ code: 'noticeNoQuotes' });
  const wordCount = countWords(article.paragraphs);
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
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    quotes,
    stakeholders,
    positions,
    voices: voicesOf(stakeholders, quotes),
    notices,
    timings: { extractMs: round(options.extractMs ?? 0), structureMs: round(performance.now() - t0) },
  };
}

const round = (ms: number) => Math.round(ms * 100) / 100;
