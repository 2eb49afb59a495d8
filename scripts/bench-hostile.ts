// npm run bench:hostile: how structuring time grows with the size of each hostile input class
// (tests/fuzz/hostile.ts), from 10 KB to 1 MB. Linear passes keep the time per character flat:
// the last column is the time per character at the largest size over that at the smallest.
// Times are the process's CPU time (this thread and the collector's), in milliseconds.
import { buildDigest } from '../lib/digest';
import { HOSTILE, hostileArticle } from '../tests/fuzz/hostile';

const SIZES = (process.env.SIZES ?? '10000,30000,100000,300000,1000000').split(',').map(Number);
/** A class whose time passes this at one size is not run at the next (it would take minutes). */
const GIVE_UP_MS = Number(process.env.GIVE_UP_MS ?? 4000);
const only = process.argv[2];

const fmt = (x: number, d = 2) => x.toFixed(d);
console.log(
  `${'class'.padEnd(24)} ${SIZES.map((s) => `${s / 1000}k cpu ms`.padStart(12)).join(' ')}   ${'µs/char'.padStart(15)}  growth`,
);
let worst = 0;
for (const c of HOSTILE) {
  if (only && !c.name.includes(only)) continue;
  const cells: string[] = [];
  const perChar: number[] = [];
  let gaveUp = false;
  buildDigest(hostileArticle(c, SIZES[0])); // warm-up at the smallest size
  for (const n of SIZES) {
    if (gaveUp) {
      cells.push('—'.padStart(12));
      continue;
    }
    const a = hostileArticle(c, n);
    const chars = a.paragraphs.reduce((s, p) => s + p.length, 0);
    // the fastest of a few runs (fewer for big inputs): the machine's noise only ever adds time.
    // CPU time, not the clock: on a machine shared with other jobs the clock counts their turns too
    let ms = Infinity;
    for (let rep = 0; rep < (n <= 100_000 ? 3 : 1); rep++) {
      const t0 = process.cpuUsage();
      JSON.stringify(buildDigest(a));
      const used = process.cpuUsage(t0);
      ms = Math.min(ms, (used.user + used.system) / 1000);
    }
    cells.push(fmt(ms, 1).padStart(12));
    perChar.push((ms * 1000) / chars);
    gaveUp = ms > GIVE_UP_MS;
  }
  const ok = perChar;
  const growth = ok.length > 1 ? ok[ok.length - 1] / ok[0] : NaN;
  if (Number.isFinite(growth)) worst = Math.max(worst, growth);
  const flat = ok.length === SIZES.length ? (growth <= 2 ? 'flat' : 'GROWS') : 'GAVE UP';
  console.log(
    `${c.name.padEnd(24)} ${cells.join(' ')}   ${fmt(ok[0] ?? NaN, 3).padStart(6)}→${fmt(ok[ok.length - 1] ?? NaN, 3).padStart(6)}  ×${fmt(growth, 1)} ${flat}`,
  );
}
console.log(`\nworst growth of time per character: ×${fmt(worst, 1)} (flat is ≤ ×2, noise included)`);
