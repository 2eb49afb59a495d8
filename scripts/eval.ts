// npm run eval: the shared scorer on dev and intl, totals only (the scorer itself prints per-page
// detail: node ../shared/tools/score.mjs [--corpus DIR] [--only id,id]).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CORPUS, SHARED } from './corpus';

const scorer = join(SHARED, 'tools', 'score.mjs');
if (!existsSync(scorer)) {
  console.log(`(skipping eval: no scorer at ${scorer})`);
  process.exit(0);
}
const project = resolve(import.meta.dirname, '..');
for (const corpus of ['dev', 'intl']) {
  const dir = join(CORPUS, corpus);
  if (!existsSync(dir)) {
    console.log(`(skipping ${corpus}: no ${dir})`);
    continue;
  }
  try {
    const out = execFileSync(process.execPath, [scorer, '--corpus', dir, '--project', project, '--json'], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    const { total } = JSON.parse(out);
    console.log(`\n${corpus}`);
    for (const [k, v] of Object.entries(total)) console.log(`  ${k}: ${v}`);
  } catch (e) {
    console.log(`\n${corpus}: scorer failed: ${(e as Error).message.split('\n')[0]}`);
    process.exitCode = 1;
  }
}
