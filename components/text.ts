// Attributes for elements that show the article's own words: its language and direction, so
// right-to-left pages read right-to-left while the popup's own labels stay as they are.
import type { Digest } from '../lib/types';

export interface PageTextProps {
  dir: 'ltr' | 'rtl' | 'auto';
  lang?: string;
}

export function pageText(d: Pick<Digest, 'dir' | 'lang'>): PageTextProps {
  return d.lang ? { dir: d.dir ?? 'auto', lang: d.lang } : { dir: d.dir ?? 'auto' };
}
