// Invented articles for the entity, stakeholder and position tests. Every name and sentence here
// is made up for the tests.
import type { Article } from '../../../lib/types';

export function article(paragraphs: string[], over: Partial<Article> = {}): Article {
  return {
    url: 'https://www.harbourgazette.example/news/story',
    title: 'A story',
    byline: null,
    siteName: 'Harbour Gazette',
    publishedTime: null,
    lang: 'en',
    dir: 'ltr',
    excerpt: null,
    paragraphs,
    readerable: true,
    ...over,
  };
}
