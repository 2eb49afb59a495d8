// npm run eval:browser: the shared scorer on digests made by the built extension in real Chromium
// (cold worker, as most clicks find it) beside the same scorer on the CLI's digests, for dev, intl
// and a fixed 100-page sample of polnear-train, then every page where the two disagree: one gives a
// digest and the other a refusal, or their quote sets differ. For tricky (no gold) it lists, per
// page, what the corpus README expects (a digest, or a refusal for a non-article), what Chromium
// did and what the CLI did.
//
//   npm run build:e2e && npm run eval:browser [-- --corpus dev,intl,polnear-train,tricky] [--out DIR] [--only id,id]
//   npx wxt build -b firefox --mode e2e && npm run eval:browser -- --firefox [--corpus dev]
//
// --firefox digests in Firefox instead (the Firefox e2e build, driven over WebDriver BiDi as the
// e2e tests drive it; its MV2 background page never goes cold), beside the CLI as well.
// It builds nothing itself: it drives whatever .output/chrome-mv3-e2e holds, so build first.
// Digests are kept under --out (default: a fresh folder in /tmp) as <out>/<corpus>/{browser,cli}/<id>.json.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CORPUS, SHARED, metaOf, notArticleIds } from './corpus';
import { FIREFOX_EXTENSION_DIR } from '../tests/e2e/firefox';
import { firefoxDigests } from './firefox-digests';
import { httpsDigests } from './https-digests';

const USAGE =
  'usage: npm run build:e2e && npm run eval:browser [-- --corpus dev,intl,polnear-train,tricky] [--out DIR] [--only id,id] [--firefox]';
const SAMPLE = 100;
const FIGURES = [
  'errors',
  'quoteRecall',
  'quotePrecision',
  'speakerAccuracy',
  'speakerStrict',
  'centralStakeholderRecall',
  'stakeholderPrecision',
  'positionCoverage',
  'claimRecall',
] as const;

const project = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
if (argv.includes('--help') || argv.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const tools = join(SHARED, 'tools');
const firefox = argv.includes('--firefox');
const ext = firefox ? FIREFOX_EXTENSION_DIR : join(project, '.output', 'chrome-mv3-e2e');
const BROWSER = firefox ? 'Firefox' : 'Chromium';
if (!existsSync(join(ext, 'manifest.json'))) {
  console.error(`no test build at ${ext}\n${USAGE}`);
  process.exit(2);
}
const corpora = (option('--corpus') ?? (firefox ? 'dev' : 'dev,intl,polnear-train,tricky')).split(',');
const only = option('--only')?.split(',');
const out = resolve(option('--out') ?? mkdtempSync(join(tmpdir(), 'eval-browser-')));

/** Pages with gold annotation (every page when none has any); for a big corpus a fixed sample:
 * every n-th page in name order. */
function idsOf(dir: string, annotated: boolean): string[] {
  const all = readdirSync(dir, { withFileTypes: true })
    .filter(
      (d) =>
        d.isDirectory() &&
        existsSync(join(dir, d.name, 'page.html')) &&
        (!annotated || existsSync(join(dir, d.name, 'gold.json'))),
    )
    .map((d) => d.name)
    .sort();
  const step = all.length > SAMPLE ? all.length / SAMPLE : 1;
  const sample = step === 1 ? all : Array.from({ length: SAMPLE }, (_, i) => all[Math.floor(i * step)]);
  return only ? sample.filter((id) => only.includes(id)) : sample;
}

type Digestish = { error?: string; quotes?: { text: string }[] };
// browser-digests.mjs finds the tab by its address: a page whose own script sends it elsewhere
// (to https://, which the offline harness cannot serve) leaves no tab to digest
const HARNESS = /No matching signature|harness|^internal: undefined/;
const describe = (d: Digestish) =>
  !d.error
    ? `digest (${d.quotes?.length ?? 0} quotes)`
    : HARNESS.test(d.error)
      ? 'page left its address in the harness'
      : `refused (${d.error})`;

/** A corpus without gold: what the README expects of each page against what each DOM did. */
function verdicts(name: string, dir: string, ids: string[], browserOut: string, cliOut: string): string[] {
  const notArticles = notArticleIds();
  const out = [`\n${name} (${ids.length} pages): expected, ${BROWSER}, CLI`];
  let asExpected = 0;
  for (const id of ids) {
    const meta = metaOf(join(dir, id));
    // not articles, pages Readability's own tests call unreadable, and pages with nothing to read
    const refuse = notArticles.has(id) || meta.readerable === false || /Readability returns null/.test(meta.why ?? '');
    const b = read(join(browserOut, `${id}.json`));
    const c = read(join(cliOut, `${id}.json`));
    const ok = !!b.error === refuse && !!c.error === refuse;
    if (ok) asExpected++;
    out.push(
      `  ${ok ? ' ' : '✗'} ${id.padEnd(32)} ${(refuse ? 'refusal' : 'digest').padEnd(8)} ${BROWSER}: ${describe(b).slice(0, 90)}; CLI: ${describe(c).slice(0, 90)}`,
    );
  }
  out.push(`  ${asExpected}/${ids.length} as expected in both`);
  return out;
}
const read = (f: string): Digestish => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : { error: 'missing' });
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function score(corpusDir: string, digests: string, ids: string[]): Record<string, number | null> {
  const json = execFileSync(
    process.execPath,
    [join(tools, 'score.mjs'), '--corpus', corpusDir, '--digests', digests, '--only', ids.join(','), '--json'],
    {
      encoding: 'utf8',
      maxBuffer: 256 << 20,
    },
  );
  return JSON.parse(json).total;
}

const fmt = (v: number | null | undefined) => (v == null ? '-' : String(v));
let pages = 0;
let agreeing = 0;
let browserDigests = 0;
const lines: string[] = [];
const servedHttps: string[] = [];
for (const name of corpora) {
  const dir = join(CORPUS, name);
  if (!existsSync(dir)) {
    console.log(`(skipping ${name}: no ${dir})`);
    continue;
  }
  const annotated = readdirSync(dir).some((d) => existsSync(join(dir, d, 'gold.json')));
  const ids = idsOf(dir, annotated);
  if (!ids.length) continue;
  const browserOut = join(out, name, 'browser');
  const cliOut = join(out, name, 'cli');
  mkdirSync(browserOut, { recursive: true });
  mkdirSync(cliOut, { recursive: true });
  if (firefox) {
    console.error(`${name}: ${ids.length} pages in Firefox…`);
    await firefoxDigests(dir, ids, browserOut);
  } else {
    console.error(`${name}: ${ids.length} pages in Chromium (cold worker)…`);
    execFileSync(
      process.execPath,
      [
        join(tools, 'browser-digests.mjs'),
        '--ext',
        ext,
        '--corpus',
        dir,
        '--out',
        browserOut,
        '--only',
        ids.join(','),
        '--cold',
      ],
      {
        cwd: project,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
  }
  if (!firefox) {
    const moved = ids.filter((id) => HARNESS.test(read(join(browserOut, `${id}.json`)).error ?? ''));
    if (moved.length) {
      console.error(`${name}: ${moved.join(', ')} left the harness's http:// address; served at https:// instead…`);
      await httpsDigests(dir, moved, browserOut);
      servedHttps.push(...moved);
    }
  }
  console.error(`${name}: the same pages through the CLI…`);
  execFileSync('npm', ['run', '-s', 'digest:batch', '--', dir, '--out', cliOut, '--only', ids.join(',')], {
    cwd: project,
    stdio: ['ignore', 'ignore', 'inherit'],
  });

  if (!annotated) {
    lines.push(...verdicts(name, dir, ids, browserOut, cliOut));
    continue;
  }
  const browser = score(dir, browserOut, ids);
  const cli = score(dir, cliOut, ids);
  const disagreements: string[] = [];
  let digested = 0;
  for (const id of ids) {
    const b = read(join(browserOut, `${id}.json`));
    const c = read(join(cliOut, `${id}.json`));
    if (!b.error) digested++;
    if (b.error || c.error) {
      if (!(b.error && c.error)) disagreements.push(`${id}: browser ${describe(b)}, CLI ${describe(c)}`);
      continue;
    }
    const bq = new Set((b.quotes ?? []).map((q) => squash(q.text)));
    const cq = new Set((c.quotes ?? []).map((q) => squash(q.text)));
    const onlyB = [...bq].filter((q) => !cq.has(q));
    const onlyC = [...cq].filter((q) => !bq.has(q));
    if (onlyB.length || onlyC.length) {
      disagreements.push(`${id}: quotes differ (${bq.size} in the browser, ${cq.size} in the CLI)`);
      for (const q of onlyB.slice(0, 3)) disagreements.push(`    browser only: “${q.slice(0, 100)}”`);
      for (const q of onlyC.slice(0, 3)) disagreements.push(`    CLI only:     “${q.slice(0, 100)}”`);
    }
  }
  const agree = ids.length - disagreements.filter((l) => !l.startsWith(' ')).length;
  pages += ids.length;
  agreeing += agree;
  browserDigests += digested;
  lines.push(
    `\n${name} (${ids.length} pages): ${digested} digested in ${BROWSER}, browser and CLI agree on ${agree} (${((100 * agree) / ids.length).toFixed(1)} %)`,
  );
  lines.push(`  ${'figure'.padEnd(26)} ${'browser'.padStart(8)} ${'CLI'.padStart(8)}`);
  for (const k of FIGURES) lines.push(`  ${k.padEnd(26)} ${fmt(browser[k]).padStart(8)} ${fmt(cli[k]).padStart(8)}`);
  if (disagreements.length) lines.push('  disagreements:', ...disagreements.map((l) => `    ${l}`));
}
console.log(lines.join('\n'));
console.log(
  `\nall: ${browserDigests}/${pages} digested in ${BROWSER}; browser and CLI agree on ${agreeing}/${pages} pages (${pages ? ((100 * agreeing) / pages).toFixed(1) : '-'} %)`,
);
if (servedHttps.length) console.log(`served at https:// (their scripts leave http://): ${servedHttps.join(', ')}`);
console.log(`digests: ${out}`);
