// Least privilege, pinned on the manifest WXT really builds: the production extension asks for
// activeTab, scripting and storage and no host at all; only the e2e build may reach 127.0.0.1.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from 'wxt';

const outDirs: string[] = [];

type Manifest = Awaited<ReturnType<typeof build>>['manifest'];
const built = new Map<string, Promise<Manifest>>();

/** Build once per mode, into a temporary folder so the real .output is left alone. */
function builtManifest(mode: string): Promise<Manifest> {
  if (!built.has(mode)) {
    const outDir = mkdtempSync(join(tmpdir(), 'standpoint-manifest-'));
    outDirs.push(outDir);
    built.set(mode, build({ mode, browser: 'chrome', outDir, logger: silent }).then((r) => r.manifest));
  }
  return built.get(mode)!;
}

const noop = () => undefined;
const silent = { debug: noop, log: noop, info: noop, warn: noop, error: noop, fatal: noop, success: noop, level: 0 } as never;

afterAll(() => {
  for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

describe('the production manifest', () => {
  it('asks only for activeTab, scripting and storage, and for no host', async () => {
    const manifest = await builtManifest('production');
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  }, 60_000);

  it('opens the popup from the toolbar button', async () => {
    const manifest = await builtManifest('production');
    expect(manifest.action?.default_popup).toBe('popup.html');
    expect(Object.keys(manifest.icons ?? {})).toEqual(expect.arrayContaining(['16', '32', '48', '128']));
  }, 60_000);
});

describe('the e2e build', () => {
  it('may reach the local fixture server, and nothing else', async () => {
    const manifest = await builtManifest('e2e');
    expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*']);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['activeTab', 'scripting', 'storage']);
  }, 60_000);
});
