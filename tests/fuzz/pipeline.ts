// One fuzz input through the pipeline the extension runs (parse → extractArticle → buildDigest),
// timed by stage, with every invariant checked. Shared by the unit test and `npm run fuzz`.
import { parseDocument } from '../../cli/page';
import { extractArticle } from '../../lib/extract';
import { buildDigest } from '../../lib/digest';
import type { Article } from '../../lib/types';
import type { FuzzInput } from './inputs';
import { digestViolations, hiddenLeaks } from './invariants';

export interface FuzzOutcome {
  /** "digest", or the extraction failure's reason. */
  outcome: string;
  chars: number;
  parseMs: number;
  extractMs: number;
  structureMs: number;
  totalMs: number;
  /** CPU time of the whole input (the process's: the runner waits while its worker works). On a
   * machine shared with other jobs the clock counts their turns too; this does not. */
  cpuMs: number;
  violations: string[];
  /** An exception that escaped (a bug: the pipeline answers with a failure, never throws). */
  error?: string;
}

export function runInput(input: FuzzInput): FuzzOutcome {
  const cpu0 = process.cpuUsage();
  const cpuMs = () => {
    const used = process.cpuUsage(cpu0);
    return (used.user + used.system) / 1000;
  };
  const t0 = performance.now();
  let parseMs = 0;
  let extractMs = 0;
  let article: Article;
  const violations: string[] = [];
  // the outcome with the times as they stand when it is known
  const result = (outcome: string, chars: number, structureMs: number, error?: string): FuzzOutcome => ({
    outcome,
    chars,
    parseMs,
    extractMs,
    structureMs,
    totalMs: performance.now() - t0,
    cpuMs: cpuMs(),
    violations,
    ...(error === undefined ? {} : { error }),
  });
  try {
    if ('html' in input) {
      const doc = parseDocument(input.html);
      const t1 = performance.now();
      parseMs = t1 - t0;
      const extracted = extractArticle(doc, 'https://example.test/news/harbour');
      extractMs = performance.now() - t1;
      if (!extracted.ok) {
        if (!extracted.note) violations.push('failure without a note for the reader');
        // extractArticle answers an exception inside it with "could not be read": a bug, not an answer
        else if (extracted.note.code === 'whyUnreadable')
          violations.push(`exception inside extraction: ${String(extracted.note.params?.detail ?? '')}`);
        return result(extracted.reason, input.html.length, 0);
      }
      article = extracted.article;
      violations.push(...hiddenLeaks(article, () => parseDocument(input.html)));
      if (article.paragraphs.some((p) => !p.trim())) violations.push('an empty paragraph reached the article');
    } else article = input.article;
    const t2 = performance.now();
    const digest = buildDigest(article);
    const structureMs = performance.now() - t2;
    violations.push(...digestViolations(article, digest));
    const chars = 'html' in input ? input.html.length : article.paragraphs.reduce((n, p) => n + p.length, 0);
    return result('digest', chars, structureMs);
  } catch (e) {
    return result('exception', 'html' in input ? input.html.length : 0, 0, (e as Error)?.stack ?? String(e));
  }
}
