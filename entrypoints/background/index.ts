// The service worker: a map of message handlers (lib/messages.ts) and the browser wiring they
// need. Features add a handler here; the work itself lives in small modules beside this one.
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { dispatch, internalFailure, type Handlers } from '../../lib/messages';
import { createDigestCache, type SessionArea } from './cache';
import { digestTab, singleFlight, type TabAccess } from './digest-tab';

const tabs: TabAccess = {
  get: (tabId) => browser.tabs.get(tabId).then((tab) => tab ?? null, () => null),
  async extract(tabId, force) {
    // The options travel as a global of the extension's isolated world, read once by extract.js
    await browser.scripting.executeScript({
      target: { tabId },
      func: (f: boolean) => {
        globalThis.__standpointOptions = { force: f };
      },
      args: [force],
    });
    const [first] = await browser.scripting.executeScript({ target: { tabId }, files: ['/extract.js'] });
    return first?.result;
  },
  fileAccess: () => browser.extension.isAllowedFileSchemeAccess().catch(() => false),
};

function isExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

export default defineBackground(() => {
  const session = (browser.storage as { session?: SessionArea } | undefined)?.session;
  const cache = createDigestCache(session);
  const handlers: Handlers<Browser.runtime.MessageSender> = {
    digest: singleFlight((request) => digestTab(request, { tabs, cache })),
  };
  // sendResponse + `return true` answers asynchronously on every browser, polyfilled or not
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (r: unknown) => void) => {
    // Only our own pages may ask: a script running in a tab (even ours) never can
    if (!isExtensionPage(sender)) return false;
    const answer = dispatch(handlers, message, sender);
    if (!answer) return false;
    answer.then(sendResponse, (error: unknown) => sendResponse(internalFailure(error)));
    return true;
  });
  browser.tabs.onRemoved.addListener((tabId) => void cache.forget(tabId));
});
