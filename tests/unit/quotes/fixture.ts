// A tiny Article builder: tests state their paragraphs and nothing else.
import type { Article, Quote } from '../../../lib/types';
import { buildEntityIndex } from '../../../lib/entities';
import { findQuotes, type QuoteOptions } from '../../../lib/quotes';

export function article(paragraphs: string[], lang: string | null = 'en'): Article {
  return {
    url: 'https://example.test/story',
    title: 'A story',
    byline: null,
    siteName: null,
    publishedTime: null,
    lang,
    dir: null,
    excerpt: null,
    paragraphs,
    readerable: true,
  };
}

export function quotesOf(paragraphs: string[], lang: string | null = 'en', options?: QuoteOptions): Quote[] {
  const a = article(paragraphs, lang);
  return findQuotes(a, buildEntityIndex(a), options);
}

/** The quote whose text starts with these words. */
export function quote(quotes: Quote[], start: string): Quote {
  const q = quotes.find((x) => x.text.startsWith(start));
  if (!q) throw new Error(`no quote starting "${start}" in ${JSON.stringify(quotes.map((x) => x.text))}`);
  return q;
}
