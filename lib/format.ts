// Text forms of a digest and its quotes: the citation line, Markdown, a link to the passage.
import type { Digest, Quote } from './types';

export function formatDate(iso: string | null, locale = 'en'): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return d.toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

/** A URL that opens the article scrolled to the passage (a text fragment). */
export function passageUrl(url: string, passage: string): string {
  const words = passage.trim().split(/\s+/);
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');
  const directive = words.length > 10 ? `${enc(words.slice(0, 5).join(' '))},${enc(words.slice(-5).join(' '))}` : enc(words.join(' '));
  return `${url.split('#')[0]}#:~:text=${directive}`;
}

function who(q: Quote): string {
  if (!q.speaker) return 'unattributed';
  return q.role ? `${q.speaker}, ${q.role}` : q.speaker;
}

function source(d: Digest): string {
  return [d.siteName, formatDate(d.publishedTime)].filter(Boolean).join(', ');
}

/** `“<quote>” — <Speaker>, <role> (<Outlet>, <date>) <url>` */
export function citation(q: Quote, d: Digest): string {
  const src = source(d);
  return `“${q.text}” — ${who(q)}${src ? ` (${src})` : ''} ${d.url}`.trim();
}

export function quoteMarkdown(q: Quote, d: Digest): string {
  const src = source(d) || d.url;
  return `> ${q.text}\n>\n> — ${who(q)}, [${src}](${passageUrl(d.url, q.text)})`;
}

export function allQuotesText(d: Digest): string {
  return d.quotes.map((q) => citation(q, d)).join('\n\n');
}

export function digestMarkdown(d: Digest): string {
  const lines: string[] = [`# ${d.title}`, ''];
  const src = [d.siteName, d.byline, formatDate(d.publishedTime)].filter(Boolean).join(' · ');
  if (src) lines.push(`*${src}* · ${d.readingMinutes} min read · <${d.url}>`, '');
  lines.push('## Key quotes', '');
  if (!d.quotes.length) lines.push('_No direct quotes._', '');
  for (const q of d.quotes) lines.push(`- “${q.text}” — **${who(q)}**`);
  lines.push('', '## Stakeholders', '');
  for (const s of d.stakeholders) {
    const bits = [s.kind, s.role, `${s.mentions} mention${s.mentions === 1 ? '' : 's'}`, s.quoted ? `quoted ${s.quoteCount}×` : 'not quoted'];
    lines.push(`- **${s.name}**: ${bits.filter(Boolean).join(', ')}`);
  }
  lines.push('', '## Positions', '');
  for (const p of d.positions) {
    lines.push(`- **${p.holder}**: ${p.text}`);
    for (const e of p.evidence) lines.push(`  - > ${e}`);
  }
  return lines.join('\n') + '\n';
}

export function digestText(d: Digest): string {
  const out: string[] = [d.title];
  const src = [d.siteName, d.byline, formatDate(d.publishedTime), `${d.readingMinutes} min read`].filter(Boolean).join(' · ');
  out.push(src, d.url, '');
  for (const n of d.notices) out.push(`! ${n}`);
  out.push('KEY QUOTES');
  d.quotes.forEach((q, i) => out.push(`${String(i + 1).padStart(2)}. “${q.text}”`, `    — ${who(q)}`));
  out.push('', 'STAKEHOLDERS');
  for (const s of d.stakeholders) out.push(`  ${s.name} (${s.kind}${s.role ? `, ${s.role}` : ''}) ${s.mentions} mentions${s.quoted ? `, quoted ${s.quoteCount}×` : ''}`);
  out.push('', 'POSITIONS');
  for (const p of d.positions) out.push(`  ${p.holder}: ${p.text}`);
  out.push('', `extract ${d.timings.extractMs} ms · structure ${d.timings.structureMs} ms`);
  return out.join('\n') + '\n';
}
