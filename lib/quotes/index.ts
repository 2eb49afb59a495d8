// findQuotes: quoted spans of the article with their speakers. v0 placeholder (see issue 3).
import type { Article, Quote } from '../types';
import type { EntityIndex } from '../entities';

const QUOTE = /[“"]([^“”"]{10,}?)[”"]/g;

export function findQuotes(article: Article, entities: EntityIndex): Quote[] {
  const quotes: Quote[] = [];
  article.paragraphs.forEach((text, paragraph) => {
    for (const m of text.matchAll(QUOTE)) {
      const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 60);
      const said = /^,?\s*(?:(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)*)\s+(said|says)|(said|says)\s+(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)*))/u.exec(after);
      const raw = said ? said[1] ?? said[4] : null;
      const speaker = raw ? entities.resolve(raw)?.name ?? raw : null;
      quotes.push({
        text: m[1],
        speaker,
        role: null,
        cue: said ? said[2] ?? said[3] : null,
        partial: false,
        anonymous: false,
        position: { paragraph, start: m.index! + 1, end: m.index! + 1 + m[1].length },
        score: 0,
      });
    }
  });
  return quotes;
}
