// Least privilege, pinned on the manifest WXT really builds: the production extension asks for
// only what its features need (README, "Permissions") and no host at all. (The e2e build's one extra host,
// 127.0.0.1, is checked by the e2e test on the extension it loads.)
//
// `npm test` runs `wxt build` first and this reads .output/chrome-mv3; run on its own, or when
// the config changed since that build, it builds into a temporary folder instead.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { build } from 'wxt';

type Manifest = Awaited<ReturnType<typeof build>>['manifest'];

const ROOT = resolve(import.meta.dirname, '../..');
const BUILT = join(ROOT, '.output/chrome-mv3/manifest.json');
/** What the manifest is made from: a build older than any of these is stale. */
const INPUTS = ['wxt.config.ts', 'package.json', 'package-lock.json'].map((f) => join(ROOT, f));

let manifest: Manifest;
let tempDir: string | undefined;

beforeAll(async () => {
  const fresh =
    existsSync(BUILT) && INPUTS.every((f) => !existsSync(f) || statSync(f).mtimeMs <= statSync(BUILT).mtimeMs);
  if (fresh) {
    manifest = JSON.parse(readFileSync(BUILT, 'utf8'));
    return;
  }
  tempDir = mkdtempSync(join(tmpdir(), 'standpoint-manifest-'));
  const noop = () => undefined;
  const logger = {
    debug: noop,
    log: noop,
    info: noop,
    warn: noop,
    error: noop,
    fatal: noop,
    success: noop,
    level: 0,
  } as never;
  // imported here only: loading WXT's build pipeline takes seconds
  const { build } = await import('wxt');
  manifest = (await build({ mode: 'production', browser: 'chrome', outDir: tempDir, logger })).manifest;
}, 120_000);

afterAll(() => {
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});

describe('the production manifest', () => {
  it('asks only for what its features need, and for no host', () => {
    // why each one: README, "Permissions"
    expect([...(manifest.permissions ?? [])].sort()).toEqual([
      'activeTab',
      'clipboardWrite',
      'contextMenus',
      'scripting',
      'sidePanel',
      'storage',
    ]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('asks for no host: no host permissions, no content scripts, nothing exposed to pages', () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('opens the popup from the toolbar button, with icons', () => {
    expect(manifest.action?.default_popup).toBe('popup.html');
    expect(Object.keys(manifest.icons ?? {})).toEqual(expect.arrayContaining(['16', '32', '48', '128']));
  });
});

describe('reading features in the manifest', () => {
  it('opens Standpoint with Alt+Shift+S', () => {
    expect(manifest.commands?._execute_action?.suggested_key).toEqual({ default: 'Alt+Shift+S' });
  });

  it('keeps the digest beside the article in the side panel', () => {
    expect((manifest as { side_panel?: { default_path?: string } }).side_panel?.default_path).toBe('sidepanel.html');
  });

  it('speaks the user’s language, English by default', () => {
    expect(manifest.default_locale).toBe('en');
    expect(manifest.name).toBe('__MSG_extName__');
  });

  it('has an options page with the history and the settings', () => {
    expect(manifest.options_ui?.page).toBe('options.html');
  });
});
