// npm run bench: how long structuring (buildDigest) takes next to extraction (Readability), page
// by page, on the shared corpus. Parsing the HTML is timed apart: in the browser the page is
// already parsed. Target for the engine: median structureMs <= 0.25 x extractMs.
import { readFileSync } from 'node:fs';
import { CORPORA, CORPUS, fmt, mb, median, pagesOf } from './corpus';
import { parseDocument } from '../cli/page';
import { extractArticle } from '../lib/extract';
import { buildDigest } from '../lib/digest';

const TARGET_RATIO = 0.25;
/** Repetitions per page after one warm-up; big pages get fewer so the bench stays quick. */
const MAX_REPS = 7;
const PAGE_BUDGET_MS = 1500;

interface Row {
  corpus: string;
  id: string;
  kb: number;
  parseMs: number;
  extractMs: number;
  structureMs: number | null;
  outcome: string;
}

function timeIt(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function benchPage(html: string, url: string): Omit<Row, 'corpus' | 'id' | 'kb'> {
  const parseMs = timeIt(() => parseDocument(html));
  const doc = parseDocument(html);
  const first = extractArticle(doc, url); // warm-up, and the article structured below
  if (!first.ok) {
    const times = repeat(() => extractArticle(doc, url));
    return { parseMs, extractMs: median(times), structureMs: null, outcome: first.reason };
  }
  buildDigest(first.article);
  const extractTimes = repeat(() => extractArticle(doc, url));
  const structureTimes = repeat(() => buildDigest(first.article));
  const digest = buildDigest(first.article);
  return {
    parseMs,
    extractMs: median(extractTimes),
    structureMs: median(structureTimes),
    outcome: `${digest.quotes.length} quotes`,
  };
}

function repeat(fn: () => void): number[] {
  const times: number[] = [];
  let spent = 0;
  while (times.length < MAX_REPS && (times.length < 2 || spent < PAGE_BUDGET_MS)) {
    const ms = timeIt(fn);
    times.push(ms);
    spent += ms;
  }
  return times;
}

const rows: Row[] = [];
let peakRss = 0;
let peakHeap = 0;
const t0 = performance.now();
for (const corpus of CORPORA) {
  const pages = pagesOf(corpus);
  if (!pages.length) {
    console.log(`(skipping ${corpus}: no pages under ${CORPUS}/${corpus})`);
    continue;
  }
  console.log(
    `\n${corpus}\n${'page'.padEnd(32)} ${'KB'.padStart(6)} ${'parse'.padStart(8)} ${'extract'.padStart(8)} ${'struct'.padStart(8)} ${'ratio'.padStart(6)}  outcome`,
  );
  for (const page of pages) {
    const html = readFileSync(page.htmlPath, 'utf8');
    let r: Omit<Row, 'corpus' | 'id' | 'kb'>;
    try {
      r = benchPage(html, page.url);
    } catch (e) {
      r = { parseMs: NaN, extractMs: NaN, structureMs: null, outcome: `CRASH ${(e as Error).message}` };
    }
    const row = { corpus, id: page.id, kb: html.length / 1024, ...r };
    rows.push(row);
    const mem = process.memoryUsage();
    peakRss = Math.max(peakRss, mem.rss);
    peakHeap = Math.max(peakHeap, mem.heapUsed);
    const ratio = row.structureMs != null ? row.structureMs / row.extractMs : NaN;
    console.log(
      `${page.id.slice(0, 32).padEnd(32)} ${row.kb.toFixed(0).padStart(6)} ${fmt(row.parseMs).padStart(8)} ${fmt(row.extractMs).padStart(8)} ${fmt(row.structureMs ?? NaN).padStart(8)} ${fmt(ratio, 2).padStart(6)}  ${row.outcome}`,
    );
  }
}

function summary(label: string, group: Row[]) {
  const digested = group.filter((r) => r.structureMs != null);
  if (!group.length) return;
  const ratios = digested.map((r) => r.structureMs! / r.extractMs);
  const ratio = median(ratios);
  console.log(
    `${label.padEnd(8)} pages ${String(group.length).padStart(3)}  median parse ${fmt(median(group.map((r) => r.parseMs)))} ms, extract ${fmt(median(group.map((r) => r.extractMs)))} ms, structure ${fmt(median(digested.map((r) => r.structureMs!)))} ms, ratio ${fmt(ratio, 3)} ${ratio <= TARGET_RATIO ? 'ok' : `ABOVE target ${TARGET_RATIO}`}`,
  );
}
console.log('\nmedians (ratio = structureMs / extractMs, over digested pages)');
for (const corpus of CORPORA)
  summary(
    corpus,
    rows.filter((r) => r.corpus === corpus),
  );
summary('overall', rows);
console.log(
  `peak RSS ${mb(peakRss)}, peak heap used ${mb(peakHeap)}, bench took ${((performance.now() - t0) / 1000).toFixed(0)} s`,
);
