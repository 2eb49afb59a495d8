// The whole pipeline on an HTML string in Node: parse with linkedom, extract, structure.
import { parseHTML } from 'linkedom';
import { extractArticle, type ExtractFailure, type ExtractOptions } from '../lib/extract';
import { buildDigest } from '../lib/digest';
import type { Digest } from '../lib/types';

export type PageResult = { ok: true; digest: Digest } | ExtractFailure;

export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function digestPage(html: string, url: string, options: ExtractOptions = {}): PageResult {
  const doc = parseDocument(html);
  const t0 = performance.now();
  const extracted = extractArticle(doc, url, options);
  const extractMs = performance.now() - t0;
  if (!extracted.ok) return extracted;
  return { ok: true, digest: buildDigest(extracted.article, { extractMs, notices: extracted.notices }) };
}
