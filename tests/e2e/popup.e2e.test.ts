// The extension as a reader uses it: open a news page, open Standpoint, read the quotes with their
// speakers, copy one, and get clear messages where there is nothing to digest.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  copyAndRead,
  launchWithExtension,
  openPopup,
  openTab,
  openToolbarPopup,
  serveFixtures,
  unfoldLists,
  type ExtensionBrowser,
} from './browser';

let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof serveFixtures>>;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** axe-core's violations of impact serious or critical on the page, as "rule: target" lines. */
async function seriousAxeViolations(page: import('playwright-core').Page): Promise<string[]> {
  // evaluated over the DevTools protocol, so the extension page's CSP does not block it
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(
            ctx: Document,
          ): Promise<{ violations: Array<{ id: string; impact?: string; nodes: Array<{ target: unknown }> }> }>;
        };
      }
    ).axe;
    const { violations } = await axe.run(document);
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  });
}

/** The speaker line shown under the quote that contains `words`. */
async function speakerOf(popup: import('playwright-core').Page, words: string): Promise<string> {
  const item = popup.locator('.quote', { hasText: words });
  await expect.poll(() => item.count()).toBeGreaterThan(0);
  return (await item.first().locator('.attribution').innerText()).trim();
}

describe('the e2e build', () => {
  it('may reach the local fixture server and no other host', async () => {
    const manifest = await browser.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { getManifest(): Record<string, unknown> } } }
      ).chrome.runtime.getManifest(),
    );
    expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*', 'https://127.0.0.1/*']);
    expect([...(manifest.permissions as string[])].sort()).toEqual([
      'activeTab',
      'clipboardWrite',
      'contextMenus',
      'scripting',
      'sidePanel',
      'storage',
    ]);
  });
});

describe('the popup on a news article', () => {
  let popup: import('playwright-core').Page;
  let articleUrl: string;
  let tabId: number;

  beforeAll(async () => {
    articleUrl = `${server.origin}/article.html`;
    ({ tabId } = await openTab(browser, articleUrl));
    popup = await openPopup(browser, tabId);
    await popup.locator('.state-ready .quote').first().waitFor({ timeout: 20_000 });
    await unfoldLists(popup);
  });

  it('shows the article header', async () => {
    await expect
      .poll(() => popup.locator('h1.title').innerText())
      .toContain('Port Halden council backs wind-port plan');
    const meta = await popup.locator('.meta').innerText();
    expect(meta).toContain('The Halden Ledger');
    expect(meta).toMatch(/min read/);
  });

  it('looks right (screenshot for the README, taken before any button is pressed)', async () => {
    const target = resolve(process.env.STANDPOINT_SCREENSHOT ?? 'test-results/popup.png');
    mkdirSync(dirname(target), { recursive: true });
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.evaluate(() => window.scrollTo(0, 0));
    const background = () => popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await popup.screenshot({ path: target });
    const lightBackground = await background();
    await popup.emulateMedia({ colorScheme: 'dark' });
    const dark = await popup.screenshot({ path: target.replace(/\.png$/, '-dark.png') });
    const darkBackground = await background();
    await popup.emulateMedia({ colorScheme: 'light' });
    // a PNG of the popup's size (width and height stand at bytes 16 and 20 of the header)
    expect([light.readUInt32BE(16), light.readUInt32BE(20)]).toEqual([400, 600]);
    // the title is in the picture, and dark mode repaints the popup rather than leaving it light
    expect(await popup.locator('h1.title').boundingBox()).toMatchObject({ y: expect.any(Number) });
    expect((await popup.locator('h1.title').boundingBox())!.y).toBeLessThan(600);
    expect(darkBackground).not.toBe(lightBackground);
    expect(dark.equals(light)).toBe(false);
  });

  it('lists key quotes with the people who said them', async () => {
    expect(await popup.locator('.quote').count()).toBeGreaterThanOrEqual(5);
    expect(await speakerOf(popup, 'biggest chance Port Halden has had')).toContain('Vasquez');
    expect(await speakerOf(popup, 'the fleet and the turbines can share the bay')).toContain('Okafor');
    expect(await speakerOf(popup, 'how far it reaches and for how long')).toContain('Osei');
  });

  it('shows stakeholders and positions', async () => {
    // which stakeholders lead is the engine's business (its own tests pin that); here: they arrive
    const names = await popup.locator('.stakeholder .name').allInnerTexts();
    expect(names.join(' | ')).toMatch(/Vasquez|Okafor|Osei|Wren/);
    expect(await popup.locator('#positions-heading').isVisible()).toBe(true);
  });

  it('sets the sample’s two camps side by side', async () => {
    const camps = await popup.locator('.side').allInnerTexts();
    expect(camps).toHaveLength(2);
    expect(camps[0]).toMatch(/^In favour[\s\S]*Patel/i);
    expect(camps[1]).toMatch(/^Against[\s\S]*Abernathy/i);
  });

  it('shows who gets to speak, a bar per speaker', async () => {
    expect(await popup.locator('#voices-heading').isVisible()).toBe(true);
    const first = popup.locator('.voice').first();
    expect(await first.locator('.name').innerText()).toMatch(/\S/);
    expect(await first.locator('.voice-bar').getAttribute('aria-label')).toMatch(/^\d+% of the quoted words$/);
  });

  it("passes axe-core's accessibility checks, in light and dark", async () => {
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'light' });
  });

  it('copies a quote as a citation', async () => {
    const item = popup.locator('.quote', { hasText: 'biggest chance Port Halden' }).first();
    const button = item.getByRole('button', { name: /copy quote/i });
    const copied = await copyAndRead(popup, () => button.click(), item.locator('button.copy'));
    expect(copied).toMatch(/^“This is the biggest chance Port Halden has had in a generation/);
    expect(copied).toMatch(/” — [^\n]*Vasquez/);
    expect(copied).toContain(`(The Halden Ledger, Mar 14, 2026) ${articleUrl}`);
  });

  it('copies all quotes at once', async () => {
    // reading before the copy finished once gave the previous test's single quote (a CI flake)
    const button = popup.getByRole('button', { name: 'Copy all quotes' });
    const copied = await copyAndRead(popup, () => button.click(), popup.locator('button.copy-all'));
    const count = await popup.locator('.quote').count();
    expect(copied.split('\n\n')).toHaveLength(count);
  });

  it('answers from the cache when reopened on the same page', async () => {
    const again = await openPopup(browser, tabId);
    await again.locator('.state-ready .quote').first().waitFor();
    expect(await again.locator('.timing').innerText()).toContain('(saved)');
    await again.close();
  });
});

describe('the toolbar popup', () => {
  it('digests the tab in front, as after a click on the toolbar button', async () => {
    const { page } = await openTab(browser, `${server.origin}/article.html`);
    const { popup, disconnect } = await openToolbarPopup(browser, page);
    try {
      await popup.locator('.state-ready .quote').first().waitFor({ timeout: 20_000 });
      await unfoldLists(popup);
      expect(await popup.locator('h1.title').innerText()).toContain('Port Halden council');
      expect(await speakerOf(popup, 'biggest chance Port Halden has had')).toContain('Vasquez');
    } finally {
      await disconnect();
    }
  });
});

describe('pages the reader cannot see yet', () => {
  it('digests an article whose <body> its CSS hides until the page scripts run', async () => {
    const { page, tabId } = await openTab(browser, `${server.origin}/hidden-body.html`);
    expect(await page.evaluate(() => getComputedStyle(document.body).visibility)).toBe('hidden');
    const popup = await openPopup(browser, tabId);
    await popup.locator('.quote').first().waitFor({ timeout: 20_000 });
    expect(await popup.locator('h1.title').innerText()).toContain('Ferry service to Gull Island');
    expect(await speakerOf(popup, 'finally get their boat back')).toContain('Brandt');
    expect(await popup.getByRole('alert').count()).toBe(0);
  });
});

describe('pages with nothing to digest', () => {
  it('says a front page is not an article, and digests it anyway on request', async () => {
    const { tabId } = await openTab(browser, `${server.origin}/front.html`);
    const popup = await openPopup(browser, tabId);
    const alert = popup.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('does not look like a news article');
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await popup.getByRole('button', { name: 'Digest anyway' }).click();
    await popup.locator('h1.title').waitFor();
    expect(await popup.locator('h1.title').innerText()).toContain('Local news');
    expect(await popup.getByRole('alert').count()).toBe(0);
  });

  it('says the browser does not let it read its own pages', async () => {
    const { tabId } = await openTab(browser, 'chrome://version');
    const popup = await openPopup(browser, tabId);
    const alert = popup.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('can’t be read');
    expect(await alert.innerText()).toContain('does not let extensions read');
    expect(await alert.getByRole('button').count()).toBe(0);
  });

  it('says a plain-text file is not a web page', async () => {
    const { tabId } = await openTab(browser, `${server.origin}/notes.txt`);
    const popup = await openPopup(browser, tabId);
    await expect.poll(() => popup.getByRole('alert').innerText()).toContain('Not a web page');
    expect(await popup.getByRole('alert').innerText()).toContain('plain-text file');
  });

  it('says so when the tab is gone', async () => {
    const { page, tabId } = await openTab(browser, `${server.origin}/article.html`);
    await page.close();
    const popup = await openPopup(browser, tabId);
    await expect.poll(() => popup.getByRole('alert').innerText()).toContain('The tab was closed');
  });
});
