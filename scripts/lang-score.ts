// npm run -s lang:score [-- --verbose --only=de-streik,fr-retraites]: digests the invented articles
// of tests/fixtures/lang and scores them the way the corpus scorer scores real pages (speakers
// right, titles in marks kept out of the quotes, stakeholders that are actors, central actors found).
import { LANG_ARTICLES } from '../tests/fixtures/lang/articles';
import { scoreArticle } from '../tests/fixtures/lang/score';

const verbose = process.argv.includes('--verbose');
const only = process.argv.find((x) => x.startsWith('--only='))?.slice(7);
const rows = LANG_ARTICLES.filter((a) => !only || only.split(',').includes(a.id)).map(
  (a) => [a, scoreArticle(a, verbose)] as const,
);
const r2 = (x: number) => Math.round(x * 100) / 100;
for (const [a, s] of rows) {
  console.log(
    `${a.id.padEnd(14)} speakers ${r2(s.speakers)}  titlesOut ${r2(s.titlesOut)}  precision ${r2(s.precision)}  central ${r2(s.central)}`,
  );
  for (const l of s.lines) console.log(l);
}
const mean = (k: 'speakers' | 'titlesOut' | 'precision' | 'central') =>
  r2(rows.reduce((n, [, s]) => n + s[k], 0) / rows.length);
console.log(
  `MEAN speakers ${mean('speakers')}  titlesOut ${mean('titlesOut')}  precision ${mean('precision')}  central ${mean('central')}`,
);
