// Popup entry: finds the tab to digest and wires the App to the worker and the clipboard.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App, type RequestDigest } from '../../components/App';
import { message, type DigestResponse } from '../../lib/messages';
import './style.css';

/**
 * The toolbar popup digests the active tab. `?tabId=N` names another tab: the e2e test opens the
 * popup page in a tab of its own, which would otherwise be the active one.
 */
async function targetTab(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  return tab?.id ?? null;
}

const requestDigest: RequestDigest = (request) => browser.runtime.sendMessage(message('digest', request)) as Promise<DigestResponse>;

// A click in the popup is the user gesture the Clipboard API asks for: no permission needed
const copy = (text: string) => navigator.clipboard.writeText(text);

void targetTab().then((tabId) => {
  render(<App tabId={tabId} requestDigest={requestDigest} copy={copy} />, document.getElementById('app')!);
});
