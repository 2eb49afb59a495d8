// What the page says about the article (title, byline, outlet, date) in meta tags, JSON-LD and
// microdata, cleaned of the noise sites add: "By " prefixes, dates in the byline slot, the outlet
// name glued to the title, a domain where the outlet's name belongs.
import { collapseWhitespace } from '../paragraphs';

// Meta tags and JSON-LD are read many times per page: index them once per document.
const metaIndexes = new WeakMap<Document, Map<string, string>>();

function metaIndex(doc: Document): Map<string, string> {
  let index = metaIndexes.get(doc);
  if (index) return index;
  index = new Map();
  for (const el of doc.getElementsByTagName('meta')) {
    const value = el.getAttribute('content') ?? el.getAttribute('value');
    if (!value || !value.trim()) continue;
    const keys = [
      el.getAttribute('property'),
      el.getAttribute('name'),
      ...(el.getAttribute('itemprop') ?? '').split(/\s+/),
    ];
    for (const key of keys) {
      const k = key?.trim().toLowerCase();
      if (k && !index.has(k)) index.set(k, collapseWhitespace(value));
    }
  }
  metaIndexes.set(doc, index);
  return index;
}

/** The first of these meta keys (property, name or itemprop) that the page fills in. */
export function meta(doc: Document, ...keys: string[]): string | null {
  const index = metaIndex(doc);
  for (const key of keys) {
    const value = index.get(key.toLowerCase());
    if (value) return value;
  }
  return null;
}

type LdNode = Record<string, unknown>;

/** Every object of the page's JSON-LD, @graph and arrays flattened; broken blocks are skipped. */
const ldCache = new WeakMap<Document, LdNode[]>();

export function jsonLdNodes(doc: Document): LdNode[] {
  const cached = ldCache.get(doc);
  if (cached) return cached;
  const out: LdNode[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 6 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const node = v as LdNode;
    out.push(node);
    if (node['@graph']) visit(node['@graph'], depth + 1);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')), 0);
    } catch {
      // a page's broken JSON-LD is its own business
    }
  }
  ldCache.set(doc, out);
  return out;
}

const typesOf = (node: LdNode): string[] => {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
};
const ARTICLE_TYPE = /Article$|^BlogPosting$|^Report$|^LiveBlogPosting$/;
export const isArticleNode = (node: LdNode) => typesOf(node).some((t) => ARTICLE_TYPE.test(t));

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? collapseWhitespace(v) : null);

/** The publisher's name from JSON-LD, following an @id reference to its node when needed. */
function ldPublisher(nodes: LdNode[]): string | null {
  const byId = new Map(nodes.filter((n) => typeof n['@id'] === 'string').map((n) => [n['@id'] as string, n]));
  for (const node of nodes.filter(isArticleNode)) {
    for (const p of [node.publisher, node.sourceOrganization].flat()) {
      if (!p || typeof p !== 'object') continue;
      const ref = p as LdNode;
      const name = str(ref.name) ?? str(byId.get(ref['@id'] as string)?.name);
      if (name) return name;
    }
  }
  return null;
}

const SECOND_LEVEL = new Set(['com', 'co', 'net', 'org', 'gov', 'edu', 'ac', 'or', 'ne', 'go', 'gob', 'nic']);
/** The name part of the host: "www.lanacion.com.ar" → "lanacion", "edition.cnn.com" → "cnn". */
const hostLabel = (url: string): string | null => {
  try {
    const parts = new URL(url).hostname.split('.').filter(Boolean);
    if (parts.length < 2) return parts[0] || null;
    let i = parts.length - 2;
    if (i > 0 && SECOND_LEVEL.has(parts[i]) && parts[parts.length - 1].length === 2) i--;
    return parts[i];
  } catch {
    return null;
  }
};
const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const looksLikeDomain = (s: string) => /^(?:www\.)?[\w-]+(?:\.[\w-]+)+$/i.test(s.trim());

/** Whether a name plausibly names this site: the host's label read in order through its letters. */
function namesHost(name: string, label: string | null): boolean {
  if (!label) return false;
  const n = letters(name);
  const l = letters(label);
  if (!n || !l) return false;
  if (l.length >= 3 && n.includes(l)) return true;
  if (n.length >= Math.max(3, l.length * 0.6) && l.includes(n)) return true;
  let i = 0;
  for (const ch of n) if (ch === l[i]) i++;
  return i === l.length && n[0] === l[0];
}

export function siteNameOf(doc: Document, url: string, readabilitySiteName: string | null): string | null {
  const label = hostLabel(url);
  // Sources from the most to the least explicit, read only as far as needed.
  const sources: Array<() => Array<string | null | undefined>> = [
    () => [readabilitySiteName, meta(doc, 'og:site_name')],
    () => [ldPublisher(jsonLdNodes(doc))],
    () => {
      // a short application name that names the host (some sites set it to the page title)
      const appName = meta(doc, 'application-name', 'apple-mobile-web-app-title');
      return [appName && appName.split(' ').length <= 4 && namesHost(appName, label) ? appName : null];
    },
    () =>
      [
        ...doc.querySelectorAll(
          '[itemprop~="publisher"] [itemprop="name"], [itemprop~="isPartOf"] > [itemprop="name"]',
        ),
      ].map((el) => el.getAttribute('content') ?? el.textContent),
    () =>
      jsonLdNodes(doc)
        .filter((n) => typesOf(n).some((t) => /Organization$/.test(t)))
        .map((n) => str(n.name)),
  ];
  let first: string | null = null;
  for (const [i, source] of sources.entries()) {
    for (const raw of source()) {
      const c = raw ? collapseWhitespace(raw) : '';
      if (!c || c.length > 80) continue;
      first ??= c;
      // The outlet's own name beats its domain; names from the vaguer sources must name the host.
      if (!looksLikeDomain(c) && (i < 2 || namesHost(c, label))) return c;
    }
  }
  return first && looksLikeDomain(first) ? first.replace(/^www\./i, '') : first;
}

const BYLINE_PREFIX =
  /^(?:(?:written|reported|posted|story|text|words|analysis|opinion|photos?)\s+)?(?:by|par|por|von|di|door|av|de|от|текст|автор|автор:)\s*[:\-–—]?\s+/iu;
// Words a date or time is made of: a byline of only these is a dateline in the wrong slot.
const DATE_WORDS =
  /\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|(?:mon|tues|wednes|thurs|fri|satur|sun)day|[ap]\.?m\.?|at|on|updated|published|posted|modified|last|gmt|utc|[ecmp][sd]t|\d+(?:st|nd|rd|th)?)\b/gi;

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE_IN_BYLINE = new RegExp(
  `\\d{1,2}\\s*${MONTH},?\\s*\\d{4}|${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}`,
  'i',
);

/** "By Jane Doe, CNN" → "Jane Doe, CNN"; a date in the byline slot is no byline. */
export function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let s = collapseWhitespace(raw).replace(/^[\s|·•:,–—-]+|[\s|·•:,–—-]+$/g, '');
  s = s.replace(BYLINE_PREFIX, '');
  // a date glued after the name ("Jane Doe22 Dec 2016651"): the name ends where the date starts
  const date = DATE_IN_BYLINE.exec(s);
  if (date && date.index > 2) s = s.slice(0, date.index).replace(/[\s|·•:,–—-]+$/, '');
  if (!s || s.length > 150) return null;
  if (!/\p{L}{2}/u.test(s.replace(DATE_WORDS, ''))) return null;
  if (/^(?:https?:|www\.)/i.test(s)) return null;
  return s;
}

export function bylineOf(doc: Document, readabilityByline: string | null): string | null {
  const ldAuthors = jsonLdNodes(doc)
    .filter(isArticleNode)
    .flatMap((n) => [n.author].flat())
    .map((a) => (typeof a === 'string' ? a : a && typeof a === 'object' ? str((a as LdNode).name) : null))
    .filter((a): a is string => !!a);
  const candidates = [
    readabilityByline,
    meta(doc, 'author', 'article:author', 'byl', 'parsely-author', 'sailthru.author'),
    ldAuthors.join(', ') || null,
  ];
  for (const c of candidates) {
    const cleaned = cleanByline(c);
    if (cleaned) return cleaned;
  }
  return null;
}

const DATE_KEYS = [
  'article:published_time',
  'article:published',
  'og:published_time',
  'og:pubdate',
  'datePublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'pub_date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.created',
  'dc.date',
  'date',
];

export function isoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  // "20191118": a bare yyyymmdd
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  const t = compact ? Date.UTC(+compact[1], +compact[2] - 1, +compact[3]) : Date.parse(s);
  if (Number.isNaN(t)) return null;
  const year = new Date(t).getUTCFullYear();
  return year >= 1990 && year <= 2100 ? new Date(t).toISOString() : null;
}

export function publishedTimeOf(doc: Document, readabilityTime: string | null | undefined): string | null {
  const fromLd = jsonLdNodes(doc)
    .filter(isArticleNode)
    .map((n) => str(n.datePublished) ?? str(n.dateCreated));
  const timeEl = doc.querySelector(
    'time[itemprop~="datePublished"], time[pubdate], article time[datetime], time[datetime]',
  );
  for (const raw of [readabilityTime, ...fromLd, meta(doc, ...DATE_KEYS), timeEl?.getAttribute('datetime')]) {
    const iso = isoDate(raw);
    if (iso) return iso;
  }
  return null;
}

const TITLE_SEPARATOR = /\s+[|–—·:»-]\s+|\s*[_|]\s*/;

/** The headline, without the outlet's name or the author glued to either end of it. */
export function cleanTitle(title: string, siteName: string | null, byline: string | null, url: string): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  // "Headline_Channel_Site", as portals write it: one long part and several short ones
  if (parts.length >= 3) {
    const longest = parts.reduce((a, b) => (b.trim().length > a.trim().length ? b : a));
    const rest = parts.reduce((n, p) => n + p.trim().length, 0) - longest.trim().length;
    if (longest.trim().length >= 2 * rest && longest.trim().length >= 10) return longest.trim();
  }
  const label = hostLabel(url);
  const isNoise = (part: string) => {
    const p = letters(part);
    if (!p) return true;
    return (
      (siteName && (letters(siteName) === p || namesHost(part, letters(siteName)))) ||
      namesHost(part, label) ||
      (byline && letters(byline) === p)
    );
  };
  let start = 0;
  let end = parts.length;
  while (end - start > 1 && isNoise(parts[end - 1])) end--;
  while (end - start > 1 && isNoise(parts[start])) start++;
  if (start === 0 && end === parts.length) return title;
  // cut on the original string, so separators inside the kept part stay as they were
  const kept = parts.slice(start, end);
  const from = title.indexOf(kept[0]);
  const last = kept[kept.length - 1];
  const to = title.lastIndexOf(last) + last.length;
  const cut = title.slice(from, to).trim();
  return cut.length >= 10 ? cut : title;
}
