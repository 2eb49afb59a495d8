// The popup speaks the browser's language: French here (public/_locales/fr), English by default.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, openPopup, openTab, serveFixtures, type ExtensionBrowser } from './browser';

let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof serveFixtures>>;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchWithExtension({ locale: 'fr' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('shows its labels in French in a French browser', async () => {
  const { tabId } = await openTab(browser, `${server.origin}/article.html`);
  const popup = await openPopup(browser, tabId);
  await popup.locator('.quote').first().waitFor({ timeout: 20_000 });
  expect(await popup.locator('#quotes-heading').innerText()).toMatch(/^Citations clés/i);
  expect(await popup.getByRole('button', { name: 'Copier toutes les citations' }).count()).toBe(1);
  expect(await popup.locator('html').getAttribute('lang')).toBe('fr');
  // the article's own words are never translated
  expect(await popup.locator('.quote-text').first().innerText()).toContain('Port Halden');
});
