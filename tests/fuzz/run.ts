// npm run fuzz: the long fuzz run. 10,000 inputs (fixture mutations, random HTML, hostile
// articles) up to 1 MB each through parse → extract → digest, in a worker thread that is
// restarted when an input hangs. Prints totals, the slowest inputs, inputs over the time
// budget and every invariant failure; exits 1 when any input hung, went over budget, threw or
// broke an invariant. Input i of seed s is input i again: `--only i` replays it.
//
//   npm run fuzz -- [--runs 10000] [--seed 1203] [--budget-ms 2000] [--hang-ms 20000] [--only i] [--small]
import os, { loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CI_SIZE, LONG_SIZE } from './inputs';
import type { FuzzOutcome } from './pipeline';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg('runs', 10_000);
const SEED = arg('seed', 1203);
const BUDGET_MS = arg('budget-ms', 2000);
const HANG_MS = arg('hang-ms', 20_000);
const ONLY = arg('only', -1);
const size = process.argv.includes('--small') ? CI_SIZE : LONG_SIZE;

type Result = FuzzOutcome & { index: number; label: string };

const results: Result[] = [];
const hangs: { index: number }[] = [];
const indices = ONLY >= 0 ? [ONLY] : Array.from({ length: RUNS }, (_, i) => i);
const started = performance.now();

/** A worker, once it has loaded the pipeline (a hang is timed from the input, not the boot). */
async function spawn(): Promise<Worker> {
  const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), { workerData: { size } });
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  worker.removeAllListeners('error');
  return worker;
}

let stopped = false;
// Ctrl-C (or a kill) ends the run early with the report of the inputs done so far
process.once('SIGINT', () => (stopped = true));
process.once('SIGTERM', () => (stopped = true));

async function main() {
  let worker = await spawn();
  for (const index of indices) {
    if (stopped) {
      console.log(`stopped after ${results.length + hangs.length} inputs`);
      break;
    }
    const result = await new Promise<Result | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), HANG_MS);
      worker.once('message', (r: Result) => {
        clearTimeout(timer);
        resolve(r);
      });
      worker.once('error', (e) => {
        clearTimeout(timer);
        resolve({
          index,
          label: '(worker crashed)',
          outcome: 'crash',
          chars: 0,
          parseMs: 0,
          extractMs: 0,
          structureMs: 0,
          totalMs: 0,
          cpuMs: 0,
          violations: [],
          error: String(e),
        });
      });
      worker.postMessage({ seed: SEED, index });
    });
    worker.removeAllListeners('message');
    worker.removeAllListeners('error');
    if (!result || result.outcome === 'crash') {
      if (!result) hangs.push({ index });
      else results.push(result);
      await worker.terminate();
      worker = await spawn();
    } else results.push(result);
    if (ONLY < 0 && (results.length + hangs.length) % 500 === 0)
      console.log(`… ${results.length + hangs.length} inputs, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  await worker.terminate();
  report();
}

function report() {
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  const kb = (x: number) => `${(x / 1024).toFixed(0)} KB`;
  const byOutcome = new Map<string, number>();
  for (const r of results) byOutcome.set(r.outcome, (byOutcome.get(r.outcome) ?? 0) + 1);
  const times = results.map((r) => r.totalMs).sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
  const over = results.filter((r) => r.totalMs > BUDGET_MS);
  const overCpu = results.filter((r) => r.cpuMs > BUDGET_MS);
  const broken = results.filter((r) => r.violations.length || r.error);
  console.log(
    `\nfuzz: ${results.length + hangs.length} inputs (seed ${SEED}, up to ${kb(size.maxChars)}), ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  console.log(`outcomes: ${[...byOutcome].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(
    `time per input: median ${ms(q(0.5))}, p99 ${ms(q(0.99))}, max ${ms(times[times.length - 1] ?? 0)}; largest input ${kb(Math.max(0, ...results.map((r) => r.chars)))}`,
  );
  console.log(
    `hangs (over ${HANG_MS / 1000} s, stopped): ${hangs.length}${hangs.length ? `: inputs ${hangs.map((h) => h.index).join(', ')}` : ''}`,
  );
  console.log(
    `over the ${BUDGET_MS} ms budget: ${over.length} by the clock, ${overCpu.length} in CPU time (load average now ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}, on ${availableCores()} cores)`,
  );
  console.log(`invariant failures or exceptions: ${broken.length}`);
  console.log('\nslowest inputs (replay with --only i):');
  for (const r of [...results].sort((a, b) => b.totalMs - a.totalMs).slice(0, 10)) {
    console.log(
      `  #${r.index} ${ms(r.totalMs)}, cpu ${ms(r.cpuMs)} (parse ${ms(r.parseMs)}, extract ${ms(r.extractMs)}, structure ${ms(r.structureMs)}) ${kb(r.chars)} ${r.outcome}: ${r.label.slice(0, 160)}`,
    );
  }
  if (over.length) {
    console.log(`\nevery input over the ${BUDGET_MS} ms budget:`);
    for (const r of [...over].sort((a, b) => b.totalMs - a.totalMs))
      console.log(
        `  #${r.index} ${ms(r.totalMs)}, cpu ${ms(r.cpuMs)} (parse ${ms(r.parseMs)}, extract ${ms(r.extractMs)}, structure ${ms(r.structureMs)}) ${kb(r.chars)}: ${r.label.slice(0, 120)}`,
      );
  }
  if (broken.length) {
    const kinds = new Map<string, Result[]>();
    for (const r of broken)
      for (const v of [...r.violations, ...(r.error ? [`exception: ${r.error.split('\n')[0]}`] : [])]) {
        const k = v.split(':')[0];
        const seen = kinds.get(k) ?? [];
        if (!seen.includes(r)) kinds.set(k, [...seen, r]);
      }
    console.log('\ninvariant failures:');
    for (const [k, rs] of kinds) {
      console.log(`  ${k}: ${rs.length} inputs`);
      for (const r of rs.slice(0, 3))
        console.log(
          `    #${r.index} ${r.label.slice(0, 140)}\n      ${[...r.violations, r.error ?? ''].find((v) => v.startsWith(k))?.slice(0, 240)}`,
        );
    }
  }
  process.exitCode = hangs.length || over.length || broken.length ? 1 : 0;
}

function availableCores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

void main();
