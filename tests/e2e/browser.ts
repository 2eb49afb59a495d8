// Test harness: a local server for the fixture pages, headless Chromium with the e2e build
// loaded, and helpers to open the popup on a given tab as a user would see it.
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Locator, type Page, type Worker } from 'playwright-core';

/** The part of the extension API the tests call inside the service worker. */
declare const chrome: {
  tabs: { query(filter: { active: boolean; lastFocusedWindow: boolean }): Promise<Array<{ id?: number }>> };
};

const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3-e2e');

/** Path → file served by the fixture server. */
const PAGES: Record<string, string> = {
  '/article.html': join(ROOT, 'samples/article.html'),
  '/front.html': join(ROOT, 'tests/e2e/fixtures/front-page.html'),
  '/hidden-body.html': join(ROOT, 'tests/e2e/fixtures/hidden-body.html'),
};

export async function serveFixtures(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/notes.txt') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('Meeting notes, not a web page.\n');
      return;
    }
    const file = PAGES[path];
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

export function chromiumPath(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('Chromium not found: apt-get install -y chromium, or set CHROMIUM_PATH');
  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  profile: string;
  worker: Worker;
  extensionId: string;
  close: () => Promise<void>;
}

export interface LaunchOptions {
  /** The browser's UI language (chrome.i18n follows it), e.g. 'fr'. */
  locale?: string;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No e2e build at ${EXTENSION_DIR}: run \`npx wxt build --mode e2e\` first`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'standpoint-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 400, height: 600 },
    ...(options.locale
      ? {
          locale: options.locale,
          env: { ...process.env, LANGUAGE: options.locale, LANG: `${options.locale}_FR.UTF-8` },
        }
      : {}),
    args: [
      ...(options.locale ? [`--lang=${options.locale}`] : []),
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // the toolbar popup is a target of its own, reachable over the DevTools protocol only
      '--remote-debugging-port=0',
      '--window-size=1280,900',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  // chrome-extension://<id>/background.js: the id is derived from the path, never hard-code it
  const extensionId = new URL(worker.url()).host;
  // extension origins count as opaque to Browser.grantPermissions: grant to every origin instead
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  return {
    context,
    profile,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Open `url` in a new tab and return the page and its tab id, as the worker knows it. */
export async function openTab(b: ExtensionBrowser, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await b.context.newPage();
  await page.goto(url);
  await page.bringToFront();
  const tabId = await b.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  if (tabId < 0) throw new Error(`no tab id for ${url}`);
  return { page, tabId };
}

/**
 * Click the toolbar button, as near as automation gets: `action.openPopup()` opens the real popup
 * for the tab in front, and we reach it over a second (CDP) connection to the same browser.
 */
export async function openToolbarPopup(
  b: ExtensionBrowser,
  tab: Page,
): Promise<{ popup: Page; disconnect: () => Promise<void> }> {
  await tab.bringToFront();
  await b.worker.evaluate(() =>
    (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action.openPopup(),
  );
  const [port] = readFileSync(join(b.profile, 'DevToolsActivePort'), 'utf8').split('\n');
  const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const popupUrl = `chrome-extension://${b.extensionId}/popup.html`;
  for (let waited = 0; waited < 10_000; waited += 100) {
    const popup = cdp
      .contexts()
      .flatMap((c) => c.pages())
      .find((p) => p.url().startsWith(popupUrl));
    if (popup) return { popup, disconnect: () => cdp.close() };
    await new Promise((done) => setTimeout(done, 100));
  }
  await cdp.close();
  throw new Error('the toolbar popup did not open');
}

/** Quotes and positions fold after the first few: unfold every list, as a reader pressing "Show all" would. */
export async function unfoldLists(page: Page): Promise<void> {
  await page.evaluate(() =>
    document.querySelectorAll<HTMLButtonElement>('button.link[aria-expanded="false"]').forEach((b) => b.click()),
  );
}

/** The popup page, pointed at tab `tabId` (an extension page in a tab is its own active tab). */
export async function openPopup(b: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await b.context.newPage();
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/**
 * What a copy puts on the clipboard. The clipboard outlives each test and a copy is written after
 * the click returns, so reading straight after the click can give the previous test's text: empty
 * it first, click, wait for the button to say the copy is done, then for the clipboard to fill.
 */
export async function copyAndRead(page: Page, click: () => Promise<void>, done: Locator): Promise<string> {
  await clearClipboard(page);
  await click();
  await done.filter({ hasText: /^Copied$/ }).waitFor();
  let text = '';
  for (let waited = 0; !text && waited < 5000; waited += 50) {
    text = await page.evaluate(() => navigator.clipboard.readText());
    if (!text) await new Promise((r) => setTimeout(r, 50));
  }
  return text;
}

/** Empties the clipboard, so that what a test reads next is what it copied itself. */
export async function clearClipboard(page: Page): Promise<void> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
}
