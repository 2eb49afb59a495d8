// The side panel (Chrome) / sidebar (Firefox): the popup's digest kept beside the article. It
// follows the window's active tab; a tab Standpoint was not opened on gets the same clear message
// the popup would give (activeTab is granted per tab, by the user).
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { App } from '../../components/App';
import { t } from '../../lib/i18n';
import {
  clearHighlightOnClose,
  clearIn,
  copy,
  download,
  jumpIn,
  openOptions,
  requestDigest,
  settings,
  targetTab,
  useBrowserLanguage,
} from '../popup/wiring';
import '../popup/style.css';
import './style.css';

useBrowserLanguage();
document.title = t('sidePanelTitle');

function SidePanel({ initialTab, showShortQuotes }: { initialTab: number | null; showShortQuotes: boolean }) {
  const [tab, setTab] = useState({ id: initialTab, version: 0 });
  const pinned = new URLSearchParams(location.search).has('tabId');

  useEffect(() => {
    if (pinned) return;
    const onActivated = (info: { tabId: number }) => setTab((cur) => ({ id: info.tabId, version: cur.version + 1 }));
    const onUpdated = (tabId: number, change: { status?: string }) => {
      if (change.status === 'complete')
        setTab((cur) => (cur.id === tabId ? { id: tabId, version: cur.version + 1 } : cur));
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);

  useEffect(() => (tab.id === null ? undefined : clearHighlightOnClose(tab.id)), [tab.id]);

  const id = tab.id;
  return (
    <App
      key={`${id}:${tab.version}`}
      tabId={id}
      requestDigest={requestDigest}
      copy={copy}
      jump={id === null ? undefined : jumpIn(id)}
      clearHighlight={id === null ? undefined : clearIn(id)}
      download={download}
      openOptions={openOptions}
      showShortQuotes={showShortQuotes}
    />
  );
}

void Promise.all([targetTab(), settings()]).then(([tabId, prefs]) => {
  render(<SidePanel initialTab={tabId} showShortQuotes={prefs.showShortQuotes} />, document.getElementById('app')!);
});
