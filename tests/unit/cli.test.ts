// The CLI as the scorer and people run it: `npm run digest -- page.html [--url U] --json|--markdown`
// goes through cli/run.mjs (cached bundle of cli/digest.ts). Spawned for real, on fixtures.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'article.html');
const URL = 'https://ledger.example/news/2024/03/05/harbor-town-votes-to-rebuild-pier';

async function digest(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['cli/run.mjs', 'cli/digest.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('npm run digest', { timeout: 60_000 }, () => {
  it('--json prints the digest with its metadata, quotes, stakeholders, positions and timings', async () => {
    const { code, stdout } = await digest(FIXTURE, '--url', URL, '--json');
    expect(code).toBe(0);
    const d = JSON.parse(stdout);
    for (const key of [
      'title',
      'url',
      'siteName',
      'byline',
      'publishedTime',
      'lang',
      'quotes',
      'stakeholders',
      'positions',
      'timings',
    ]) {
      expect(d).toHaveProperty(key);
    }
    expect(d).toMatchObject({
      title: 'Harbor town votes to rebuild its flooded pier',
      url: URL,
      siteName: 'The Coastal Ledger',
      byline: 'Marta Quill',
      lang: 'en',
    });
    expect(d.publishedTime).toBe('2024-03-05T09:30:00.000Z');
    expect(Array.isArray(d.quotes) && Array.isArray(d.stakeholders) && Array.isArray(d.positions)).toBe(true);
    expect(d.quotes.map((q: { text: string }) => q.text).join('\n')).toContain(
      'We owe it to the people who fish from it every morning',
    );
    expect(typeof d.timings.extractMs).toBe('number');
    expect(typeof d.timings.structureMs).toBe('number');
  });

  it('--markdown prints a Markdown digest', async () => {
    const { code, stdout } = await digest(FIXTURE, '--url', URL, '--markdown');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^#/m);
    expect(stdout).toContain('Harbor town votes to rebuild its flooded pier');
  });

  it('a missing file exits with code 2 and says why', async () => {
    const { code, stderr, stdout } = await digest(join(ROOT, 'tests', 'fixtures', 'no-such-page.html'), '--json');
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot read .*no-such-page\.html/);
    expect(stdout).toBe('');
  });

  it('no file at all prints the usage and exits with code 2', async () => {
    const { code, stderr } = await digest();
    expect(code).toBe(2);
    expect(stderr).toMatch(/usage: npm run digest/);
  });

  it('a page that is not an article exits with code 1, a JSON error and the way to force it', async () => {
    const { code, stdout, stderr } = await digest(
      join(ROOT, 'tests', 'fixtures', 'front-page.html'),
      '--url',
      'https://daily.example/',
      '--json',
    );
    expect(code).toBe(1);
    // the code lib returned, and its sentence from the extension's own English message table
    const en = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8'));
    expect(JSON.parse(stdout)).toEqual({
      error: 'not-article',
      note: { code: 'whyIndex' },
      message: en.whyIndex.message,
    });
    expect(stderr).toBe(`standpoint: ${en.whyIndex.message} Use --force to digest its visible text anyway.\n`);
  });
});
