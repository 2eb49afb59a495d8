// The service worker: a map of message handlers (lib/messages.ts) and the browser wiring they
// need. Features add a handler here; the work itself lives in small modules beside this one.
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import {
  earlyDigestMessage,
  isPrereadMessage,
  type EarlyDigest,
  type EarlyStage,
  type PrereadMessage,
} from '../../lib/popup-port';
import { DigestHistory, type KeyValueStore } from '../../lib/history';
import { setMessageSource } from '../../lib/i18n';
import {
  dispatch,
  internalFailure,
  POPUP_PORT_PREFIX,
  type DigestResponse,
  type Handlers,
  type RequestOf,
} from '../../lib/messages';
import { readSettings } from '../../platform/settings';
import { showQuoteCount, type BadgeApi } from './badge';
import { createDigestCache, type SessionArea } from './cache';
import { createMenus, onMenuClick, writeClipboardInPage, type MenuClick, type MenusApi } from './context-menu';
import { digestTab, singleFlight, type TabAccess } from './digest-tab';
import { clearInTab, highlightInTab, type ScriptRunner } from './highlight-tab';
import { warmUpWhile } from './warm-up';

/** Run the extractor in the tab; extract.js reads the options a first tiny injection leaves. */
async function injectExtractor(tabId: number, force: boolean): Promise<unknown> {
  // The options travel as a global of the extension's isolated world, read once by extract.js;
  // a plain read needs none (extract.js defaults to no force), which saves a round trip.
  if (force) {
    await browser.scripting.executeScript({
      target: { tabId },
      func: (f: boolean) => {
        globalThis.__standpointOptions = { force: f };
      },
      args: [force],
    });
  }
  const [first] = await browser.scripting.executeScript({ target: { tabId }, files: ['/extract.js'] });
  return first?.result;
}

const tabs: TabAccess = {
  get: (tabId) =>
    browser.tabs.get(tabId).then(
      (tab) => tab ?? null,
      () => null,
    ),
  // while the tab's own process reads the page, this worker warms the engine up (warm-up.ts)
  extract: (tabId, force) => warmUpWhile(injectExtractor(tabId, force)),
  fileAccess: () => browser.extension.isAllowedFileSchemeAccess().catch(() => false),
};

// Firefox's MV2 build names the toolbar button browserAction; the calls are the same.
const action = (browser.action ?? (browser as unknown as { browserAction?: BadgeApi }).browserAction) as
  (BadgeApi & { openPopup?: () => Promise<void> }) | undefined;
const scripting = browser.scripting as unknown as ScriptRunner;
const local: KeyValueStore = browser.storage.local;

function isExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

export default defineBackground(() => {
  // no warm-up at the worker's start: measured in the same run on dev, it left the click to the
  // first key quote unchanged (558 vs 561 ms) and made the cold round trip 87 ms slower (340 vs
  // 253), its stories competing with the page's extraction for the CPU
  setMessageSource((name, subs) => browser.i18n.getMessage(name as never, subs));
  const session = (browser.storage as { session?: SessionArea } | undefined)?.session;
  const cache = createDigestCache(session);
  const history = new DigestHistory(local);
  const keepHistory = () => readSettings().then((s) => s.keepHistory);

  // The popups showing each tab, by tab id: where the early part of a digest goes (popup-port.ts)
  const popupPorts = new Map<number, Set<Browser.runtime.Port>>();
  const postEarly = (tabId: number) => (stage: EarlyStage, early: EarlyDigest) => {
    for (const port of popupPorts.get(tabId) ?? []) {
      try {
        port.postMessage(earlyDigestMessage(tabId, stage, early));
      } catch {
        // that popup closed meanwhile
      }
    }
  };

  // What each open popup's own run of the extractor gave, by tab (see lib/popup-port.ts)
  const prereads = new Map<number, Deferred<PrereadMessage | null>>();
  const prereadOf = (tabId: number) => {
    let entry = prereads.get(tabId);
    if (!entry) prereads.set(tabId, (entry = deferred()));
    return entry;
  };
  /** The popup's read of the tab when it made one, else (it failed, or the popup closed) our own. */
  const prereadOrInject = async (tabId: number): Promise<unknown> => {
    const got = await warmUpWhile(prereadOf(tabId).promise);
    prereads.delete(tabId);
    return got?.ok ? got.result : tabs.extract(tabId, false);
  };

  // Answers as soon as the digest is known; the cache, history and badge are written after.
  const digest = (request: RequestOf<'digest'>): Promise<DigestResponse> =>
    new Promise<DigestResponse>((answer) => {
      // a popup that reads the tab itself holds its port open (it connects before it asks)
      const access: TabAccess =
        request.preread && !request.force
          ? {
              ...tabs,
              extract: (tabId, force) => (popupPorts.has(tabId) ? prereadOrInject(tabId) : tabs.extract(tabId, force)),
            }
          : tabs;
      const done = digestTab(request, {
        tabs: access,
        cache,
        history,
        keepHistory,
        onAnswer: answer,
        onEarly: postEarly(request.tabId),
      });
      void done.then(
        async (response) => {
          answer(response);
          await showQuoteCount(action, request.tabId, response.ok ? response.digest : null);
        },
        (error: unknown) => answer(internalFailure(error)),
      );
    });
  // the popup and the context menu may ask for the same tab at once: one digest serves both
  const digestOnce = singleFlight(digest);

  const handlers: Handlers<Browser.runtime.MessageSender> = {
    digest: (request) => digestOnce(request),
    highlight: ({ tabId, passage }) => highlightInTab(scripting, tabId, passage),
    clearHighlight: async ({ tabId }) => {
      await clearInTab(scripting, tabId);
      return { ok: true };
    },
  };
  // sendResponse + `return true` answers asynchronously on every browser, polyfilled or not
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (r: unknown) => void) => {
      // Only our own pages may ask: a script running in a tab (even ours) never can
      if (!isExtensionPage(sender)) return false;
      const answer = dispatch(handlers, message, sender);
      if (!answer) return false;
      answer.then(sendResponse, (error: unknown) => sendResponse(internalFailure(error)));
      return true;
    },
  );
  browser.tabs.onRemoved.addListener((tabId) => void cache.forget(tabId));

  // The popup keeps a port open while it shows a tab's digest: when it closes, the highlight goes.
  browser.runtime.onConnect.addListener((port) => {
    if (!port.name.startsWith(POPUP_PORT_PREFIX)) return;
    const tabId = Number(port.name.slice(POPUP_PORT_PREFIX.length));
    if (!Number.isInteger(tabId)) return;
    const ports = popupPorts.get(tabId) ?? new Set();
    popupPorts.set(tabId, ports.add(port));
    port.onMessage.addListener((m: unknown) => {
      if (isPrereadMessage(m) && m.tabId === tabId && port.sender && isExtensionPage(port.sender))
        prereadOf(tabId).resolve(m);
    });
    port.onDisconnect.addListener(() => {
      ports.delete(port);
      if (!ports.size) popupPorts.delete(tabId);
      // a read the popup never passed on will not come: the digest reads the tab itself
      prereads.get(tabId)?.resolve(null);
      prereads.delete(tabId);
      void clearInTab(scripting, tabId);
    });
  });

  // Context menu: "Digest this page" and, on a selection, "Copy as quote with citation"
  const menus = (browser.contextMenus ?? (browser as unknown as { menus?: MenusApi }).menus) as unknown as
    (MenusApi & { onClicked: { addListener(f: (info: MenuClick, tab?: Browser.tabs.Tab) => void): void } }) | undefined;
  const menuDeps = {
    digest: (tabId: number) => digestOnce({ tabId }),
    async show(tabId: number) {
      try {
        await action?.openPopup?.();
      } catch {
        // no popup from here on this browser: a small window with the same page
        await browser.windows.create({
          url: browser.runtime.getURL(`/popup.html?tabId=${tabId}` as '/popup.html'),
          type: 'popup',
          width: 420,
          height: 640,
        });
      }
    },
    async writeClipboard(tabId: number, text: string) {
      const [first] = await scripting.executeScript({
        target: { tabId },
        func: writeClipboardInPage as (...args: never[]) => unknown,
        args: [text],
      });
      return first?.result === true;
    },
  };
  if (menus) {
    browser.runtime.onInstalled.addListener(() => createMenus(menus));
    menus.onClicked.addListener((info, tab) => void onMenuClick(info, tab, menuDeps));
  }
  // The e2e build lets the test click a menu item: automation cannot open a native context menu.
  if (import.meta.env.MODE === 'e2e') {
    (globalThis as { __standpointTest?: unknown }).__standpointTest = {
      menuClick: (info: MenuClick, tab: Browser.tabs.Tab) => onMenuClick(info, tab, menuDeps),
    };
  }
});

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
