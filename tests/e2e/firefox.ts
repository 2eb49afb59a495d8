// Firefox for the e2e tests, driven over WebDriver BiDi directly (no geckodriver on these
// machines): a throwaway profile that pins the add-on's internal UUID, the e2e build installed
// with webExtension.install, pages read with script.evaluate. See /work/shared/e2e-recipe.md.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv2-e2e');
const ADDON_ID = 'standpoint@standpoint.dev';

interface Socket {
  send(data: string): void;
  close(): void;
  addEventListener(type: 'message', f: (e: { data: unknown }) => void): void;
  addEventListener(type: 'open' | 'error' | 'close', f: (e: unknown) => void): void;
}

/** Node 22 has WebSocket built in; on Node 20 borrow the `ws` that playwright-core bundles. */
function webSocket(url: string): Socket {
  const Native = (globalThis as { WebSocket?: new (u: string) => Socket }).WebSocket;
  if (Native) return new Native(url);
  const { ws } = createRequire(import.meta.url)('playwright-core/lib/utilsBundle') as { ws: new (u: string) => Socket };
  return new ws(url);
}

export function firefoxPath(): string | null {
  const candidates = [
    process.env.FIREFOX_PATH,
    '/usr/bin/firefox-esr',
    '/usr/lib/firefox-esr/firefox-esr',
    '/usr/bin/firefox',
  ];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

export interface Firefox {
  /** moz-extension://<uuid> of the installed e2e build. */
  extensionOrigin: string;
  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown>): Promise<T>;
  /** Opens a new tab at `url` and waits for it to load; returns its browsing context id. */
  open(url: string): Promise<string>;
  navigate(context: string, url: string): Promise<void>;
  /** Evaluates an expression (awaiting a promise) in the tab; returns its JSON value. */
  evaluate<T>(context: string, expression: string): Promise<T>;
  /** Polls `expression` until it is truthy; returns its value. */
  waitFor<T>(context: string, expression: string, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<Firefox> {
  const binary = firefoxPath();
  if (!binary) throw new Error('Firefox not found: apt-get install -y firefox-esr, or set FIREFOX_PATH');
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(
      `No Firefox e2e build at ${FIREFOX_EXTENSION_DIR}: run \`npx wxt build -b firefox --mode e2e\` first`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'standpoint-firefox-'));
  const uuid = randomUUID();
  const prefs: Record<string, unknown> = {
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.update.disabledForTesting': true,
    'network.proxy.type': 0,
    'extensions.autoDisableScopes': 0,
  };
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(prefs)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n'),
  );

  const child: ChildProcess = spawn(
    binary,
    ['--headless', '--no-remote', '--remote-debugging-port=0', '--profile', profile],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, MOZ_HEADLESS: '1' },
    },
  );
  const wsUrl = await new Promise<string>((done, fail) => {
    let seen = '';
    const timer = setTimeout(() => fail(new Error(`Firefox did not start its BiDi server:\n${seen}`)), 60_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(seen);
      if (m) {
        clearTimeout(timer);
        done(m[1]);
      }
    });
    child.on('exit', (code) => fail(new Error(`Firefox exited (${code}):\n${seen}`)));
  });

  const socket = webSocket(`${wsUrl}/session`);
  await new Promise<void>((done, fail) => {
    socket.addEventListener('open', () => done());
    socket.addEventListener('error', (e) => fail(e));
  });
  let nextId = 0;
  const pending = new Map<number, { done: (v: unknown) => void; fail: (e: Error) => void }>();
  socket.addEventListener('message', (event) => {
    const msg = JSON.parse(String(event.data)) as {
      id?: number;
      type: string;
      result?: unknown;
      error?: string;
      message?: string;
    };
    if (msg.id === undefined) return;
    const waiter = pending.get(msg.id);
    pending.delete(msg.id);
    if (msg.type === 'error') waiter?.fail(new Error(`${msg.error}: ${msg.message}`));
    else waiter?.done(msg.result);
  });
  const send = <T>(method: string, params: Record<string, unknown>) =>
    new Promise<T>((done, fail) => {
      const id = ++nextId;
      pending.set(id, { done: done as (v: unknown) => void, fail });
      socket.send(JSON.stringify({ id, method, params }));
    });

  await send('session.new', { capabilities: {} });
  await send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_EXTENSION_DIR } });

  const evaluate = async <T>(context: string, expression: string): Promise<T> => {
    const r = await send<{ type: string; result?: unknown; exceptionDetails?: { text: string } }>('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context },
      awaitPromise: true,
    });
    if (r.type === 'exception') throw new Error(`evaluate failed: ${r.exceptionDetails?.text}\n${expression}`);
    const value = (r.result as { value?: string }).value;
    return (value === undefined ? undefined : JSON.parse(value)) as T;
  };

  return {
    extensionOrigin: `moz-extension://${uuid}`,
    send,
    async open(url) {
      const { context } = await send<{ context: string }>('browsingContext.create', { type: 'tab' });
      await send('browsingContext.navigate', { context, url, wait: 'complete' });
      return context;
    },
    async navigate(context, url) {
      await send('browsingContext.navigate', { context, url, wait: 'complete' });
    },
    evaluate,
    async waitFor<T>(context: string, expression: string, timeoutMs = 15_000) {
      const end = Date.now() + timeoutMs;
      let last: unknown;
      for (;;) {
        try {
          last = await evaluate<T>(context, expression);
          if (last) return last as T;
        } catch (error) {
          last = error;
        }
        if (Date.now() > end) throw new Error(`timed out waiting for ${expression} (last: ${String(last)})`);
        await new Promise((r) => setTimeout(r, 150));
      }
    },
    async close() {
      await send('browser.close', {}).catch(() => undefined);
      socket.close();
      await new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          done();
        }, 5000);
        child.on('exit', () => {
          clearTimeout(timer);
          done();
        });
      });
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
