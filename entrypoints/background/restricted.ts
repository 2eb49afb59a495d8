// Which pages the browser will not let an extension read, told apart before we try, and the
// errors executeScript throws when we try anyway, turned into messages a reader understands
// (as codes of the message table: the popup says them in the reader's language).
import type { DigestFailure } from '../../lib/messages';

const BROWSER_PAGE =
  /^(?:chrome|chrome-untrusted|chrome-search|chrome-extension|edge|brave|opera|vivaldi|about|view-source|devtools|moz-extension|resource|jar|data|blob|javascript):/i;
const STORES: Array<[host: RegExp, path: RegExp]> = [
  [/^chrome\.google\.com$/i, /^\/webstore/i],
  [/^chromewebstore\.google\.com$/i, /^\//],
  [/^addons\.mozilla\.org$/i, /^\//],
  [/^microsoftedge\.microsoft\.com$/i, /^\/addons/i],
];

const RESTRICTED: DigestFailure = { ok: false, reason: 'restricted', note: { code: 'whyBrowserPage' } };
const FILE_ACCESS: DigestFailure = { ok: false, reason: 'restricted', note: { code: 'whyFileAccess' } };

export function restrictionOf(url: string | undefined, options: { fileAccess?: boolean } = {}): DigestFailure | null {
  // Without activeTab (or host access) the browser hides the URL: let the injection decide
  if (!url) return null;
  if (BROWSER_PAGE.test(url)) return RESTRICTED;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === 'file:' && !options.fileAccess) return FILE_ACCESS;
  if (!/^(?:https?|file):$/.test(parsed.protocol)) return RESTRICTED;
  if (STORES.some(([host, path]) => host.test(parsed.hostname) && path.test(parsed.pathname))) {
    return { ok: false, reason: 'restricted', note: { code: 'whyStore' } };
  }
  if (/\.pdf$/i.test(parsed.pathname)) {
    return { ok: false, reason: 'unsupported', note: { code: 'whyPdf' } };
  }
  return null;
}

/** executeScript's error messages differ by browser and version: match their stable parts. */
export function failureOfInjectionError(error: unknown): DigestFailure {
  const text = error instanceof Error ? error.message : String(error);
  if (/no tab with id|invalid tab id|tab .*not found/i.test(text)) {
    return { ok: false, reason: 'tab-gone', note: { code: 'whyTabClosed' } };
  }
  if (/showing error page/i.test(text)) {
    return { ok: false, reason: 'restricted', note: { code: 'whyErrorPage' } };
  }
  if (/frame .*(?:removed|not found)|document .*unloaded|navigat/i.test(text)) {
    return { ok: false, reason: 'navigated', note: { code: 'whyPageChanged' } };
  }
  if (/file:/i.test(text)) return FILE_ACCESS;
  if (
    /cannot access|cannot be scripted|extensions gallery|missing host permission|permission to access|not allowed/i.test(
      text,
    )
  ) {
    return RESTRICTED;
  }
  return { ok: false, reason: 'injection-failed', note: { code: 'whyInjection', params: { detail: text } } };
}

/** Two URLs name the same page when they differ at most in their #fragment. */
export function samePage(a: string, b: string): boolean {
  return a.split('#')[0] === b.split('#')[0];
}
