// npm run -s lang:score [-- --verbose] [-- --only=de-streik,fr-retraites]: digests the invented articles of tests/fixtures/lang and
// scores them the way the corpus scorer scores real pages: speakers right, words in marks that are
// titles kept out of the quotes, stakeholders that are actors, central actors found.
import { buildDigest } from '../lib/digest';
import type { Article } from '../lib/types';
import { LANG_ARTICLES, type LangArticle } from '../tests/fixtures/lang/articles';

const verbose = process.argv.includes('--verbose');
const norm = (s: string) => s.normalize('NFC').toLowerCase();
const matches = (name: string, spellings: string) => spellings.split('|').some((s) => norm(s) === norm(name));

export function scoreArticle(a: LangArticle) {
  const article: Article = {
    url: `https://news.example/${a.id}`,
    title: a.title,
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: a.lang,
    dir: 'ltr',
    excerpt: null,
    paragraphs: a.paragraphs,
    readerable: true,
  };
  const d = buildDigest(article);
  const lines: string[] = [];
  let right = 0;
  for (const [start, speaker] of a.quotes) {
    const q = d.quotes.find((x) => x.text.startsWith(start));
    const ok = !!q && (q.speaker ?? null) === speaker;
    if (ok) right++;
    else lines.push(`  speaker ${start}: want ${speaker} got ${q ? q.speaker : '(no quote)'}`);
  }
  const titles = a.notQuotes.filter((t) => d.quotes.some((q) => q.text === t));
  for (const t of titles) lines.push(`  title taken for a quote: ${t}`);
  const actors = d.stakeholders.filter((s) =>
    a.actors.some((x) => matches(s.name, x) || s.aliases.some((al) => matches(al, x))),
  );
  const junk = d.stakeholders.filter((s) => !actors.includes(s));
  if (junk.length)
    lines.push(`  not actors: ${junk.map((s) => `${s.name}${s.role ? ` [${s.role}]` : ''}`).join('; ')}`);
  const found = a.central.filter((c) =>
    d.stakeholders.some((s) => matches(s.name, c) || s.aliases.some((al) => matches(al, c))),
  );
  const missed = a.central.filter((c) => !found.includes(c));
  if (missed.length) lines.push(`  central missed: ${missed.join('; ')}`);
  if (verbose) {
    lines.push(
      `  stakeholders: ${d.stakeholders.map((s) => `${s.name}(${s.kind}${s.role ? `, ${s.role}` : ''})`).join('; ')}`,
    );
    lines.push(`  positions: ${d.positions.map((p) => `${p.holder}: ${p.text.slice(0, 60)}`).join(' | ')}`);
  }
  return {
    speakers: right / Math.max(1, a.quotes.length),
    titlesOut: a.notQuotes.length ? 1 - titles.length / a.notQuotes.length : 1,
    precision: d.stakeholders.length ? actors.length / d.stakeholders.length : 1,
    central: found.length / Math.max(1, a.central.length),
    lines,
  };
}

const only = process.argv.find((x) => x.startsWith('--only='))?.slice(7);
const rows = LANG_ARTICLES.filter((a) => !only || only.split(',').includes(a.id)).map(
  (a) => [a, scoreArticle(a)] as const,
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
