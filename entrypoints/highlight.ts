// Injected on demand (never declared as a content script: no host permission) into the tab whose
// digest the user is reading. It installs, once per page, a small API in the extension's isolated
// world; the worker then calls it with a tiny func injection carrying the passage:
//   executeScript({ files: ['/highlight.js'] }) → executeScript({ func: (p) => __standpointHighlight.show(p), args }).
// Escape in the page clears the highlight; so does the worker when the popup closes.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { clearHighlight, highlightPassage, type HighlightResult } from '../lib/highlight';

export interface PageHighlighter {
  show(passage: string): HighlightResult;
  clear(): void;
}

declare global {
  var __standpointHighlight: PageHighlighter | undefined;
}

export default defineUnlistedScript((): boolean => {
  if (!globalThis.__standpointHighlight) {
    globalThis.__standpointHighlight = {
      show: (passage) => highlightPassage(document, passage),
      clear: () => clearHighlight(document),
    };
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape') clearHighlight(document);
      },
      true,
    );
  }
  return true;
});
