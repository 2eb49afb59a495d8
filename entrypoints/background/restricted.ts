// Which pages the browser will not let an extension read, told apart before we try, and the
// errors executeScript throws when we try anyway, turned into messages a reader understands.
import type { DigestFailure } from '../../lib/messages';

const BROWSER_PAGE = /^(?:chrome|chrome-untrusted|chrome-search|chrome-extension|edge|brave|opera|vivaldi|about|view-source|devtools|moz-extension|resource|jar|data|blob|javascript):/i;
const STORES: Array<[host: RegExp, path: RegExp]> = [
  [/^chrome\.google\.com$/i, /^\/webstore/i],
  [/^chromewebstore\.google\.com$/i, /^\//],
  [/^addons\.mozilla\.org$/i, /^\//],
  [/^microsoftedge\.microsoft\.com$/i, /^\/addons/i],
];

const RESTRICTED_MESSAGE = 'Your browser does not let extensions read its own pages, settings or extension stores. Open a news article and try again.';
export const FILE_ACCESS_MESSAGE =
  'To digest a file on your computer, allow Standpoint to read file URLs: open the extensions page, choose Standpoint → Details, and turn on “Allow access to file URLs”.';

export function restrictionOf(url: string | undefined, options: { fileAccess?: boolean } = {}): DigestFailure | null {
  // Without activeTab (or host access) the browser hides the URL: let the injection decide
  if (!url) return null;
  if (BROWSER_PAGE.test(url)) return { ok: false, reason: 'restricted', message: RESTRICTED_MESSAGE };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === 'file:' && !options.fileAccess) return { ok: false, reason: 'restricted', message: FILE_ACCESS_MESSAGE };
  if (!/^(?:https?|file):$/.test(parsed.protocol)) return { ok: false, reason: 'restricted', message: RESTRICTED_MESSAGE };
  if (STORES.some(([host, path]) => host.test(parsed.hostname) && path.test(parsed.pathname))) {
    return { ok: false, reason: 'restricted', message: 'Browsers do not let extensions read their extension stores.' };
  }
  if (/\.pdf$/i.test(parsed.pathname)) {
    return { ok: false, reason: 'unsupported', message: 'Standpoint reads web pages, and this is a PDF document.' };
  }
  return null;
}

/** executeScript's error messages differ by browser and version: match their stable parts. */
export function failureOfInjectionError(error: unknown): DigestFailure {
  const text = error instanceof Error ? error.message : String(error);
  if (/no tab with id|invalid tab id|tab .*not found/i.test(text)) {
    return { ok: false, reason: 'tab-gone', message: 'The tab was closed before it could be read.' };
  }
  if (/showing error page/i.test(text)) {
    return { ok: false, reason: 'restricted', message: 'This tab shows an error page, not an article. Reload it and try again.' };
  }
  if (/frame .*(?:removed|not found)|document .*unloaded|navigat/i.test(text)) {
    return { ok: false, reason: 'navigated', message: 'The page changed while it was being read. Try again once it has loaded.' };
  }
  if (/file:/i.test(text)) return { ok: false, reason: 'restricted', message: FILE_ACCESS_MESSAGE };
  if (/cannot access|cannot be scripted|extensions gallery|missing host permission|permission to access|not allowed/i.test(text)) {
    return { ok: false, reason: 'restricted', message: RESTRICTED_MESSAGE };
  }
  return { ok: false, reason: 'injection-failed', message: `Standpoint could not read this page (${text}). Reload the page and try again.` };
}

/** Two URLs name the same page when they differ at most in their #fragment. */
export function samePage(a: string, b: string): boolean {
  return a.split('#')[0] === b.split('#')[0];
}
