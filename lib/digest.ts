// buildDigest: an Article in, a Digest out. Pure: the service worker, the CLI and the tests all
// call this one function.
import type { Article, Digest } from './types';
import { sentencesOf } from './text/sentences';
import { buildEntityIndex } from './entities';
import { findQuotes } from './quotes';
import { buildStakeholders, voicesOf } from './stakeholders';
import { findPositions } from './positions';

const WORDS_PER_MINUTE = 230;

export interface DigestOptions {
  /** Time the extraction took, when it was measured elsewhere (the content script). */
  extractMs?: number;
  /** Notices raised by extraction (long page cut, visible text used). */
  notices?: string[];
}

export function countWords(paragraphs: string[]): number {
  let n = 0;
  for (const p of paragraphs) n += wordsIn(p);
  return n;
}

// Han and kana are counted a character each, other scripts by runs of letters and digits: the
// matches of /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu, counted
// by hand (ASCII by code, the rest one character pattern at a time) without building the list.
const HAN_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/uy;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;
const asciiAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

function wordsIn(text: string): number {
  let n = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (!asciiAlnum(c)) {
        i++;
        continue;
      }
    } else {
      HAN_KANA.lastIndex = i;
      if (HAN_KANA.test(text)) {
        n++;
        i = HAN_KANA.lastIndex;
        continue;
      }
      LETTER_OR_DIGIT.lastIndex = i;
      if (!LETTER_OR_DIGIT.test(text)) {
        // step over a whole code point
        i += c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
        continue;
      }
    }
    // a run of letters and digits (Han inside a run belongs to it)
    n++;
    while (i < text.length) {
      const d = text.charCodeAt(i);
      if (d < 128) {
        if (!asciiAlnum(d)) break;
        i++;
        continue;
      }
      LETTER_OR_DIGIT.lastIndex = i;
      if (!LETTER_OR_DIGIT.test(text)) break;
      i = LETTER_OR_DIGIT.lastIndex;
    }
  }
  return n;
}

export function buildDigest(article: Article, options: DigestOptions = {}): Digest {
  const t0 = performance.now();
  const sentences = sentencesOf(article.paragraphs);
  const entities = buildEntityIndex(article);
  const quotes = findQuotes(article, entities);
  const stakeholders = buildStakeholders(entities, quotes, article.lang);
  const positions = findPositions(sentences, stakeholders, entities, quotes);
  const notices = [...(options.notices ?? [])];
  if (!quotes.length) notices.push('This article quotes no one directly.');
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
