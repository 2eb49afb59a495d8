// npm run digest:batch -- <corpus-dir> --out <dir> [--only id,id] [--holder-weights file.json]
// Digests every <id>/page.html of a corpus in one process and writes <out>/<id>.json, as
// `npm run digest -- page.html --json` would print it, so the shared scorer can read them all
// with `score.mjs --corpus <corpus-dir> --digests <out>` in seconds instead of a process a page.
// --holder-weights digests with other weights for the holder model (lib/claims/holder.ts): the
// k-fold figures of scripts/train-holders.ts digest each fold with weights trained on the others.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { digestPage } from './page';
import type { HolderWeights } from '../lib/claims/holder';
import { say } from '../lib/i18n';

const USAGE = 'usage: npm run digest:batch -- <corpus-dir> --out <dir> [--only id,id] [--holder-weights file.json]';
const OPTIONS = ['--out', '--only', '--holder-weights'];

function option(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

function pageUrl(dir: string): string {
  const metaPath = join(dir, 'meta.json');
  if (existsSync(metaPath)) {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as { url?: unknown };
    if (typeof meta.url === 'string') return meta.url;
  }
  return pathToFileURL(join(dir, 'page.html')).href;
}

function main(argv: string[]): number {
  const out = option(argv, '--out');
  const corpus = argv.find((a, i) => !a.startsWith('--') && !OPTIONS.includes(argv[i - 1]));
  if (!corpus || !out) {
    console.error(USAGE);
    return 2;
  }
  const only = option(argv, '--only')?.split(',');
  const weightsFile = option(argv, '--holder-weights');
  const model = weightsFile ? (JSON.parse(readFileSync(weightsFile, 'utf8')) as HolderWeights) : undefined;
  const root = resolve(corpus);
  const ids = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'page.html')))
    .map((d) => d.name)
    .filter((id) => !only || only.includes(id))
    .sort();
  mkdirSync(out, { recursive: true });
  const t0 = performance.now();
  let failed = 0;
  for (const id of ids) {
    const dir = join(root, id);
    let json: unknown;
    try {
      const result = digestPage(
        readFileSync(join(dir, 'page.html'), 'utf8'),
        pageUrl(dir),
        {},
        { holderChoice: { model } },
      );
      json = result.ok ? result.digest : { error: result.reason, note: result.note, message: say(result.note) };
      if (!result.ok) failed++;
    } catch (e) {
      failed++;
      json = { error: 'crash', message: (e as Error).message };
    }
    writeFileSync(join(out, `${id}.json`), JSON.stringify(json, null, 2) + '\n');
  }
  const seconds = (performance.now() - t0) / 1000;
  console.error(`standpoint: ${ids.length} pages in ${seconds.toFixed(1)} s, ${failed} without a digest → ${out}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
