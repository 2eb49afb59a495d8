// npx tsx scripts/extract-check.ts [-v] [id...]: how well extraction matches the annotated
// article.txt of the dev and intl pages (paragraphs separated by blank lines). Prints per page the
// share of article.txt paragraphs found exactly (recall) and of extracted paragraphs that are in
// article.txt (precision), and the metadata, so title/byline/siteName/date/lang can be eyeballed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pagesOf } from './corpus';
import { parseDocument } from '../cli/page';
import { extractArticle } from '../lib/extract';
import { say } from '../lib/i18n';

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const only = new Set(args.filter((a) => !a.startsWith('-')));
// spacing differs between annotators' tools and the page (“ Wild Rose ” vs “Wild Rose”): compare without it
const norm = (s: string) => s.replace(/[\s\u00a0\u200b]+/g, '');

let goldTotal = 0,
  goldFound = 0,
  predTotal = 0,
  predRight = 0,
  langRight = 0,
  pages = 0;
for (const corpus of ['dev', 'intl']) {
  for (const page of pagesOf(corpus)) {
    if (only.size && !only.has(page.id)) continue;
    const txt = join(page.dir, 'article.txt');
    if (!existsSync(txt)) continue;
    const gold = readFileSync(txt, 'utf8')
      .split(/\n\s*\n/)
      .map(norm)
      .filter(Boolean);
    const result = extractArticle(parseDocument(readFileSync(page.htmlPath, 'utf8')), page.url);
    pages++;
    if (!result.ok) {
      console.log(`${page.id.padEnd(18)} FAILED ${result.reason}: ${say(result.note)}`);
      goldTotal += gold.length;
      continue;
    }
    const a = result.article;
    const pred = a.paragraphs.map(norm);
    const predSet = new Set(pred);
    const goldSet = new Set(gold);
    const found = gold.filter((p) => predSet.has(p)).length;
    const right = pred.filter((p) => goldSet.has(p)).length;
    goldTotal += gold.length;
    goldFound += found;
    predTotal += pred.length;
    predRight += right;
    const expectedLang = String(page.meta.lang ?? '')
      .toLowerCase()
      .split('-')[0];
    if (a.lang === expectedLang) langRight++;
    console.log(
      `${page.id.padEnd(18)} recall ${found}/${gold.length}  precision ${right}/${pred.length}  lang ${a.lang}${a.lang === expectedLang ? '' : ` (expected ${expectedLang})`}`,
    );
    console.log(`    title: ${a.title}\n    byline: ${a.byline} | site: ${a.siteName} | published: ${a.publishedTime}`);
    if (page.meta.title && norm(String(page.meta.title)) !== a.title) console.log(`    meta title: ${page.meta.title}`);
    if (verbose) {
      for (const p of gold.filter((p) => !predSet.has(p))) console.log(`    - missing: ${p.slice(0, 150)}`);
      for (const p of pred.filter((p) => !goldSet.has(p))) console.log(`    + extra:   ${p.slice(0, 150)}`);
    }
  }
}
console.log(
  `\n${pages} pages: paragraph recall ${(goldFound / goldTotal).toFixed(3)} (${goldFound}/${goldTotal}), precision ${(predRight / predTotal).toFixed(3)} (${predRight}/${predTotal}), lang right ${langRight}/${pages}`,
);
