import { describe, expect, it } from 'vitest';
import {
  addToIndex,
  articleHash,
  cacheKey,
  DigestHistory,
  hashText,
  memoryStore,
  normalizeUrl,
  type HistoryEntry,
} from '../../lib/history';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isShortQuote, parseSettings, DEFAULT_SETTINGS } from '../../lib/settings';
import { changeSettings, readSettings } from '../../platform/settings';
import type { Digest } from '../../lib/types';

function digest(url: string, title = 'Bridge reopens', quotes = 1): Digest {
  return {
    title,
    url,
    siteName: 'Valley Post',
    byline: null,
    publishedTime: null,
    lang: 'en',
    dir: 'ltr',
    readerable: true,
    wordCount: 100,
    readingMinutes: 1,
    quotes: Array.from({ length: quotes }, (_, i) => ({
      text: `Quote number ${i}`,
      speaker: null,
      role: null,
      cue: null,
      partial: false,
      anonymous: false,
      position: { paragraph: 0, start: 0, end: 1 },
      score: 1,
    })),
    stakeholders: [],
    positions: [],
    voices: { anonymousShare: 0, unquoted: [] },
    notices: [],
    timings: { extractMs: 0, structureMs: 0 },
  };
}

function entry(key: string, savedAt: number, size = 10, url = `https://e.example/${key}`): HistoryEntry {
  return { key, url, title: key, siteName: null, savedAt, quoteCount: 0, size };
}

describe('cache keys', () => {
  it('tells two versions of an article apart and is stable for one', () => {
    const a = { title: 'T', paragraphs: ['One.', 'Two.'] };
    expect(articleHash(a)).toBe(articleHash({ ...a }));
    expect(articleHash(a)).not.toBe(articleHash({ title: 'T', paragraphs: ['One.', 'Two!'] }));
    expect(hashText('')).toMatch(/^[0-9a-f]{14}$/);
  });

  it('ignores the fragment and tracking parameters of the URL', () => {
    expect(normalizeUrl('https://e.example/a?id=3&utm_source=x&fbclid=y#para2')).toBe('https://e.example/a?id=3');
    expect(cacheKey('https://e.example/a#x', 'abc')).toBe('https://e.example/a#abc');
  });
});

describe('the capped index', () => {
  it('puts the newest first and evicts beyond the entry cap', () => {
    const index = [entry('b', 2), entry('a', 1)];
    const { index: next, evicted } = addToIndex(index, entry('c', 3), { maxEntries: 2, maxTotalSize: 1e9 });
    expect(next.map((e) => e.key)).toEqual(['c', 'b']);
    expect(evicted).toEqual(['a']);
  });

  it('evicts the oldest when over the size budget but always keeps the newest', () => {
    const index = [entry('b', 2, 40), entry('a', 1, 40)];
    expect(addToIndex(index, entry('c', 3, 40), { maxEntries: 50, maxTotalSize: 100 }).evicted).toEqual(['a']);
    expect(addToIndex([], entry('huge', 1, 500), { maxEntries: 50, maxTotalSize: 100 }).index).toHaveLength(1);
  });

  it('keeps one entry per URL: a new version replaces the old one', () => {
    const old = entry('u#1', 1, 10, 'https://e.example/u');
    const { index, evicted } = addToIndex([old], entry('u#2', 2, 10, 'https://e.example/u#frag'));
    expect(index.map((e) => e.key)).toEqual(['u#2']);
    expect(evicted).toEqual(['u#1']);
  });
});

describe('DigestHistory', () => {
  it('reopens a cached digest for the same URL and text, and misses when the text changed', async () => {
    const h = new DigestHistory(memoryStore());
    const d = digest('https://e.example/bridge');
    await h.save(d.url, 'h1', d);
    expect(await h.lookup('https://e.example/bridge#top', 'h1')).toEqual(d);
    expect(await h.lookup(d.url, 'h2')).toBeNull();
    expect((await h.latestFor(d.url))?.digest).toEqual(d);
  });

  it('lists newest first with title, outlet and quote count', async () => {
    let t = 0;
    const h = new DigestHistory(memoryStore(), undefined, () => ++t);
    await h.save('https://e.example/1', 'x', digest('https://e.example/1', 'First', 2));
    await h.save('https://e.example/2', 'x', digest('https://e.example/2', 'Second', 0));
    const list = await h.list();
    expect(list.map((e) => [e.title, e.quoteCount, e.siteName])).toEqual([
      ['Second', 0, 'Valley Post'],
      ['First', 2, 'Valley Post'],
    ]);
  });

  it('deletes evicted digests from storage, not only from the list', async () => {
    const store = memoryStore();
    const h = new DigestHistory(store, { maxEntries: 2, maxTotalSize: 1e9 });
    for (const n of [1, 2, 3]) await h.save(`https://e.example/${n}`, 'x', digest(`https://e.example/${n}`));
    expect((await h.list()).length).toBe(2);
    expect([...store.map.keys()].filter((k) => k.startsWith('history:digest:'))).toHaveLength(2);
    expect(await h.lookup('https://e.example/1', 'x')).toBeNull();
  });

  it('does not lose entries when saves overlap', async () => {
    const h = new DigestHistory(memoryStore());
    await Promise.all([1, 2, 3, 4].map((n) => h.save(`https://e.example/${n}`, 'x', digest(`https://e.example/${n}`))));
    expect((await h.list()).length).toBe(4);
  });

  it('removes one entry and clears everything', async () => {
    const store = memoryStore();
    const h = new DigestHistory(store);
    const a = await h.save('https://e.example/a', 'x', digest('https://e.example/a'));
    await h.save('https://e.example/b', 'x', digest('https://e.example/b'));
    await h.remove(a.key);
    expect((await h.list()).map((e) => e.url)).toEqual(['https://e.example/b']);
    await h.clear();
    expect(await h.list()).toEqual([]);
    expect(store.map.size).toBe(0);
  });

  it('reads a damaged store as empty instead of failing', async () => {
    const store = memoryStore(
      new Map<string, unknown>([
        ['history:index', 'oops'],
        ['history:digest:k', { nope: 1 }],
      ]),
    );
    const h = new DigestHistory(store);
    expect(await h.list()).toEqual([]);
    expect(await h.load('k')).toBeNull();
  });
});

describe('settings', () => {
  it('falls back to defaults for missing or mistyped values', async () => {
    expect(parseSettings({ showShortQuotes: 'no', keepHistory: false })).toEqual({
      ...DEFAULT_SETTINGS,
      keepHistory: false,
    });
  });

  it('keeps them in storage.local under "settings", one change at a time', async () => {
    fakeBrowser.reset();
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    await changeSettings({ showShortQuotes: false });
    await changeSettings({ keepHistory: false });
    expect(await readSettings()).toEqual({ showShortQuotes: false, keepHistory: false });
    // where earlier versions kept them, so nobody's choice is lost on update
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({
      settings: { showShortQuotes: false, keepHistory: false },
    });
  });

  it('reads a damaged stored value as the defaults', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ settings: { showShortQuotes: 'yes', keepHistory: 0 } });
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('calls a quote short under four words', () => {
    expect(isShortQuote('a disaster')).toBe(true);
    expect(isShortQuote('we will rebuild it together')).toBe(false);
    expect(isShortQuote('灾难')).toBe(true);
  });
});
