// Recent digests, kept on this device only. Each digest is cached under its page URL plus a hash
// of the article's text, so reopening the popup on an unchanged article is instant, and an edited
// article is digested afresh. The list is capped by count and by size; the oldest go first.
//
// The storage is passed in (browser.storage.local has exactly this shape), so this module stays
// pure and its tests use a Map.
import type { Article, Digest } from './types';

/** The subset of `browser.storage.local` the history needs. */
export interface KeyValueStore {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** What the history list shows without loading the digest itself. */
export interface HistoryEntry {
  /** Cache key: normalized URL + '#' + content hash. */
  key: string;
  url: string;
  title: string;
  siteName: string | null;
  /** Epoch milliseconds of the last time this digest was saved or reopened. */
  savedAt: number;
  quoteCount: number;
  /** Size of the stored digest, in characters of JSON. */
  size: number;
}

export interface HistoryLimits {
  maxEntries: number;
  /** Characters of JSON all stored digests may take together (storage.local allows ~10 MB). */
  maxTotalSize: number;
}

export const DEFAULT_LIMITS: HistoryLimits = { maxEntries: 50, maxTotalSize: 3_000_000 };

const INDEX_KEY = 'history:index';
const DIGEST_PREFIX = 'history:digest:';

/** 53-bit string hash (cyrb53), as hex: enough to tell two versions of one article apart. */
export function hashText(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** The hash of what the digest is built from: the title and the paragraphs. */
export function articleHash(article: Pick<Article, 'title' | 'paragraphs'>): string {
  return hashText([article.title, ...article.paragraphs].join('\n'));
}

const TRACKING_PARAM = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$/i;

/** One page, one URL: the fragment and tracking parameters do not make a different article. */
export function normalizeUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const name of [...u.searchParams.keys()]) if (TRACKING_PARAM.test(name)) u.searchParams.delete(name);
    return u.toString();
  } catch {
    return url.split('#')[0];
  }
}

export function cacheKey(url: string, hash: string): string {
  return `${normalizeUrl(url)}#${hash}`;
}

/**
 * Puts an entry first (replacing any entry with the same key, and older versions of the same
 * URL), then drops the oldest entries beyond the limits. Pure: returns the new index and the
 * keys whose digests must be deleted.
 */
export function addToIndex(
  index: HistoryEntry[],
  entry: HistoryEntry,
  limits: HistoryLimits = DEFAULT_LIMITS,
): { index: HistoryEntry[]; evicted: string[] } {
  const url = normalizeUrl(entry.url);
  const evicted: string[] = [];
  const rest: HistoryEntry[] = [];
  for (const e of index) {
    if (e.key === entry.key) continue;
    if (normalizeUrl(e.url) === url) evicted.push(e.key);
    else rest.push(e);
  }
  const next = [entry, ...rest.sort((a, b) => b.savedAt - a.savedAt)];
  let total = 0;
  const kept: HistoryEntry[] = [];
  for (const e of next) {
    // The newest entry is always kept, even when it alone is over the size budget.
    if (kept.length && (kept.length >= limits.maxEntries || total + e.size > limits.maxTotalSize)) evicted.push(e.key);
    else {
      kept.push(e);
      total += e.size;
    }
  }
  return { index: kept, evicted };
}

function isEntry(x: unknown): x is HistoryEntry {
  const e = x as HistoryEntry;
  return !!e && typeof e.key === 'string' && typeof e.url === 'string' && typeof e.savedAt === 'number';
}

/** A digest this version can show: older versions stored notices as English sentences, not codes
 * (such a digest is made afresh, as if it had not been kept). */
function isDigest(x: unknown): x is Digest {
  const d = x as Digest;
  if (
    !d ||
    typeof d.url !== 'string' ||
    !Array.isArray(d.quotes) ||
    !Array.isArray(d.stakeholders) ||
    !Array.isArray(d.positions)
  )
    return false;
  return (
    Array.isArray(d.notices) &&
    d.notices.every((n) => typeof n === 'object' && n !== null && typeof n.code === 'string')
  );
}

export class DigestHistory {
  /** Writes are chained so two saves never interleave their read-modify-write of the index. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: KeyValueStore,
    private readonly limits: HistoryLimits = DEFAULT_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Newest first. A damaged index reads as empty rather than failing the popup. */
  async list(): Promise<HistoryEntry[]> {
    const got = await this.store.get(INDEX_KEY);
    const index = got[INDEX_KEY];
    return Array.isArray(index) ? index.filter(isEntry) : [];
  }

  /** The digest cached for exactly this article text, or null. */
  async lookup(url: string, hash: string): Promise<Digest | null> {
    return this.load(cacheKey(url, hash));
  }

  /** The newest digest of this URL whatever its text, to show while the page is read again. */
  async latestFor(url: string): Promise<{ digest: Digest; entry: HistoryEntry } | null> {
    const u = normalizeUrl(url);
    const entry = (await this.list()).find((e) => normalizeUrl(e.url) === u);
    if (!entry) return null;
    const digest = await this.load(entry.key);
    return digest ? { digest, entry } : null;
  }

  async load(key: string): Promise<Digest | null> {
    const got = await this.store.get(DIGEST_PREFIX + key);
    const d = got[DIGEST_PREFIX + key];
    return isDigest(d) ? d : null;
  }

  async save(url: string, hash: string, digest: Digest): Promise<HistoryEntry> {
    return this.serial(async () => {
      const key = cacheKey(url, hash);
      const entry: HistoryEntry = {
        key,
        url: normalizeUrl(url),
        title: digest.title,
        siteName: digest.siteName,
        savedAt: this.now(),
        quoteCount: digest.quotes.length,
        size: JSON.stringify(digest).length,
      };
      const { index, evicted } = addToIndex(await this.list(), entry, this.limits);
      await this.store.set({ [DIGEST_PREFIX + key]: digest, [INDEX_KEY]: index });
      const gone = evicted.filter((k) => k !== key).map((k) => DIGEST_PREFIX + k);
      if (gone.length) await this.store.remove(gone);
      return entry;
    });
  }

  async remove(key: string): Promise<void> {
    return this.serial(async () => {
      const index = (await this.list()).filter((e) => e.key !== key);
      await this.store.set({ [INDEX_KEY]: index });
      await this.store.remove(DIGEST_PREFIX + key);
    });
  }

  async clear(): Promise<void> {
    return this.serial(async () => {
      const keys = (await this.list()).map((e) => DIGEST_PREFIX + e.key);
      await this.store.remove([INDEX_KEY, ...keys]);
    });
  }
}

/** An in-memory store with the storage.local shape: for tests and for private windows. */
export function memoryStore(map = new Map<string, unknown>()): KeyValueStore & { map: Map<string, unknown> } {
  const keysOf = (k: string | string[]) => (Array.isArray(k) ? k : [k]);
  return {
    map,
    async get(keys) {
      const out: Record<string, unknown> = {};
      for (const k of keysOf(keys)) if (map.has(k)) out[k] = structuredClone(map.get(k));
      return out;
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) map.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of keysOf(keys)) map.delete(k);
    },
  };
}
