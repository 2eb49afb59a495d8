// The shared measuring corpus (../shared/corpus): which folders exist and the pages in them.
// Scripts only read it; nothing from it is copied into the project.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// STANDPOINT_SHARED points elsewhere, e.g. from a git worktree outside the project's parent folder
export const SHARED = process.env.STANDPOINT_SHARED
  ? resolve(process.env.STANDPOINT_SHARED)
  : resolve(import.meta.dirname, '..', '..', 'shared');
export const CORPUS = join(SHARED, 'corpus');
export const CORPORA = ['dev', 'intl', 'tricky'] as const;

export interface CorpusPage {
  corpus: string;
  id: string;
  dir: string;
  htmlPath: string;
  url: string;
  /** meta.json as written by the corpus authors (lang, why, readerable…). */
  meta: Record<string, unknown>;
}

/** meta.json as written by the corpus authors; the fields the scripts read, typed. */
export interface CorpusMeta {
  url?: string;
  lang?: string;
  why?: string;
  readerable?: boolean;
  [field: string]: unknown;
}

/** A page folder's meta.json, or {} when it has none. */
export function metaOf(pageDir: string): CorpusMeta {
  const file = join(pageDir, 'meta.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

export function pagesOf(corpus: string): CorpusPage[] {
  const root = join(CORPUS, corpus);
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'page.html')))
    .map((d) => {
      const dir = join(root, d.name);
      const meta = metaOf(dir);
      return {
        corpus,
        id: d.name,
        dir,
        htmlPath: join(dir, 'page.html'),
        url: typeof meta.url === 'string' ? meta.url : `https://example.invalid/${corpus}/${d.name}`,
        meta,
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

export const median = (xs: number[]): number => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const fmt = (ms: number, digits = 1): string => (Number.isFinite(ms) ? ms.toFixed(digits) : '-');
export const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/** The tricky pages that are not articles, as the corpus README lists them ("## Not articles"). */
export function notArticleIds(): Set<string> {
  const readme = join(CORPUS, 'tricky', 'README.md');
  if (!existsSync(readme)) return new Set();
  const section = /^## Not articles[^\n]*\n([\s\S]*?)(?=^## )/m.exec(readFileSync(readme, 'utf8'))?.[1] ?? '';
  return new Set([...section.matchAll(/^- `([^`]+)`/gm)].map((m) => m[1]));
}
