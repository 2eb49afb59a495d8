// Text forms of a digest and its quotes: plain text, Markdown, the citation line, rich HTML for
// the clipboard, and a link that opens the article at the passage (a URL text fragment).
//
// Page text is data: in Markdown every character that could start syntax is backslash-escaped,
// in HTML every text and attribute is entity-escaped, and only http(s) links are ever emitted.
// Words of our own ("unattributed", headings, counts) come from the message table, in the reader's
// language: a citation copied from a French popup is French around the article's own words.
import { messagesLocale, say, t, tn } from './i18n';
import type { Digest, Quote } from './types';
import { voiceRows, type VoiceRow } from './voices';

export function formatDate(iso: string | null, locale = messagesLocale()): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return d.toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

// ---------------------------------------------------------------------------------------------
// Text fragments (https://wicg.github.io/scroll-to-text-fragment/)

/** Passages longer than this many words are linked by their first and last words. */
const LONG_PASSAGE_WORDS = 10;
const EDGE_WORDS = 4;
/** Scripts written without spaces: long passages are linked by their first and last characters. */
const LONG_PASSAGE_CHARS = 40;
const EDGE_CHARS = 12;

/**
 * Percent-encodes one term of a text directive. The spec reserves `-` (prefix/suffix marker),
 * `,` (term separator) and `&` (directive separator); encodeURIComponent leaves `-` alone.
 */
export function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/** Only web pages get links; anything else (javascript:, data:, file:) is never emitted as a link. */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** The `text=` directive for a passage: the whole passage, or `textStart,textEnd` when long. */
export function textDirective(passage: string): string {
  const text = passage.replace(/\s+/g, ' ').trim();
  const words = text.split(' ');
  if (words.length > LONG_PASSAGE_WORDS) {
    const start = words.slice(0, EDGE_WORDS).join(' ');
    const end = words.slice(-EDGE_WORDS).join(' ');
    return `text=${encodeFragmentTerm(start)},${encodeFragmentTerm(end)}`;
  }
  const chars = Array.from(text);
  if (words.length === 1 && chars.length > LONG_PASSAGE_CHARS) {
    const start = chars.slice(0, EDGE_CHARS).join('');
    const end = chars.slice(-EDGE_CHARS).join('');
    return `text=${encodeFragmentTerm(start)},${encodeFragmentTerm(end)}`;
  }
  return `text=${encodeFragmentTerm(text)}`;
}

/** A URL that opens the article scrolled to the passage; the page URL's own fragment is dropped. */
export function passageUrl(url: string, passage: string): string {
  const base = url.split('#')[0];
  if (!passage.trim()) return base;
  return `${base}#:~:${textDirective(passage)}`;
}

// ---------------------------------------------------------------------------------------------
// Plain text

function who(q: Quote): string {
  if (!q.speaker) return q.anonymous ? t('citeUnnamed') : t('citeUnattributed');
  return q.role ? `${q.speaker}, ${q.role}` : q.speaker;
}

/** The engine's camp labels ("in favour", "against") in the reader's words, in running text. */
function sideLabel(side: string): string {
  const label = side === 'in favour' ? t('sideFor') : side === 'against' ? t('sideAgainst') : side;
  return label.toLocaleLowerCase(messagesLocale());
}

function source(d: Digest): string {
  return [d.siteName, formatDate(d.publishedTime)].filter(Boolean).join(', ');
}

/** The quote alone, in quotation marks, with who said it: `“<quote>” — <Speaker>, <role>` */
export function quoteText(q: Quote): string {
  return `“${q.text}” — ${who(q)}`;
}

/** `“<quote>” — <Speaker>, <role> (<Outlet>, <date>) <link to the passage>` */
export function citation(q: Quote, d: Digest): string {
  const src = source(d);
  const link = isWebUrl(d.url) ? passageUrl(d.url, q.text) : d.url;
  return `“${q.text}” — ${who(q)}${src ? ` (${src})` : ''} ${link}`.trim();
}

/**
 * A citation for any passage of the article (a selection): the speaker is given only when the
 * passage lies inside a quote the digest attributes; otherwise the article is the source.
 */
export function passageCitation(passage: string, d: Digest): string {
  const text = passage.replace(/\s+/g, ' ').trim();
  const q = quoteContaining(text, d);
  const src = source(d);
  const link = isWebUrl(d.url) ? passageUrl(d.url, text) : d.url;
  const by = q?.speaker ? ` — ${who(q)}` : '';
  return `“${text}”${by}${src ? ` (${src})` : ''} ${link}`.trim();
}

/** The digest's quote that contains the passage (or that the passage contains), if any. */
export function quoteContaining(passage: string, d: Digest): Quote | null {
  const p = normalizeForMatch(passage);
  if (!p) return null;
  for (const q of d.quotes) {
    const t = normalizeForMatch(q.text);
    if (t.includes(p) || (p.includes(t) && t.length >= 12)) return q;
  }
  return null;
}

/** Case, quotation marks, dashes and whitespace do not matter when matching a selection. */
function normalizeForMatch(s: string): string {
  return s
    .replace(/[“”„‟«»"″]/g, '')
    .replace(/[‘’‚‛‹›'′]/g, "'")
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function allQuotesText(d: Digest): string {
  return d.quotes.map((q) => citation(q, d)).join('\n\n');
}

// ---------------------------------------------------------------------------------------------
// Markdown

/** Backslash-escapes what CommonMark could read as syntax, so page text renders as itself. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\\`*_[\]<>|~#]/g, '\\$&')
    .replace(/^([+\-=]|\d+[.)])(?=\s|$)/gm, (m) => m.replace(/([+\-=.)])$/, '\\$1'))
    .replace(/\n/g, ' ');
}

/** A link destination CommonMark reads whole: spaces, parentheses and angle brackets encoded. */
function markdownUrl(url: string): string {
  return url.replace(/[ ()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function markdownLink(label: string, url: string): string {
  return isWebUrl(url) ? `[${escapeMarkdown(label)}](${markdownUrl(url)})` : escapeMarkdown(label);
}

function whoMarkdown(q: Quote): string {
  if (!q.speaker) return `_${q.anonymous ? t('citeUnnamed') : t('citeUnattributed')}_`;
  return `**${escapeMarkdown(q.speaker)}**${q.role ? `, ${escapeMarkdown(q.role)}` : ''}`;
}

/** A block quote with attribution and a link to the passage. */
export function quoteMarkdown(q: Quote, d: Digest): string {
  const src = source(d) || d.title || d.url;
  return `> “${escapeMarkdown(q.text)}”\n>\n> — ${whoMarkdown(q)}, ${markdownLink(src, passageUrl(d.url, q.text))}`;
}

/** "Export digest": the whole digest as a Markdown document, each quote linked to its passage. */
export function digestMarkdown(d: Digest): string {
  const lines: string[] = [`# ${escapeMarkdown(d.title || d.url)}`, ''];
  const src = [d.siteName, d.byline, formatDate(d.publishedTime)]
    .filter(Boolean)
    .map((s) => escapeMarkdown(s as string))
    .join(' · ');
  const link = isWebUrl(d.url) ? `<${markdownUrl(d.url)}>` : escapeMarkdown(d.url);
  lines.push(`${src ? `*${src}* · ` : ''}${t('minRead', d.readingMinutes)} · ${link}`, '');
  for (const n of d.notices) lines.push(`> ${escapeMarkdown(say(n))}`, '');
  lines.push(`## ${t('keyQuotes')}`, '');
  if (!d.quotes.length) lines.push(`_${t('noQuotes')}_`);
  for (const q of d.quotes) {
    lines.push(
      `- “${escapeMarkdown(q.text)}” — ${whoMarkdown(q)} (${markdownLink(t('sourceLink'), passageUrl(d.url, q.text))})`,
    );
  }
  lines.push('', `## ${t('stakeholders')}`, '');
  if (!d.stakeholders.length) lines.push(`_${t('noStakeholders')}_`);
  for (const s of d.stakeholders) {
    const bits = [
      t(`kind_${s.kind}`),
      s.role,
      tn('mentionCount', s.mentions),
      s.quoted ? t('quotedTimes', s.quoteCount) : t('notQuoted'),
    ];
    lines.push(
      `- **${escapeMarkdown(s.name)}**: ${bits
        .filter(Boolean)
        .map((b) => escapeMarkdown(b as string))
        .join(', ')}`,
    );
  }
  lines.push('', `## ${t('positions')}`, '');
  if (!d.positions.length) lines.push(`_${t('noPositions')}_`);
  for (const p of d.positions) {
    lines.push(
      `- **${escapeMarkdown(p.holder)}**${p.side ? ` (${escapeMarkdown(sideLabel(p.side))})` : ''}: ${escapeMarkdown(p.text)}`,
    );
    for (const e of p.evidence)
      lines.push(`  - > ${escapeMarkdown(e)} (${markdownLink(t('sourceLink'), passageUrl(d.url, e))})`);
  }
  const voices = voiceRows(d.quotes);
  if (voices.length) {
    lines.push('', `## ${t('voicesHeading')}`, '');
    for (const v of voices) lines.push(`- ${voiceLabel(v, escapeMarkdown)}`);
  }
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// HTML for the clipboard (text/html beside text/plain)

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);
}

function htmlLink(label: string, url: string): string {
  return isWebUrl(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>` : escapeHtml(label);
}

/** A quote as a <blockquote> whose footer names the speaker and links to the passage. */
export function quoteHtml(q: Quote, d: Digest): string {
  const speaker = q.speaker
    ? `<cite>${escapeHtml(q.speaker)}</cite>${q.role ? `, ${escapeHtml(q.role)}` : ''}`
    : escapeHtml(who(q));
  const src = source(d) || d.title || d.url;
  const cite = isWebUrl(d.url) ? ` cite="${escapeHtml(d.url)}"` : '';
  return `<blockquote${cite}><p>“${escapeHtml(q.text)}”</p><footer>— ${speaker}, ${htmlLink(src, passageUrl(d.url, q.text))}</footer></blockquote>`;
}

export function allQuotesHtml(d: Digest): string {
  return d.quotes.map((q) => quoteHtml(q, d)).join('\n');
}

/** Plain-text and HTML forms of one piece, for a ClipboardItem with both types. */
export interface ClipboardForms {
  text: string;
  html: string;
}

export function quoteClipboard(q: Quote, d: Digest): ClipboardForms {
  return { text: citation(q, d), html: quoteHtml(q, d) };
}

export function allQuotesClipboard(d: Digest): ClipboardForms {
  return { text: allQuotesText(d), html: allQuotesHtml(d) };
}

/** The file name for "Export digest": the title reduced to safe characters. */
export function exportFileName(d: Digest): string {
  const slug = (d.title || 'digest')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .toLowerCase();
  return `standpoint-${slug || 'digest'}.md`;
}

// ---------------------------------------------------------------------------------------------
// The terminal form (CLI)

/** "Elena Vasquez: 3 quotes, 47 words (22%)" */
function voiceLabel(v: VoiceRow, escape: (s: string) => string): string {
  const name =
    v.kind === 'anonymous'
      ? t('unnamedSources')
      : v.kind === 'unattributed'
        ? t('unattributedVoices')
        : escape(v.name ?? '');
  return `${name}: ${tn('quoteCount', v.quotes)}, ${tn('wordCount', v.words)} (${Math.round(v.share * 100)}%)`;
}

export function digestText(d: Digest): string {
  const out: string[] = [d.title || t('untitledPage')];
  const src = [d.siteName, d.byline, formatDate(d.publishedTime), t('minRead', d.readingMinutes)]
    .filter(Boolean)
    .join(' · ');
  out.push(src, d.url, '');
  for (const n of d.notices) out.push(`! ${say(n)}`);
  out.push(t('keyQuotes').toLocaleUpperCase());
  d.quotes.forEach((q, i) => out.push(`${String(i + 1).padStart(2)}. “${q.text}”`, `    — ${who(q)}`));
  out.push('', t('stakeholders').toLocaleUpperCase());
  for (const s of d.stakeholders) {
    const quoted = s.quoted ? `, ${t('quotedTimes', s.quoteCount)}` : '';
    out.push(
      `  ${s.name} (${t(`kind_${s.kind}`)}${s.role ? `, ${s.role}` : ''}) ${tn('mentionCount', s.mentions)}${quoted}`,
    );
  }
  out.push('', t('positions').toLocaleUpperCase());
  for (const p of d.positions) out.push(`  ${p.holder}${p.side ? ` (${sideLabel(p.side)})` : ''}: ${p.text}`);
  const voices = voiceRows(d.quotes);
  if (voices.length)
    out.push('', t('voicesHeading').toLocaleUpperCase(), ...voices.map((v) => `  ${voiceLabel(v, (x) => x)}`));
  out.push('', `extract ${d.timings.extractMs} ms · structure ${d.timings.structureMs} ms`);
  return out.join('\n') + '\n';
}
