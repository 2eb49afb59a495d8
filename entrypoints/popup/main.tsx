// Popup entry: finds the tab to digest and wires the App to the worker, the clipboard and the
// article tab (entrypoints/popup/wiring.ts, shared with the side panel).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../components/App';
import { clearHighlightOnClose, clearIn, copy, download, jumpIn, openOptions, requestDigest, settings, targetTab, useBrowserLanguage } from './wiring';
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

void Promise.all([targetTab(), settings()]).then(async ([tabId, prefs]) => {
  const windowId = tabId === null ? undefined : await browser.tabs.get(tabId).then((t) => t.windowId, () => undefined);
  if (tabId !== null) clearHighlightOnClose(tabId);
  render(
    <App
      tabId={tabId}
      requestDigest={requestDigest}
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
