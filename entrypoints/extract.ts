// Injected on demand into the tab the user asked about (never declared as a content script, so it
// needs no host permission). It reads the page with lib/extract and returns plain JSON: an
// ExtractionOutcome. The worker may set `globalThis.__standpointOptions` with a tiny func injection
// first (to pass `force`); the value is read once and removed.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle, type ExtractOptions } from '../lib/extract';
import type { ExtractionOutcome } from '../lib/messages';
import type { FailureNote } from '../lib/notes';

declare global {
  var __standpointOptions: ExtractOptions | undefined;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

export default defineUnlistedScript((): ExtractionOutcome => {
  const options = globalThis.__standpointOptions ?? {};
  globalThis.__standpointOptions = undefined;
  const t0 = performance.now();
  // Chrome shows PDFs and images inside a generated HTML page: its text is not the document's
  if (!HTML_TYPES.has(document.contentType)) {
    return { ok: false, reason: 'unsupported', note: describe(document.contentType), extractMs: 0 };
  }
  try {
    const result = extractArticle(document, location.href, { force: !!options.force });
    const extractMs = Math.round((performance.now() - t0) * 100) / 100;
    if (result.ok) return { ok: true, article: result.article, notices: result.notices, extractMs };
    return { ...result, extractMs };
  } catch (error) {
    // extractArticle guards Readability itself; this catches DOM oddities we did not foresee
    const detail = String((error as Error)?.message ?? error);
    return { ok: false, reason: 'empty', note: { code: 'whyUnreadable', params: { detail } }, extractMs: 0 };
  }
});

function describe(contentType: string): FailureNote {
  if (contentType === 'application/pdf') return { code: 'whyPdf' };
  if (contentType.startsWith('image/')) return { code: 'whyPicture' };
  if (contentType.startsWith('text/')) return { code: 'whyPlainText' };
  return { code: 'whyFileType', params: { type: contentType || '?' } };
}
