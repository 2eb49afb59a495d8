// Popup entry: finds the tab to digest and wires the App to the worker, the clipboard and the
// article tab (entrypoints/popup/wiring.ts, shared with the side panel).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../components/App';
import type { DigestResponse } from '../../lib/messages';
import {
  clearIn,
  copy,
  download,
  earlyDigests,
  jumpIn,
  openOptions,
  popupPort,
  prereadTab,
  requestDigest,
  settings,
  targetTab,
  useBrowserLanguage,
} from './wiring';
import './style.css';

useBrowserLanguage();

interface PanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/** Chrome's side panel or Firefox's sidebar; the call must come straight from the click. */
function sidePanelOpener(windowId: number | undefined): (() => void) | undefined {
  const apis = browser as unknown as PanelApis;
  if (apis.sidePanel && windowId !== undefined)
    return () =>
      void apis.sidePanel!.open({ windowId }).then(
        () => window.close(),
        () => undefined,
      );
  if (apis.sidebarAction)
    return () =>
      void apis.sidebarAction!.open().then(
        () => window.close(),
        () => undefined,
      );
  return undefined;
}

// The digest is asked for first, before the settings or the first render, and the popup starts
// reading the tab itself (lib/popup-port.ts): a cold worker takes ~100 ms to start, and the page
// is read meanwhile instead of after.
const tab = targetTab();
const early = earlyDigests();
const answer = tab.then((tabId): Promise<DigestResponse> | null => {
  if (tabId === null) return null;
  const reading = prereadTab(tabId);
  // the port before the request, so the worker knows this popup reads the tab and where to post
  // the early part of the digest; it stays open while the popup does (the highlight goes with it)
  const port = popupPort(tabId, early.post);
  void reading.then(port.post);
  return requestDigest({ tabId, preread: true });
});
answer.catch(() => undefined); // the App reports a failed request; this only keeps it handled till then
const windowOf = tab.then((tabId) =>
  tabId === null
    ? undefined
    : browser.tabs.get(tabId).then(
        (t) => t.windowId,
        () => undefined,
      ),
);

void Promise.all([tab, settings(), windowOf]).then(([tabId, prefs, windowId]) => {
  render(
    <App
      tabId={tabId}
      requestDigest={requestDigest}
      firstAnswer={tabId === null ? undefined : (answer as Promise<DigestResponse>)}
      watchEarly={early.listen}
      copy={copy}
      jump={tabId === null ? undefined : jumpIn(tabId)}
      clearHighlight={tabId === null ? undefined : clearIn(tabId)}
      download={download}
      openSidePanel={sidePanelOpener(windowId)}
      openOptions={openOptions}
      showShortQuotes={prefs.showShortQuotes}
    />,
    document.getElementById('app')!,
  );
});
