// Digests corpus pages through the Firefox e2e build, as browser-digests.mjs does in Chromium:
// each page is served on 127.0.0.1, opened in a tab, and digested by sending the background the
// `digest` message the popup sends (fresh: true), from an extension page. Writes <out>/<id>.json,
// a Digest or { error }, for score.mjs --digests. Used by `npm run eval:browser -- --firefox`.
import { createServer } from 'node:http';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { launchFirefox } from '../tests/e2e/firefox';
import { metaOf } from './corpus';

const BLANK = '/__blank';

export async function firefoxDigests(corpusDir: string, ids: string[], out: string): Promise<void> {
  const server = createServer((req, res) => {
    const id = decodeURIComponent((req.url ?? '/').split('/')[1] ?? '');
    const file = join(corpusDir, id, 'page.html');
    if (req.url === BLANK)
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>blank</title>');
    else if (ids.includes(id) && existsSync(file))
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
    else res.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const firefox = await launchFirefox();
  try {
    // BiDi will not open moz-extension:// itself: a page of ours navigates there
    const ui = await firefox.open(`${origin}${BLANK}`);
    await firefox.evaluate(ui, `(location.href = ${JSON.stringify(`${firefox.extensionOrigin}/options.html`)}, true)`);
    await firefox.waitFor(ui, `location.protocol === 'moz-extension:' && document.readyState === 'complete'`);
    for (const id of ids) {
      const meta = metaOf(join(corpusDir, id));
      const url = `${origin}/${encodeURIComponent(id)}/`;
      let tab: string | null = null;
      let result: unknown;
      try {
        // the tab is the one that was not there before (pages rewrite their own address)
        const before = await firefox.evaluate<number[]>(ui, 'browser.tabs.query({}).then((ts) => ts.map((t) => t.id))');
        tab = (await firefox.send<{ context: string }>('browsingContext.create', { type: 'tab' })).context;
        // Firefox reports some pages' loads as "Address rejected" (a subresource on a host the
        // offline machine refuses), yet the page is there: read it all the same
        await firefox.navigate(tab, url).catch(() => undefined);
        const answer = await firefox.evaluate<{
          ok: boolean;
          digest?: Record<string, unknown>;
          reason?: string;
          message?: string;
        }>(
          ui,
          `browser.tabs.query({}).then((ts) => ts.find((t) => !${JSON.stringify(before)}.includes(t.id))).then((t) => t ? browser.runtime.sendMessage({ type: 'digest', tabId: t.id, fresh: true }) : { ok: false, reason: 'harness', message: 'no new tab' })`,
        );
        result = answer?.ok
          ? { ...answer.digest, url: meta.url ?? answer.digest?.url }
          : { error: `${answer?.reason}: ${answer?.message}` };
      } catch (e) {
        result = { error: `harness: ${(e as Error).message}` };
      }
      writeFileSync(join(out, `${id}.json`), JSON.stringify(result));
      if (tab) await firefox.send('browsingContext.close', { context: tab }).catch(() => undefined);
    }
  } finally {
    await firefox.close();
    await new Promise<void>((done) => server.close(() => done()));
  }
}
