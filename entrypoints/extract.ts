// Injected on demand into the tab the user asked about (never declared as a content script, so it
// needs no host permission). It reads the page with lib/extract and returns plain JSON: an
// ExtractionOutcome. The worker may set `globalThis.__standpointOptions` with a tiny func injection
// first (to pass `force`); the value is read once and removed.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle, type ExtractOptions } from '../lib/extract';
import type { ExtractionOutcome } from '../lib/messages';

declare global {
  // eslint-disable-next-line no-var
  var __standpointOptions: ExtractOptions | undefined;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

export default defineUnlistedScript((): ExtractionOutcome => {
  const options = globalThis.__standpointOptions ?? {};
  globalThis.__standpointOptions = undefined;
  const t0 = performance.now();
  // Chrome shows PDFs and images inside a generated HTML page: its text is not the document's
  if (!HTML_TYPES.has(document.contentType)) {
    return {
      ok: false,
      reason: 'unsupported',
      message: `Standpoint reads web pages, and this is a ${describe(document.contentType)}.`,
      extractMs: 0,
    };
  }
  try {
    const result = extractArticle(document, location.href, { force: !!options.force });
    const extractMs = Math.round((performance.now() - t0) * 100) / 100;
    if (result.ok) return { ok: true, article: result.article, notices: result.notices, extractMs };
    return { ...result, extractMs };
  } catch (error) {
    // extractArticle guards Readability itself; this catches DOM oddities we did not foresee
    return { ok: false, reason: 'empty', message: `This page could not be read (${(error as Error)?.message ?? error}).`, extractMs: 0 };
  }
});

function describe(contentType: string): string {
  if (contentType === 'application/pdf') return 'PDF document';
  if (contentType.startsWith('image/')) return 'picture';
  if (contentType.startsWith('text/')) return 'plain-text file';
  return `file of type ${contentType || 'unknown'}`;
}
