// npm run train:holders -- [corpus-dir] [--folds 5] [--fold-dir DIR] [--write]
//
// Learns who holds a claim sentence from an annotated corpus (default ../shared/corpus/polnear-train):
// every page is digested with the rules alone, and each sentence where the rules chose a holder
// among two or more candidates (lib/claims/candidates.ts) and gold holds a claim is a lesson:
// the candidates whose name is the claim's holder (matched as ../shared/tools/score.mjs matches
// them) are right. A conditional logit model (one weight per feature of lib/claims/features.ts,
// softmax over a sentence's candidates) is fitted by gradient descent.
//
// It prints k-fold accuracy, folds split by article, of the rules and of the model on the same
// decisions; --fold-dir writes each fold's weights (trained on the other folds) and page ids, for
// end-to-end figures with `digest:batch --only … --holder-weights …`; --write writes the model
// trained on every page to lib/claims/holder-weights.ts.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { digestPage } from '../cli/page';
import { FEATURES, holderFeatures, type HolderCandidate, type HolderSentence } from '../lib/claims/features';
import { KEEP_FEATURES, keepFeatures, mayTake, type HolderPick, type HolderWeights } from '../lib/claims/holder';

interface Lesson {
  page: string;
  context: HolderSentence;
  candidates: HolderCandidate[];
  /** Feature vector of each candidate. */
  x: number[][];
  /** Which candidates gold names. */
  right: boolean[];
  rules: number;
}

// ---- gold matching, as ../shared/tools/score.mjs does it ----
const norm = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-');
const tokens = (s: string): string[] =>
  norm(s).match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
function lcs(a: string[], b: string[]): number {
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++)
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    [prev, cur] = [cur, prev];
    cur.fill(0);
  }
  return prev[b.length];
}
const HONORIFICS = new Set(
  'mr mrs ms dr sir dame prof professor president sen senator rep gov governor judge gen general lord lady the'.split(
    ' ',
  ),
);
const nameTokens = (s: string) => tokens(s).filter((t) => !HONORIFICS.has(t));
function sameName(a: string, b: string): boolean {
  const x = nameTokens(a);
  const y = nameTokens(b);
  if (!x.length || !y.length) return false;
  const [s, l] = x.length <= y.length ? [x, y] : [y, x];
  return s.every((t) => l.includes(t));
}
const MIN_WORDS = 4;
const MATCH = 0.7;

// ---- reading the corpus ----
function lessonsOf(dir: string, id: string): Lesson[] {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as {
    claims?: { holder: string; content: string; direct: boolean }[];
  };
  const claims = (gold.claims ?? [])
    .filter((c) => !c.direct)
    .map((c) => ({ holder: c.holder, tok: tokens(c.content) }))
    .filter((c) => c.tok.length >= MIN_WORDS);
  const decisions: HolderPick[] = [];
  const html = readFileSync(join(dir, 'page.html'), 'utf8');
  digestPage(
    html,
    pathToFileURL(join(dir, 'page.html')).href,
    {},
    {
      holderChoice: { model: null, onDecision: (d) => decisions.push(d) },
    },
  );
  const lessons: Lesson[] = [];
  for (const d of decisions) {
    const words = tokens(d.context.text);
    const held = claims.filter((c) => lcs(c.tok, words) / c.tok.length >= MATCH);
    if (!held.length) continue;
    lessons.push({
      page: id,
      context: d.context,
      candidates: d.candidates,
      x: [],
      right: d.candidates.map((c) => held.some((h) => sameName(c.name, h.holder))),
      rules: d.picked,
    });
  }
  return lessons;
}

// ---- the model: softmax over a sentence's candidates ----
const L2 = Number(process.env.HOLDER_L2 ?? 0.01);
const STEPS = 400;
const RATE = 0.1;

function scores(w: number[], x: number[][]): number[] {
  return x.map((f) => f.reduce((s, v, k) => s + v * w[k], 0));
}

/** Adam steps on a loss whose gradient `grad` adds up, from weights at 0. */
function adam(n: number, grad: (w: number[], g: number[]) => void): number[] {
  const w = new Array<number>(n).fill(0);
  const m = new Array<number>(n).fill(0);
  const v = new Array<number>(n).fill(0);
  for (let step = 1; step <= STEPS; step++) {
    const g = w.map((wk) => L2 * wk);
    grad(w, g);
    for (let k = 0; k < n; k++) {
      m[k] = 0.9 * m[k] + 0.1 * g[k];
      v[k] = 0.999 * v[k] + 0.001 * g[k] * g[k];
      const mh = m[k] / (1 - 0.9 ** step);
      const vh = v[k] / (1 - 0.999 ** step);
      w[k] -= (RATE * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  return w;
}

/** The ranker: mean negative log-likelihood that a right candidate holds the sentence. */
function fitRanker(lessons: Lesson[]): number[] {
  const usable = lessons.filter((l) => l.x.length > 1 && l.right.some(Boolean));
  return adam(FEATURES.length, (w, grad) => {
    for (const l of usable) {
      const s = scores(w, l.x);
      const top = Math.max(...s);
      const e = s.map((z) => Math.exp(z - top));
      const all = e.reduce((a, b) => a + b, 0);
      const good = e.reduce((a, b, k) => a + (l.right[k] ? b : 0), 0);
      // d(-log good/all)/dw = E_all[x] - E_good[x]
      for (let c = 0; c < l.x.length; c++) {
        const coef = (e[c] / all - (l.right[c] ? e[c] / good : 0)) / usable.length;
        if (coef) for (let k = 0; k < grad.length; k++) grad[k] += coef * l.x[c][k];
      }
    }
  });
}

/** The keeper: logistic regression on whether the picked candidate is right. */
function fitKeeper(rows: { x: number[]; right: boolean }[]): number[] {
  return adam(KEEP_FEATURES.length, (w, grad) => {
    for (const r of rows) {
      const p = 1 / (1 + Math.exp(-r.x.reduce((s, v, k) => s + v * w[k], 0)));
      const coef = (p - (r.right ? 1 : 0)) / rows.length;
      for (let k = 0; k < grad.length; k++) grad[k] += coef * r.x[k];
    }
  });
}

/** The ranker's pick, ties kept by the rules (as lib/claims/holder.ts picks). */
function pick(w: number[], l: Lesson): number {
  const s = scores(w, l.x);
  let best = l.rules;
  for (let k = 0; k < s.length; k++) if (s[k] > s[best] && mayTake(l.x[k])) best = k;
  return best;
}

/** The decisions the rules get wrong although a candidate is right: what a feature should see. */
function printErrors(lessons: Lesson[]): void {
  for (const l of lessons) {
    if (l.right[l.rules] || !l.right.some(Boolean)) continue;
    const who = l.candidates.map((c, k) => `${l.right[k] ? '+' : ''}${k === l.rules ? '*' : ''}${c.name}`).join(' | ');
    console.log(`${l.page}: ${who}\n   ${l.context.text.slice(0, 220)}`);
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const asModel = (rank: number[], keep?: number[], threshold?: number): HolderWeights => ({
  features: [...FEATURES],
  weights: rank.map(round),
  ...(keep && threshold ? { keep: { features: [...KEEP_FEATURES], weights: keep.map(round), threshold } } : {}),
});

function option(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

/** The keeper's rows: the picked candidate's features and how sure the ranker was. */
function keepRows(w: number[], lessons: Lesson[]): { x: number[]; right: boolean; page: string }[] {
  return lessons.map((l) => {
    const at = pick(w, l);
    return { x: keepFeatures(l.x[at], scores(w, l.x), at), right: l.right[at], page: l.page };
  });
}

const THRESHOLDS = [0, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9];

function main(argv: string[]): number {
  const valued = ['--folds', '--fold-dir', '--cache', '--drop', '--threshold'];
  const corpus = resolve(
    argv.find((a, i) => !a.startsWith('--') && !valued.includes(argv[i - 1])) ?? '../shared/corpus/polnear-train',
  );
  const folds = Number(option(argv, '--folds') ?? 5);
  const foldDir = option(argv, '--fold-dir');
  const threshold = Number(option(argv, '--threshold') ?? 0);
  const ids = readdirSync(corpus, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(corpus, d.name, 'gold.json')))
    .map((d) => d.name)
    .sort();
  const t0 = performance.now();
  // --cache FILE keeps the decisions read (the digests take a minute), for trying features
  const cache = option(argv, '--cache');
  const lessons: Lesson[] =
    cache && existsSync(cache)
      ? (JSON.parse(readFileSync(cache, 'utf8')) as Lesson[])
      : ids.flatMap((id) => lessonsOf(join(corpus, id), id));
  if (cache && !existsSync(cache)) writeFileSync(cache, JSON.stringify(lessons));
  // --drop a,b leaves features out (they weigh 0): what each one adds
  const drop = new Set((option(argv, '--drop') ?? '').split(','));
  const keep = FEATURES.map((f) => (drop.has(f) ? 0 : 1));
  for (const l of lessons) l.x = holderFeatures(l.context, l.candidates).map((f) => f.map((v, k) => v * keep[k]));
  console.error(
    `read ${ids.length} pages in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${lessons.length} decisions`,
  );
  if (argv.includes('--errors')) printErrors(lessons);
  const foldOf = new Map(ids.map((id, i) => [id, i % folds]));
  const choices = lessons.filter((l) => l.x.length > 1);
  let rulesRight = 0;
  let modelRight = 0;
  let changed = 0;
  const kept = THRESHOLDS.map(() => ({ right: 0, wrong: 0 }));
  let allRight = 0;
  if (foldDir) mkdirSync(foldDir, { recursive: true });
  const rows: string[] = [];
  for (let k = 0; k < folds; k++) {
    const train = lessons.filter((l) => foldOf.get(l.page) !== k);
    const test = lessons.filter((l) => foldOf.get(l.page) === k);
    const w = fitRanker(train);
    const keeper = fitKeeper(keepRows(w, train));
    const ranked = test.filter((l) => l.x.length > 1);
    const r = ranked.filter((l) => l.right[l.rules]).length;
    const m = ranked.filter((l) => l.right[pick(w, l)]).length;
    changed += ranked.filter((l) => pick(w, l) !== l.rules).length;
    rulesRight += r;
    modelRight += m;
    for (const row of keepRows(w, test)) {
      const p = 1 / (1 + Math.exp(-row.x.reduce((s, v, j) => s + v * keeper[j], 0)));
      allRight += row.right ? 1 : 0;
      THRESHOLDS.forEach((t, j) => {
        if (p >= t) kept[j][row.right ? 'right' : 'wrong']++;
      });
    }
    rows.push(
      `fold ${k + 1}: ${ranked.length} choices, rules ${(r / ranked.length).toFixed(3)}, model ${(m / ranked.length).toFixed(3)}`,
    );
    if (foldDir) {
      writeFileSync(join(foldDir, `fold-${k + 1}.json`), JSON.stringify(asModel(w, keeper, threshold)) + '\n');
      writeFileSync(join(foldDir, `fold-${k + 1}.ids`), ids.filter((id) => foldOf.get(id) === k).join(',') + '\n');
    }
  }
  console.log(rows.join('\n'));
  console.log(
    `${folds}-fold by article, ${choices.length} claim sentences with two or more candidates ` +
      `(${choices.filter((l) => l.right.some(Boolean)).length} with the right one among them): ` +
      `rules ${(rulesRight / choices.length).toFixed(3)}, model ${(modelRight / choices.length).toFixed(3)}, ${changed} changed`,
  );
  console.log(`keeper on all ${lessons.length} claim sentences (${allRight} right after the ranker):`);
  THRESHOLDS.forEach((t, j) =>
    console.log(
      `  keep when p >= ${t}: ${kept[j].right} right, ${kept[j].wrong} wrong kept (${(kept[j].right / (kept[j].right + kept[j].wrong)).toFixed(3)} right)`,
    ),
  );
  const w = fitRanker(lessons);
  const keeper = fitKeeper(keepRows(w, lessons));
  console.log(FEATURES.map((f, k) => `${f.padEnd(15)} ${round(w[k])}`).join('\n'));
  console.log(KEEP_FEATURES.map((f, k) => `keep ${f.padEnd(15)} ${round(keeper[k])}`).join('\n'));
  if (argv.includes('--write')) {
    const file = resolve('lib/claims/holder-weights.ts');
    const model = asModel(w, keeper, threshold);
    writeFileSync(
      file,
      `// Written by \`npm run train:holders -- --write\` (scripts/train-holders.ts) from ${ids.length} pages of\n` +
        `// ${corpus.split('/').pop()}: ${choices.length} claim sentences with two or more candidate holders;\n` +
        `// ${folds}-fold by article, the rules pick the right one ${(rulesRight / choices.length).toFixed(3)}, the model ${(modelRight / choices.length).toFixed(3)}.\n` +
        `// One weight per feature of lib/claims/features.ts: a positive weight makes a candidate likelier to hold\n` +
        `// the sentence. The keeper leaves a sentence to no one when the pick is right with p < ${threshold}.\n` +
        `import type { HolderWeights } from './holder';\n\n` +
        `export const HOLDER_WEIGHTS: HolderWeights = ${JSON.stringify(model)};\n`,
    );
    console.error(`wrote ${file}`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
