// Digests pages the shared harness cannot keep: pages whose own script sends an http:// reader to
// https:// (as readers arrive there on https, the page never does it for them), which the
// harness's plain http server cannot serve. Here each page is served at an https:// address by
// Playwright's request interception, opened in a tab, and digested from a cold worker by the same
// `digest` message the popup sends, as browser-digests.mjs does. Used by eval:browser.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension } from '../tests/e2e/browser';
import { metaOf } from './corpus';

const ORIGIN = 'https://127.0.0.1';

/** The part of the extension API called from the extension page. */
declare const chrome: {
  tabs: { query(filter: object): Promise<Array<{ id?: number; url?: string }>> };
  runtime: { sendMessage(message: object): Promise<Answer> };
};
type Answer = { ok: boolean; digest?: { url?: string }; reason?: string; note?: { code: string }; message?: string };

/** Through the Chromium e2e build, launched as the e2e tests launch it. */
export async function httpsDigests(corpusDir: string, ids: string[], out: string): Promise<void> {
  const browser = await launchWithExtension();
  const { context } = browser;
  try {
    await context.route(/^https?:\/\//, async (route) => {
      const url = new URL(route.request().url());
      const id = decodeURIComponent(url.pathname.split('/')[1] ?? '');
      const file = join(corpusDir, id, 'page.html');
      if (url.origin !== ORIGIN || !ids.includes(id) || !existsSync(file)) return route.abort();
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(file) });
    });
    const host = await context.newPage();
    await host.goto(`chrome-extension://${browser.extensionId}/options.html`);
    for (const id of ids) {
      const page = await context.newPage();
      await page.goto(`${ORIGIN}/${encodeURIComponent(id)}/`, { waitUntil: 'load', timeout: 15000 }).catch(() => {});
      const tabId = await host.evaluate(
        async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
        page.url(),
      );
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable').catch(() => {});
      await cdp.send('ServiceWorker.stopAllWorkers').catch(() => {});
      await cdp.detach().catch(() => {});
      const answer = await host
        .evaluate((tabId) => chrome.runtime.sendMessage({ type: 'digest', tabId, fresh: true }), tabId)
        .catch((e): Answer => ({ ok: false, reason: 'harness', message: String(e) }));
      const meta = metaOf(join(corpusDir, id));
      const result = answer.ok
        ? { ...answer.digest, url: meta.url ?? answer.digest?.url }
        : { error: `${answer.reason}: ${answer.note?.code ?? answer.message}` };
      writeFileSync(join(out, `${id}.json`), JSON.stringify(result));
      await page.close();
    }
  } finally {
    await browser.close();
  }
}
