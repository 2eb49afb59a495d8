// Reading, citing, navigating: the features that make the digest worth keeping open. Each one as a
// reader uses it, in real headless Chromium with the e2e build: jump to a quote in the article,
// copy it in every format, export the digest, keyboard only, the context menu, the badge, the
// history on the options page, the side panel, dark mode and an accessibility audit (axe-core).
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clearClipboard,
  copyAndRead,
  launchWithExtension,
  openPopup,
  openTab,
  serveFixtures,
  unfoldLists,
  type ExtensionBrowser,
} from './browser';

declare const chrome: {
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};
declare const CSS: { highlights: Map<string, unknown> };

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof serveFixtures>>;
let article: Page;
let tabId: number;
let popup: Page;

const QUOTE = 'the fleet and the turbines can share the bay';

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchWithExtension();
  ({ page: article, tabId } = await openTab(browser, `${server.origin}/article.html`));
  popup = await openPopup(browser, tabId);
  await popup.locator('.state-ready .quote').first().waitFor({ timeout: 20_000 });
  await unfoldLists(popup);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What the article tab highlights now: the text under the highlight, or null. */
function highlighted(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const h = CSS.highlights.get('standpoint-passage') as { values(): IterableIterator<Range> } | undefined;
    if (h) return [...h.values()].map((r) => r.toString()).join('');
    const marks = document.querySelectorAll('mark[data-standpoint-highlight]');
    return marks.length ? [...marks].map((m) => m.textContent).join('') : null;
  });
}

async function audit(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(
            ctx: Document,
            opts: object,
          ): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations;
}

function quoteItem(words: string) {
  return popup.locator('.quote', { hasText: words }).first();
}

describe('jump to the quote', () => {
  it('scrolls the article to a quote and highlights it when the quote is clicked', async () => {
    await quoteItem(QUOTE).locator('.quote-jump').click();
    await expect.poll(() => highlighted(article)).toContain(QUOTE);
    await expect.poll(() => article.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    if (process.env.STANDPOINT_SCREENSHOTS) {
      await article.bringToFront();
      await article.waitForTimeout(600); // the smooth scroll settles
      await article.screenshot({ path: shot('jump.png') });
      await popup.bringToFront();
    }
  });

  it('moves the highlight on the next jump, and Escape in the article clears it', async () => {
    await quoteItem('how far it reaches').locator('.quote-jump').click();
    await expect.poll(() => highlighted(article)).toContain('how far it reaches');
    expect(await highlighted(article)).not.toContain(QUOTE);
    await article.bringToFront();
    await article.keyboard.press('Escape');
    await expect.poll(() => highlighted(article)).toBeNull();
  });

  it('jumps to a position’s evidence sentence', async () => {
    const evidence = popup.locator('.evidence').first();
    await evidence.locator('summary').click();
    const sentence = evidence.locator('.evidence-jump').first();
    const text = (await sentence.innerText()).trim();
    await sentence.click();
    await expect.poll(async () => (await highlighted(article))?.replace(/\s+/g, ' ')).toContain(text.slice(0, 30));
  });

  it('clears the highlight when the popup closes', async () => {
    const other = await openPopup(browser, tabId);
    await other.locator('.quote-jump').first().click();
    await expect.poll(() => highlighted(article)).not.toBeNull();
    await other.close();
    await expect.poll(() => highlighted(article)).toBeNull();
  });
});

describe('copy and export', () => {
  /** Copies the quote in `format` and returns the clipboard's text once the copy is done. */
  function copyAs(format: string): Promise<string> {
    const item = quoteItem(QUOTE);
    return copyAndRead(
      popup,
      async () => {
        await item.locator('.formats-toggle').click();
        await item.locator(`.copy-format.copy-${format}`).click();
      },
      item.locator('.formats-toggle'),
    );
  }

  it('copies a quote as plain text', async () => {
    expect(await copyAs('plain')).toMatch(
      /^“We have designed this so the fleet and the turbines can share the bay,?” — [^\n]*Okafor[^\n]*$/,
    );
  });

  it('copies a quote as Markdown with a link to the passage', async () => {
    const md = await copyAs('markdown');
    expect(md).toMatch(
      /^> “We have designed this so the fleet and the turbines can share the bay,?”\n>\n> — \*\*[^*]*Okafor\*\*/,
    );
    expect(md).toContain(`](${server.origin}/article.html#:~:text=`);
  });

  it('copies a citation whose link opens the article at the passage', async () => {
    const cite = await copyAs('citation');
    expect(cite).toMatch(/^“We have designed/);
    const url = cite.slice(cite.lastIndexOf(' ') + 1);
    expect(url.startsWith(`${server.origin}/article.html#:~:text=`)).toBe(true);
    const page = await browser.context.newPage();
    await page.goto(url);
    // Chromium scrolls to the text fragment: the quote is on screen
    await expect
      .poll(
        () =>
          page.evaluate((w) => {
            const p = [...document.querySelectorAll('p')].find((e) => e.textContent!.includes(w))!;
            const r = p.getBoundingClientRect();
            return r.top >= 0 && r.bottom <= innerHeight + r.height;
          }, QUOTE),
        { timeout: 5000 },
      )
      .toBe(true);
    await page.close();
  });

  it('puts rich HTML beside plain text on the clipboard', async () => {
    await copyAs('rich');
    const html = () =>
      popup.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        return item.types.includes('text/html') ? await (await item.getType('text/html')).text() : '';
      });
    await expect.poll(html).toContain('<blockquote');
    expect(await html()).toMatch(/<cite>[^<]*Okafor<\/cite>/);
    const types = await popup.evaluate(async () => (await navigator.clipboard.read())[0].types);
    expect(types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
  });

  it('exports the digest as a Markdown file', async () => {
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.locator('button.export').click()]);
    expect(download.suggestedFilename()).toMatch(/^standpoint-port-halden-council.*\.md$/);
    const body = readFileSync(await download.path(), 'utf8');
    expect(body).toMatch(/^# Port Halden council backs wind-port plan/);
    expect(body).toContain('## Key quotes');
    expect(body).toContain(QUOTE);
  });
});

describe('keyboard', () => {
  it('reaches every control with Tab, with a visible focus ring', async () => {
    const page = await openPopup(browser, tabId);
    await page.locator('.state-ready .quote').first().waitFor();
    const seen = new Set<string>();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { cls: el.className, outline: style.outlineStyle, width: style.outlineWidth };
      });
      seen.add(info.cls.split(' ')[0]);
      expect(info.outline).not.toBe('none');
    }
    expect([...seen]).toEqual(expect.arrayContaining(['quote-jump', 'copy']));
    await page.close();
  });

  it('moves between quotes with the arrow keys and jumps with Enter', async () => {
    const page = await openPopup(browser, tabId);
    await page.locator('.quote-jump').first().focus();
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement === document.querySelectorAll('.quote-jump')[1]);
    expect(second).toBe(true);
    await page.keyboard.press('Enter');
    const text = (await page.locator('.quote-jump').nth(1).innerText()).replace(/^“|”$/g, '');
    await expect.poll(() => highlighted(article)).toContain(text.slice(0, 20));
    await page.keyboard.press('Escape');
    await expect.poll(() => highlighted(article)).toBeNull();
    await page.close();
  });
});

describe('context menu', () => {
  it('copies a selection as a quote with its speaker and a link to the passage', async () => {
    await article.bringToFront();
    await clearClipboard(article);
    await browser.worker.evaluate(
      ({ tabId, url }) =>
        (
          globalThis as unknown as { __standpointTest: { menuClick(i: object, t: object): Promise<void> } }
        ).__standpointTest.menuClick(
          { menuItemId: 'standpoint-copy-quote', selectionText: 'the fleet and the turbines' },
          { id: tabId, url },
        ),
      { tabId, url: `${server.origin}/article.html` },
    );
    const read = () => article.evaluate(() => navigator.clipboard.readText());
    await expect.poll(read).toMatch(/^“the fleet and the turbines” — [^(]*Okafor/);
    const copied = await read();
    expect(copied).toContain('#:~:text=the%20fleet%20and%20the%20turbines');
  });
});

describe('badge, history and look', () => {
  it('shows the quote count on the toolbar badge', async () => {
    const count = await popup.locator('.quote').count();
    const badge = await browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(badge).toBe(String(count));
  });

  it('lists the digest on the options page, reopens it, and clears the history', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const entry = options.locator('.history-entry', { hasText: 'Port Halden council backs wind-port plan' });
    await entry.waitFor();
    expect(await entry.innerText()).toMatch(/\d+ quotes/);
    expect(await audit(options)).toEqual([]);
    await entry.locator('.history-open').click();
    await options.locator('.digest-view .quote').first().waitFor();
    expect(await audit(options)).toEqual([]);
    expect(await options.locator('.digest-view h1.title').innerText()).toContain('Port Halden');
    await options.locator('button.back').click();
    await options.locator('.clear-history').click();
    await options.locator('.history-empty').waitFor();
    await options.close();
  });

  it('passes an axe-core audit with no violations, light and dark', async () => {
    const page = await openPopup(browser, tabId);
    await page.locator('.state-ready .quote').first().waitFor();
    expect(await audit(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await audit(page)).toEqual([]);
    // with a list of copy formats open
    await page.locator('.formats-toggle').first().click();
    await page.locator('.copy-formats').first().waitFor();
    expect(await audit(page)).toEqual([]);
    await page.close();
  });

  it('follows the system theme', async () => {
    const page = await openPopup(browser, tabId);
    await page.setViewportSize({ width: 400, height: 600 });
    await page.locator('.state-ready .quote').first().waitFor();
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await bg()).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await bg()).not.toBe('rgb(255, 255, 255)');
    await page.close();
  });

  it('keeps the digest beside the article in the side panel', async () => {
    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 360, height: 700 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.locator('.state-ready .quote').first().waitFor();
    await panel.locator('.quote-jump').first().click();
    await expect.poll(() => highlighted(article)).not.toBeNull();
    expect(await audit(panel)).toEqual([]);
    if (process.env.STANDPOINT_SCREENSHOTS) await panel.screenshot({ path: shot('sidepanel.png') });
    await panel.close();
  });
});

describe('ways in', () => {
  it('opens the history and settings from the popup', async () => {
    const page = await openPopup(browser, tabId);
    await page.locator('.state-ready .quote').first().waitFor();
    expect(await page.locator('button.side-panel').count()).toBe(1);
    const [options] = await Promise.all([
      browser.context.waitForEvent('page'),
      page.locator('button.history-link').click(),
    ]);
    await options.waitForLoadState();
    expect(options.url()).toContain('/options.html');
    await options.close();
    if (!page.isClosed()) await page.close();
  });

  it('digests the page from the context menu and shows the count on the badge', async () => {
    const { page, tabId: other } = await openTab(browser, `${server.origin}/article.html`);
    await browser.worker.evaluate(
      (id) =>
        (
          globalThis as unknown as { __standpointTest: { menuClick(i: object, t: object): Promise<void> } }
        ).__standpointTest.menuClick({ menuItemId: 'standpoint-digest-page' }, { id }),
      other,
    );
    await expect
      .poll(() => browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), other))
      .toMatch(/^\d+$/);
    await page.close();
  });
});

function shot(name: string): string {
  const target = resolve(process.env.STANDPOINT_SCREENSHOTS ?? 'docs', name);
  mkdirSync(dirname(target), { recursive: true });
  return target;
}
