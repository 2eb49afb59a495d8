// The popup speaks the browser's language: French here (public/_locales/fr), English by default.
// Every failure a real browser can produce is shown in French, title and explanation alike; the
// expected words are read from the French catalogue, so a message that falls back to English fails.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillMessage } from '../../lib/i18n';
import { launchWithExtension, openPopup, openTab, serveFixtures, type ExtensionBrowser } from './browser';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const fr: Record<string, Entry> = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../public/_locales/fr/messages.json'), 'utf8'),
);
const en: Record<string, Entry> = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8'),
);
const french = (key: string, ...subs: string[]) => fillMessage(fr[key], subs);

let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof serveFixtures>>;
/** Pages of our own beside the shared fixtures: empty, too large, too short. */
let extra: { origin: string; close: () => Promise<void> };

const EXTRA_PAGES: Record<string, string> = {
  '/empty.html': '<!doctype html><html lang="en"><head><title>Nothing</title></head><body></body></html>',
  '/huge.html': `<!doctype html><html><head><title>Huge</title></head><body>${'<i></i>'.repeat(150_001)}</body></html>`,
  '/short.html':
    '<!doctype html><html><head><title>Short</title></head><body><ol><li>Only a list item</li></ol></body></html>',
};

async function serveExtra(): Promise<{ origin: string; close: () => Promise<void> }> {
  const s: Server = createServer((req, res) => {
    const page = EXTRA_PAGES[new URL(req.url ?? '/', 'http://x').pathname];
    if (page) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    else res.writeHead(404).end();
  });
  await new Promise<void>((done) => s.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(s.address() as AddressInfo).port}`,
    close: () => new Promise((done) => s.close(() => done())),
  };
}

beforeAll(async () => {
  [server, extra] = await Promise.all([serveFixtures(), serveExtra()]);
  browser = await launchWithExtension({ locale: 'fr' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await extra?.close();
});

it('shows its labels in French in a French browser', async () => {
  const { tabId } = await openTab(browser, `${server.origin}/article.html`);
  const popup = await openPopup(browser, tabId);
  await popup.locator('.state-ready .quote').first().waitFor({ timeout: 20_000 });
  expect(await popup.locator('#quotes-heading').innerText()).toMatch(/^Citations clés/i);
  expect(await popup.getByRole('button', { name: 'Copier toutes les citations' }).count()).toBe(1);
  expect(await popup.locator('html').getAttribute('lang')).toBe('fr');
  // the article's own words are never translated
  const page = readFileSync(join(import.meta.dirname, '../../samples/article.html'), 'utf8');
  const first = (await popup.locator('.quote-text').first().innerText()).replace(/^[“"]|[”"]$/g, '');
  expect(first.length).toBeGreaterThan(20);
  expect(page).toContain(first);
  // counts in French forms, numbers with French separators, no English plural left over
  const stats = (await popup.locator('.stakeholder .stats').allInnerTexts()).join(' | ');
  expect(stats).toMatch(/\d mentions?/);
  expect(stats).not.toMatch(/\bquoted\b|\bnot quoted\b/);
  expect(await popup.locator('.voice .stats').first().innerText()).toMatch(/^\d+ citations? · \d+ mots?$/);
});

it('shows the settings and history page in French, and keeps a setting', async () => {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.locator('#settings-heading').waitFor();
  expect(await options.title()).toBe(french('optionsTitle'));
  expect(await options.locator('#settings-heading').textContent()).toBe(french('settingsHeading'));
  // the article read above is in the history, its count in French
  await expect.poll(() => options.locator('.history-entry .meta').first().innerText()).toMatch(/\d+ citations?/);
  await options.getByLabel(french('settingShortQuotes')).uncheck();
  await expect.poll(() => options.getByRole('status').innerText()).toBe(french('settingsSaved'));
  await options.reload();
  await options.locator('#settings-heading').waitFor();
  await expect.poll(() => options.getByLabel(french('settingShortQuotes')).isChecked()).toBe(false);
  await options.getByLabel(french('settingShortQuotes')).check();
  await options.close();
});

/** The failure view of the popup opened on `url` (or on tab `tabId`), once it has appeared. */
async function failureOn(target: string | number): Promise<{ popup: Page; title: string; message: string }> {
  const tabId = typeof target === 'number' ? target : (await openTab(browser, target)).tabId;
  const popup = await openPopup(browser, tabId);
  const alert = popup.getByRole('alert');
  await alert.waitFor({ timeout: 20_000 });
  return {
    popup,
    title: await alert.locator('.failure-title').innerText(),
    message: await alert.locator('.failure-message').innerText(),
  };
}

describe('every failure a browser can produce, in French', () => {
  it('a front page: not an article, with "Résumer quand même"', async () => {
    const { popup, title, message } = await failureOn(`${server.origin}/front.html`);
    expect(title).toBe(french('failNotArticle'));
    expect(message).toBe(french('whyNotNews'));
    expect(await popup.getByRole('button', { name: french('digestAnyway') }).count()).toBe(1);
  });

  it('a page with a few words, counted in French', async () => {
    const { title, message } = await failureOn(`${extra.origin}/short.html`);
    expect(title).toBe(french('failNotArticle'));
    expect(message).toBe(french('whyLittleText_other', '4'));
  });

  it('an empty page', async () => {
    const { popup, title, message } = await failureOn(`${extra.origin}/empty.html`);
    expect(title).toBe(french('failEmpty'));
    expect(message).toBe(french('whyNoText'));
    expect(await popup.getByRole('button', { name: french('tryAgain') }).count()).toBe(1);
  });

  it('a page too large to read, its count in French digits', async () => {
    const { title, message } = await failureOn(`${extra.origin}/huge.html`);
    expect(title).toBe(french('failTooLarge'));
    // the page passes the element budget, which the message names
    const count = Number(/(\d[\d\s]*\d)/.exec(message)![1].replace(/\s/g, ''));
    expect(count).toBe(150_000);
    // French groups thousands with a (narrow) no-break space: 150 000, not 150,000
    expect(message).toBe(french('whyTooLarge', new Intl.NumberFormat('fr').format(count)));
  });

  it('a browser page', async () => {
    const { popup, title, message } = await failureOn('chrome://version');
    expect(title).toBe(french('failRestricted'));
    expect(message).toBe(french('whyBrowserPage'));
    expect(await popup.getByRole('alert').getByRole('button').count()).toBe(0);
  });

  it('a plain-text file', async () => {
    const { title, message } = await failureOn(`${server.origin}/notes.txt`);
    expect(title).toBe(french('failUnsupported'));
    expect(message).toBe(french('whyPlainText'));
  });

  it('a PDF', async () => {
    const { title, message } = await failureOn(`${server.origin}/report.pdf`);
    expect(title).toBe(french('failUnsupported'));
    expect(message).toBe(french('whyPdf'));
  });

  it('a tab closed before it was read', async () => {
    const { page, tabId } = await openTab(browser, `${server.origin}/article.html`);
    await page.close();
    const { title, message } = await failureOn(tabId);
    expect(title).toBe(french('failTabGone'));
    expect(message).toBe(french('whyTabClosed'));
  });

  it('says none of it in English', async () => {
    // the French catalogue really differs from the English one for what these views show
    for (const key of [
      'failNotArticle',
      'whyNotNews',
      'failEmpty',
      'whyNoText',
      'failRestricted',
      'whyBrowserPage',
      'whyPlainText',
      'whyTabClosed',
    ]) {
      expect(fr[key].message, key).not.toBe(en[key].message);
    }
  });
});
