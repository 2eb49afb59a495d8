// npm run bench:browser: the browser figures of issue 9, from the built extension in headless
// Chromium, all in one run so they compare (timings on a shared machine drift from run to run):
//   - structure / extract, median over dev pages, with a cold worker (stopped before each page,
//     as Chrome does after 30 s idle) and a warm one;
//   - click to the first key quote in the popup, cold, against the Readability-only baseline
//     extension's click to its title.
// It drives the shared tools (../shared/tools/browser-digests.mjs, popup-walk.mjs) and reads
// their summary lines. Build first: `npm run build:e2e`. Figures only: nothing here fails a build.
//
//   npm run bench:browser [-- --rounds N] [--ext DIR] [--corpus DIR] [--only id,id] [--compare DIR]
// --rounds N alternates baseline and Standpoint N times and reports the median of each figure.
// --compare DIR measures a second build (e.g. one of main, for a before/after) in the same rounds,
// each of its runs right after the same run of --ext: on a shared machine only figures measured
// side by side compare.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { CORPUS, SHARED } from './corpus';

const TARGETS = { cold: 0.35, warm: 0.15, click: 1.25 };

const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const ext = resolve(option('--ext', '.output/chrome-mv3-e2e'));
const corpus = resolve(option('--corpus', join(CORPUS, 'dev')));
const rounds = Math.max(1, Number(option('--rounds', '1')) || 1);
const only = option('--only', '');
const compare = argv.includes('--compare') ? resolve(option('--compare', '')) : null;
const tools = join(SHARED, 'tools');
const baseline = join(tools, 'baseline-ext');

for (const dir of compare ? [ext, compare] : [ext])
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.error(`No built extension at ${dir}: run npm run build:e2e first.`);
    process.exit(2);
  }

/** Runs a shared tool and returns its last line (the summary), or throws with its output. */
function tool(script: string, args: string[]): string {
  const run = spawnSync(process.execPath, [join(tools, script), ...args, ...(only ? ['--only', only] : [])], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const lines = `${run.stdout ?? ''}`.trim().split('\n');
  if (run.status !== 0) throw new Error(`${script} failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  return lines[lines.length - 1];
}

const number = (line: string, pattern: RegExp): number => {
  const m = pattern.exec(line);
  if (!m) throw new Error(`cannot read ${pattern} in: ${line}`);
  return Number(m[1]);
};

interface Round {
  coldRatio: number;
  coldStructure: number;
  coldExtract: number;
  coldTrip: number;
  warmRatio: number;
  warmStructure: number;
  warmExtract: number;
  baselineMs: number;
  standpointMs: number;
}

/** One round: each build's cold and warm digests and click, the builds side by side, one baseline walk. */
function round(builds: string[]): Round[] {
  const digests = (dir: string, cold: boolean) =>
    tool('browser-digests.mjs', ['--ext', dir, '--corpus', corpus, ...(cold ? ['--cold'] : [])]);
  const cold = builds.map((dir) => digests(dir, true));
  const warm = builds.map((dir) => digests(dir, false));
  const base = tool('popup-walk.mjs', ['--ext', baseline, '--corpus', corpus, '--expect', 'title', '--cold']);
  const ours = builds.map((dir) => tool('popup-walk.mjs', ['--ext', dir, '--corpus', corpus, '--cold']));
  return builds.map((_, i) => ({
    coldRatio: number(cold[i], /structure\/extract median ([\d.]+)/),
    coldStructure: number(cold[i], /structure median ([\d.]+) ms/),
    coldExtract: number(cold[i], /extract median ([\d.]+) ms/),
    coldTrip: number(cold[i], /round trip median ([\d.]+) ms/),
    warmRatio: number(warm[i], /structure\/extract median ([\d.]+)/),
    warmStructure: number(warm[i], /structure median ([\d.]+) ms/),
    warmExtract: number(warm[i], /extract median ([\d.]+) ms/),
    baselineMs: number(base, /median ([\d.]+) ms/),
    standpointMs: number(ours[i], /median ([\d.]+) ms/),
  }));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
// a loaded machine slows both sides of a ratio, but not evenly: say how loaded it was
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
const loadBefore = load();
const builds = compare ? [ext, compare] : [ext];
const rows: Round[][] = builds.map(() => []);
for (let i = 0; i < rounds; i++) {
  const measured = round(builds);
  measured.forEach((r, b) => rows[b].push(r));
  if (rounds > 1 || compare)
    measured.forEach((r, b) => console.log(`round ${i + 1} ${builds[b]}: ${JSON.stringify(r)}`));
}
const verdict = (value: number, target: number) => (value <= target ? 'meets' : 'misses');

console.log(`\nbrowser figures (${corpus}, ${rounds} round${rounds > 1 ? 's' : ''}, medians)`);
console.log(`load average (1, 5, 15 min) before ${loadBefore}, after ${load()}`);
builds.forEach((dir, b) => {
  const m = (k: keyof Round) => median(rows[b].map((r) => r[k]));
  const click = m('standpointMs') / m('baselineMs');
  console.log(`${dir}`);
  console.log(
    `  cold worker  structure ${m('coldStructure')} ms / extract ${m('coldExtract')} ms  ratio ${m('coldRatio').toFixed(3)}  target <= ${TARGETS.cold} (${verdict(m('coldRatio'), TARGETS.cold)})  round trip ${m('coldTrip')} ms`,
  );
  console.log(
    `  warm worker  structure ${m('warmStructure')} ms / extract ${m('warmExtract')} ms  ratio ${m('warmRatio').toFixed(3)}  target <= ${TARGETS.warm} (${verdict(m('warmRatio'), TARGETS.warm)})`,
  );
  console.log(
    `  click to first key quote (cold)  ${m('standpointMs')} ms vs baseline title ${m('baselineMs')} ms  ratio ${click.toFixed(2)}  target <= ${TARGETS.click} (${verdict(click, TARGETS.click)})`,
  );
});
