// What the popup and the side panel both hand to the App: the worker, the clipboard, downloads,
// the highlight in the article tab, and the UI language. The App itself never touches `browser`.
import { browser } from 'wxt/browser';
import type { CopyText } from '../../components/CopyButton';
import type { RequestDigest } from '../../components/App';
import { isEarlyDigestMessage, type EarlyDigestMessage, type PrereadMessage } from '../../lib/popup-port';
import { messagesLocale, setMessageSource } from '../../lib/i18n';
import { ask, POPUP_PORT_PREFIX, type Send } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { readSettings } from '../../platform/settings';

export function useBrowserLanguage(): void {
  setMessageSource((name, subs) => browser.i18n.getMessage(name as never, subs));
  // the language the words are in: a German browser with no German catalogue reads English
  document.documentElement.lang = messagesLocale();
}

/** `?tabId=N` names the tab (tests; the side panel), else the active tab of this window. */
export async function targetTab(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  return tab?.id ?? null;
}

const send: Send = (message) => browser.runtime.sendMessage(message);

export const requestDigest: RequestDigest = (request) => ask(send, 'digest', request);

// A click in the popup is the user gesture the Clipboard API asks for: no permission needed.
// With `html`, both forms go on the clipboard, so a rich editor pastes a linked block quote.
export const copy: CopyText = async (text, html) => {
  if (html && typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
    const item = new ClipboardItem({
      'text/plain': new Blob([text], { type: 'text/plain' }),
      'text/html': new Blob([html], { type: 'text/html' }),
    });
    await navigator.clipboard.write([item]);
  } else {
    await navigator.clipboard.writeText(text);
  }
};

export function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const jumpIn = (tabId: number) => (passage: string) => ask(send, 'highlight', { tabId, passage });

export const clearIn = (tabId: number) => () => void ask(send, 'clearHighlight', { tabId }).catch(() => undefined);

/**
 * While this page is open the port stays open; when it closes the worker clears the highlight.
 * The worker also posts the early part of a digest of this tab on it (lib/popup-port.ts).
 */
export function clearHighlightOnClose(tabId: number): () => void {
  return popupPort(tabId).close;
}

/** The popup's port for tab `tabId`: early digests come in on it, the popup's own read goes out. */
export function popupPort(
  tabId: number,
  onEarly?: (message: EarlyDigestMessage) => void,
): { post(message: PrereadMessage): void; close(): void } {
  const port = browser.runtime.connect({ name: `${POPUP_PORT_PREFIX}${tabId}` });
  if (onEarly)
    port.onMessage.addListener((m: unknown) => void (isEarlyDigestMessage(m) && m.tabId === tabId && onEarly(m)));
  return {
    post(message) {
      try {
        port.postMessage(message);
      } catch {
        // the worker went away: it reads the tab itself when asked again
      }
    },
    close: () => port.disconnect(),
  };
}

/**
 * Runs the extractor in the tab from the popup, as the worker would (a plain read, no force): the
 * page is read while a cold worker is still starting. Never throws: a failure is passed on and
 * the worker then reads the tab itself, with its own error messages.
 */
export async function prereadTab(tabId: number): Promise<PrereadMessage> {
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, files: ['/extract.js'] });
    return { type: 'preread', tabId, ok: true, result: first?.result };
  } catch (error) {
    return { type: 'preread', tabId, ok: false, error: String((error as Error)?.message ?? error) };
  }
}

/**
 * Early digest messages for one tab, kept until the App listens: the worker may post them before
 * the popup has rendered. `listen` replays the latest, then passes on the next ones.
 */
export function earlyDigests(): {
  post(message: EarlyDigestMessage): void;
  listen: (listener: (message: EarlyDigestMessage) => void) => () => void;
} {
  let latest: EarlyDigestMessage | null = null;
  let current: ((message: EarlyDigestMessage) => void) | null = null;
  return {
    post(message) {
      latest = message;
      current?.(message);
    },
    listen(listener) {
      current = listener;
      if (latest) listener(latest);
      return () => {
        if (current === listener) current = null;
      };
    },
  };
}

export function openOptions(): void {
  void browser.runtime.openOptionsPage();
}

export function settings(): Promise<Settings> {
  return readSettings();
}
