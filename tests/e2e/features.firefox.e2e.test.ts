// The shared scenario in real Firefox (the Firefox e2e build, MV2): digest an article, copy a
// quote as a citation, jump to a quote and clear the highlight, see the quote count on the badge,
// find the digest in the history and in the sidebar page. Skipped where Firefox is not installed
// (CI installs firefox-esr).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixtures } from './browser';
import { firefoxPath, launchFirefox, type Firefox } from './firefox';

const HIGHLIGHTED = `(() => {
  const h = globalThis.CSS && CSS.highlights && CSS.highlights.get('standpoint-passage');
  if (h) return [...h.values()].map((r) => r.toString()).join('');
  const marks = document.querySelectorAll('mark[data-standpoint-highlight]');
  return marks.length ? [...marks].map((m) => m.textContent).join('') : null;
})()`;

const QUOTE = 'the fleet and the turbines can share the bay';

describe.skipIf(!firefoxPath())('Firefox: read, cite, navigate', () => {
  let firefox: Firefox;
  let server: Awaited<ReturnType<typeof serveFixtures>>;
  let article: string;
  let ui: string;
  let tabId: number;

  /** BiDi will not open moz-extension:// itself: a fixture page navigates there. */
  async function openExtensionPage(context: string, path: string) {
    await firefox.navigate(context, `${server.origin}/front.html`);
    await firefox.evaluate(context, `(location.href = ${JSON.stringify(`${firefox.extensionOrigin}/${path}`)}, true)`);
    await firefox.waitFor(context, `location.protocol === 'moz-extension:' && document.readyState === 'complete'`);
  }

  beforeAll(async () => {
    server = await serveFixtures();
    firefox = await launchFirefox();
    article = await firefox.open(`${server.origin}/article.html`);
    ui = await firefox.open(`${server.origin}/front.html`);
    await openExtensionPage(ui, 'options.html');
    tabId = await firefox.evaluate<number>(
      ui,
      `browser.tabs.query({}).then((ts) => ts.find((t) => (t.url || '').endsWith('/article.html')).id)`,
    );
    await openExtensionPage(ui, `popup.html?tabId=${tabId}`);
    await firefox.waitFor(ui, `document.querySelectorAll('.state-ready .quote').length`, 30_000);
    // quotes and positions fold after the first few: unfold them as a reader pressing "Show all" would
    await firefox.evaluate(
      ui,
      `(document.querySelectorAll('button.link[aria-expanded="false"]').forEach((b) => b.click()), true)`,
    );
  }, 120_000);

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('shows the quotes with their speakers', async () => {
    expect(await firefox.evaluate<number>(ui, `document.querySelectorAll('.quote').length`)).toBeGreaterThanOrEqual(5);
    const who = await firefox.evaluate<string>(
      ui,
      `[...document.querySelectorAll('.quote')].find((q) => q.textContent.includes(${JSON.stringify(QUOTE)})).querySelector('.attribution').textContent`,
    );
    expect(who).toContain('Okafor');
  });

  it('copies a quote as a citation', async () => {
    const copyButton = `[...document.querySelectorAll('.quote')].find((q) => q.textContent.includes(${JSON.stringify(QUOTE)})).querySelector('button.copy')`;
    await firefox.evaluate(ui, `(${copyButton}.click(), true)`);
    await firefox.waitFor(ui, `${copyButton}.textContent === 'Copied'`);
    const copied = await firefox.evaluate<string>(ui, `navigator.clipboard.readText()`);
    expect(copied).toContain(QUOTE);
    expect(copied).toMatch(/” — [^\n]*Okafor/);
    expect(copied).toContain(`(The Halden Ledger, Mar 14, 2026) ${server.origin}/article.html`);
  });

  it('jumps to a quote in the article and clears the highlight on Escape', async () => {
    await firefox.evaluate(
      ui,
      `([...document.querySelectorAll('.quote')].find((q) => q.textContent.includes(${JSON.stringify(QUOTE)})).querySelector('.quote-jump').click(), true)`,
    );
    expect(await firefox.waitFor<string>(article, HIGHLIGHTED)).toContain(QUOTE);
    await firefox.evaluate(
      article,
      `(document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })), true)`,
    );
    await firefox.waitFor(article, `${HIGHLIGHTED} === null`);
  });

  it('shows the quote count on the toolbar badge', async () => {
    const count = await firefox.evaluate<number>(ui, `document.querySelectorAll('.quote').length`);
    expect(await firefox.evaluate<string>(ui, `browser.browserAction.getBadgeText({ tabId: ${tabId} })`)).toBe(
      String(count),
    );
  });

  it('keeps the digest in the history on the options page', async () => {
    await openExtensionPage(ui, 'options.html');
    const entry = await firefox.waitFor<string>(ui, `document.querySelector('.history-entry')?.textContent`);
    expect(entry).toContain('Port Halden council backs wind-port plan');
  });

  it('shows the digest in the sidebar page', async () => {
    await openExtensionPage(ui, `sidepanel.html?tabId=${tabId}`);
    expect(
      await firefox.waitFor<number>(ui, `document.querySelectorAll('.state-ready .quote').length`, 20_000),
    ).toBeGreaterThanOrEqual(5);
  });
});
