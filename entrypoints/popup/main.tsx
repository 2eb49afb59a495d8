// Popup entry: finds the tab to digest and wires the App to the worker, the clipboard and the
// article tab (entrypoints/popup/wiring.ts, shared with the side panel).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../components/App';
import type { DigestResponse } from '../../lib/messages';
import { clearHighlightOnClose, clearIn, copy, download, earlyDigests, jumpIn, openOptions, requestDigest, settings, targetTab, useBrowserLanguage } from './wiring';
import './style.css';

useBrowserLanguage();

interface PanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/** Chrome's side panel or Firefox's sidebar; the call must come straight from the click. */
function sidePanelOpener(windowId: number | undefined): (() => void) | undefined {
  const apis = browser as unknown as PanelApis;
  if (apis.sidePanel && windowId !== undefined) return () => void apis.sidePanel!.open({ windowId }).then(() => window.close(), () => undefined);
  if (apis.sidebarAction) return () => void apis.sidebarAction!.open().then(() => window.close(), () => undefined);
  return undefined;
}

// The digest is asked for first, before the settings or the first render: on a cold worker the
// request is what starts it, and the page is read while the popup gets ready.
const tab = targetTab();
const early = earlyDigests();
const answer = tab.then((tabId): Promise<DigestResponse> | null => {
  if (tabId === null) return null;
  // the port first, so the worker knows where to post the early part of this digest
  clearHighlightOnClose(tabId, early.post);
  return requestDigest({ tabId });
});
answer.catch(() => undefined); // the App reports a failed request; this only keeps it handled till then
const windowOf = tab.then((tabId) => (tabId === null ? undefined : browser.tabs.get(tabId).then((t) => t.windowId, () => undefined)));

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
