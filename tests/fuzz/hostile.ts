// Hostile inputs for the structuring pipeline, by class: each class builds an article of about n
// characters around one pathological run (dot leaders, ASCII art, pasted logs, name lists). The
// regression tests run them small, scripts/bench-hostile.ts runs them from 10 KB to 1 MB and
// prints how the time per character grows. Text written for these tests, no corpus text.
import type { Article } from '../../lib/types';

/** A short story with quotes, names and positions, around which the hostile run is placed. */
export const STORY = [
  'PORT HALDEN — The city council voted on Tuesday to expand the harbour, over the objections of fishing crews.',
  '“We will build it, and we will build it well,” said Mayor Ana Kovar, who has backed the plan since 2024.',
  'Tomas Brenner, a spokesman for the Halden Fishers Union, said the union opposes the expansion. “Our boats will have nowhere to go,” he said.',
  'The Ministry of Transport said in a statement that it would review the decision.',
  '“This is not the end of it,” Brenner told reporters after the vote.',
];

export function article(paragraphs: string[], extra: Partial<Article> = {}): Article {
  return {
    url: 'https://example.test/news/harbour',
    title: 'Council votes to expand the harbour',
    byline: 'By Lena Ford',
    siteName: 'Halden Post',
    publishedTime: null,
    lang: 'en',
    dir: 'ltr',
    excerpt: null,
    paragraphs,
    readerable: true,
    ...extra,
  };
}

/** n characters of `unit` repeated (cut to length). */
export const run = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** A distinct capitalised name for every i: "Bako Dumel", "Bake Dumil"... */
export function nameOf(i: number): string {
  const C = 'BDFGKLMNPRSTVZ';
  const V = 'aeiou';
  const syl = (k: number) => C[k % C.length] + V[Math.floor(k / C.length) % V.length];
  const a = i % 70;
  const b = Math.floor(i / 70) % 70;
  const c = Math.floor(i / 4900);
  return `${syl(a)}${syl(b)}k ${syl(b)}${syl(c)}${syl(a)}n`;
}

function names(n: number, sep: string, tail: string): string {
  const out: string[] = [];
  let len = 0;
  for (let i = 0; len < n; i++) {
    const s = nameOf(i) + tail;
    out.push(s);
    len += s.length + sep.length;
  }
  return out.join(sep);
}

export interface HostileClass {
  name: string;
  /** Where the finding came from (findings/hostile-input.md item). */
  finding: string;
  /** The hostile paragraph, about n characters. */
  paragraph(n: number): string;
}

export const HOSTILE: HostileClass[] = [
  {
    name: 'dot run',
    finding: '1',
    paragraph: (n) => `Met Tuesday. ${run('.', n)}x and then the mayor said “yes.” Then more.`,
  },
  { name: '? run', finding: '1', paragraph: (n) => `Did they? ${run('?', n)} Then Ana Kovar said no.` },
  { name: '! run', finding: '1', paragraph: (n) => `Stop! ${run('!', n)} The Mayor Said So.` },
  { name: 'ellipsis dots', finding: '1', paragraph: (n) => `Contents ${run('. ', n)}Page 4. Kovar said.` },
  {
    name: 'capitalised word',
    finding: '2',
    paragraph: (n) => `The figures came according to reporting by ${run('Word', n)} and others.`,
  },
  { name: 'long word', finding: '2', paragraph: (n) => `Kovar said ${run('abcdefghij', n)} was the reason.` },
  { name: 'spaced capitals', finding: '2', paragraph: (n) => `Photo by ${run('Ab ', n)}/ Getty Images` },
  { name: '" run', finding: '3', paragraph: (n) => `The mayor said ${run('"', n)}` },
  { name: 'curly quote run', finding: '3', paragraph: (n) => `The mayor said ${run('“”‘’«»„', n)} end.` },
  { name: 'quoted words', finding: '3', paragraph: (n) => `Kovar said ${run('"a" ', n)}.` },
  { name: 'capital then dots', finding: '1', paragraph: (n) => `“Fine,” said A${run('.', n)} Kovar.` },
  { name: 'capital then dashes', finding: '4', paragraph: (n) => `“Fine,” said Ana K${run('-', n)} of the port.` },
  { name: ', run', finding: '4', paragraph: (n) => `Officials said the plan${run(',', n)} would pass.` },
  {
    name: '- run',
    finding: '4',
    paragraph: (n) => `“It will pass,” said Rusmik Oza, H${run('-', n)}ead of the port authority.`,
  },
  { name: 'space run', finding: '4', paragraph: (n) => `“It will pass,” said ${run(' \u200b', n)}Ana Kovar.` },
  { name: 'names said', finding: '5', paragraph: (n) => names(n, ' ', ' said the harbour must close.') },
  { name: 'names in one sentence', finding: '5', paragraph: (n) => `${names(n, ' and ', ' said')} “it is over.”` },
  { name: 'comma list of names', finding: '5', paragraph: (n) => `${names(n, ', ', '')} and the union said “no.”` },
  {
    name: 'soft hyphens',
    finding: '11',
    paragraph: (n) => `“No,” said Ana Ko\u00advar, and “Yes,” said ${run('Bren\u00ad', n)}ner.`,
  },
];

/** The story with the hostile paragraph of about n characters after its second paragraph. */
export function hostileArticle(c: HostileClass, n: number): Article {
  return article([...STORY.slice(0, 2), c.paragraph(n), ...STORY.slice(2)]);
}
