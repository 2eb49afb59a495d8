// The service worker's digest handler, with the browser faked: which pages it refuses, how it
// reports tabs that close or move, when it answers from the cache, and what it passes on.
import { describe, expect, it } from 'vitest';
import { createDigestCache, type SessionArea } from '../../entrypoints/background/cache';
import { digestTab, singleFlight, type TabAccess } from '../../entrypoints/background/digest-tab';
import { failureOfInjectionError, restrictionOf } from '../../entrypoints/background/restricted';
import type { ExtractionOutcome } from '../../lib/messages';
import type { Article } from '../../lib/types';

const URL_A = 'https://news.example/2026/03/bridge-vote';

const article: Article = {
  url: URL_A,
  title: 'Town votes to rebuild the old bridge',
  byline: 'Sam Reyes',
  siteName: 'The Example Gazette',
  publishedTime: '2026-03-02T09:00:00.000Z',
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  paragraphs: [
    'The town council voted on Monday to rebuild the Mill Street bridge.',
    '“We cannot keep patching it,” said Mayor Ada Lindqvist.',
  ],
  readerable: true,
};

function fakeTabs(overrides: Partial<TabAccess> & { urls?: Array<string | undefined | null>; outcome?: unknown } = {}) {
  // `urls` is what tabs.get reports on each call in turn (null: the tab is gone)
  const urls = overrides.urls ?? [URL_A];
  let calls = 0;
  const injected: boolean[] = [];
  const tabs: TabAccess = {
    get: async () => {
      const url = urls[Math.min(calls++, urls.length - 1)];
      return url === null ? null : { url };
    },
    extract: async (_tabId, force) => {
      injected.push(force);
      return overrides.outcome ?? ({ ok: true, article, notices: [], extractMs: 3 } satisfies ExtractionOutcome);
    },
    fileAccess: async () => false,
    ...overrides,
  };
  return { tabs, injected };
}

describe('restrictionOf', () => {
  it.each([
    'chrome://settings',
    'edge://extensions',
    'about:blank',
    'view-source:https://news.example/',
    'chrome-extension://abc/popup.html',
    'https://chromewebstore.google.com/detail/xyz',
    'https://chrome.google.com/webstore/category/extensions',
    'https://addons.mozilla.org/en-US/firefox/',
  ])('refuses %s as a page the browser keeps to itself', (url) => {
    expect(restrictionOf(url)?.reason).toBe('restricted');
  });

  it('lets ordinary web pages through, including ones on Google', () => {
    expect(restrictionOf('https://news.example/story')).toBeNull();
    expect(restrictionOf('https://chrome.google.com/other')).toBeNull();
    expect(restrictionOf('http://127.0.0.1:8080/article.html')).toBeNull();
  });

  it('asks for file access before reading local files', () => {
    expect(restrictionOf('file:///home/me/page.html')?.note).toEqual({ code: 'whyFileAccess' });
    expect(restrictionOf('file:///home/me/page.html', { fileAccess: true })).toBeNull();
  });

  it('says a PDF is not a web page', () => {
    expect(restrictionOf('https://news.example/report.pdf')).toMatchObject({
      reason: 'unsupported',
      note: { code: 'whyPdf' },
    });
  });

  it('leaves a URL the browser hides to the injection', () => {
    expect(restrictionOf(undefined)).toBeNull();
  });
});

describe('failureOfInjectionError', () => {
  it.each([
    ['Cannot access a chrome:// URL', 'restricted'],
    ['The extensions gallery cannot be scripted.', 'restricted'],
    [
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      'restricted',
    ],
    ['No tab with id: 42.', 'tab-gone'],
    ['Frame with ID 0 was removed.', 'navigated'],
    ['Frame with ID 0 is showing error page', 'restricted'],
    ['Something nobody expected', 'injection-failed'],
  ])('turns "%s" into %s', (text, reason) => {
    expect(failureOfInjectionError(new Error(text)).reason).toBe(reason);
  });
});

describe('digestTab', () => {
  it('digests the page and caches the digest', async () => {
    const { tabs, injected } = fakeTabs();
    const cache = createDigestCache(null);
    const response = await digestTab({ tabId: 7 }, { tabs, cache });
    expect(response).toMatchObject({ ok: true, cached: false, digest: { title: article.title, url: URL_A } });
    expect(injected).toEqual([false]);
    expect(response.ok && response.digest.timings.extractMs).toBe(3);
    expect(await cache.get(7, URL_A)).not.toBeNull();
  });

  it('answers a second request for the same page from the cache, without reading it again', async () => {
    const { tabs, injected } = fakeTabs();
    const cache = createDigestCache(null);
    await digestTab({ tabId: 7 }, { tabs, cache });
    const again = await digestTab({ tabId: 7 }, { tabs, cache });
    expect(again).toMatchObject({ ok: true, cached: true });
    expect(injected).toHaveLength(1);
  });

  it('reads the page again when asked for a fresh digest or when the URL changed', async () => {
    const cache = createDigestCache(null);
    await digestTab({ tabId: 7 }, { tabs: fakeTabs().tabs, cache });
    expect(await digestTab({ tabId: 7, fresh: true }, { tabs: fakeTabs().tabs, cache })).toMatchObject({
      cached: false,
    });
    const other = fakeTabs({ urls: ['https://news.example/another-story'] });
    expect(await digestTab({ tabId: 7 }, { tabs: other.tabs, cache })).toMatchObject({ cached: false });
  });

  it('refuses a restricted page without injecting anything', async () => {
    const { tabs, injected } = fakeTabs({ urls: ['chrome://newtab/'] });
    expect(await digestTab({ tabId: 1 }, { tabs, cache: createDigestCache(null) })).toMatchObject({
      ok: false,
      reason: 'restricted',
    });
    expect(injected).toEqual([]);
  });

  it('offers "digest anyway" for a non-article, and not again once forced', async () => {
    const outcome: ExtractionOutcome = {
      ok: false,
      reason: 'not-article',
      note: { code: 'whyIndex' },
      canForce: true,
      extractMs: 1,
    };
    const first = await digestTab({ tabId: 1 }, { tabs: fakeTabs({ outcome }).tabs, cache: createDigestCache(null) });
    expect(first).toEqual({ ok: false, reason: 'not-article', note: { code: 'whyIndex' }, canForce: true });
    const forced = fakeTabs({ outcome: { ...outcome, reason: 'empty' } });
    const second = await digestTab({ tabId: 1, force: true }, { tabs: forced.tabs, cache: createDigestCache(null) });
    expect(second).toEqual({ ok: false, reason: 'empty', note: { code: 'whyIndex' } });
    expect(forced.injected).toEqual([true]);
  });

  it('says the tab is gone when it closed before or during the read', async () => {
    const cache = createDigestCache(null);
    expect(await digestTab({ tabId: 1 }, { tabs: fakeTabs({ urls: [null] }).tabs, cache })).toMatchObject({
      reason: 'tab-gone',
    });
    const closing = fakeTabs({
      urls: [URL_A, null],
      extract: async () => Promise.reject(new Error('Frame with ID 0 was removed.')),
    });
    expect(await digestTab({ tabId: 1 }, { tabs: closing.tabs, cache })).toMatchObject({ reason: 'tab-gone' });
  });

  it('says the page changed when the tab navigated while it was read', async () => {
    const { tabs } = fakeTabs({ urls: [URL_A, 'https://news.example/elsewhere'] });
    const cache = createDigestCache(null);
    expect(await digestTab({ tabId: 1 }, { tabs, cache })).toMatchObject({ ok: false, reason: 'navigated' });
    expect(await cache.get(1, 'https://news.example/elsewhere')).toBeNull();
  });

  it('does not count a change of #fragment as navigation', async () => {
    const { tabs } = fakeTabs({ urls: [URL_A, `${URL_A}#comments`] });
    expect(await digestTab({ tabId: 1 }, { tabs, cache: createDigestCache(null) })).toMatchObject({ ok: true });
  });

  it('gives up on a page that never answers', async () => {
    const { tabs } = fakeTabs({ extract: () => new Promise(() => undefined) });
    expect(await digestTab({ tabId: 1 }, { tabs, cache: createDigestCache(null), timeoutMs: 20 })).toMatchObject({
      reason: 'timeout',
    });
  });

  it('rejects an answer that is not an extraction outcome', async () => {
    const { tabs } = fakeTabs({ outcome: 'hello' });
    expect(await digestTab({ tabId: 1 }, { tabs, cache: createDigestCache(null) })).toMatchObject({
      reason: 'injection-failed',
    });
  });

  it('turns an unexpected throw into an internal failure with a message', async () => {
    const { tabs } = fakeTabs({ get: async () => Promise.reject(new Error('boom')) });
    expect(await digestTab({ tabId: 1 }, { tabs, cache: createDigestCache(null) })).toMatchObject({
      reason: 'internal',
      note: { code: 'whyInternal', params: { detail: 'boom' } },
    });
  });
});

describe('createDigestCache', () => {
  function fakeSession(): SessionArea & { data: Record<string, unknown> } {
    const data: Record<string, unknown> = {};
    return {
      data,
      get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
      set: async (items) => void Object.assign(data, structuredClone(items)),
      remove: async (key) => void delete data[key],
    };
  }

  it('keeps one digest per tab in session storage, and forgets it when the tab closes', async () => {
    const session = fakeSession();
    const cache = createDigestCache(session);
    const digest = { title: 'T' } as never;
    await cache.set(3, URL_A, digest);
    expect(Object.keys(session.data)).toEqual(['digest:3']);
    // a restarted worker has a new cache over the same storage
    expect(await createDigestCache(session).get(3, `${URL_A}#top`)).toEqual(digest);
    await cache.forget(3);
    expect(session.data).toEqual({});
  });

  it('falls back to memory when session storage fails', async () => {
    const broken: SessionArea = {
      get: () => Promise.reject(new Error('no')),
      set: () => Promise.reject(new Error('quota')),
      remove: () => Promise.reject(new Error('no')),
    };
    const cache = createDigestCache(broken);
    await cache.set(3, URL_A, { title: 'T' } as never);
    expect(await cache.get(3, URL_A)).toEqual({ title: 'T' });
  });
});

describe('singleFlight', () => {
  it('joins a read of the same tab that is still running, and starts afresh once it ended', async () => {
    const { tabs, injected } = fakeTabs();
    const digest = singleFlight((request) => digestTab(request, { tabs, cache: createDigestCache(null) }));
    const [a, b] = await Promise.all([digest({ tabId: 2 }), digest({ tabId: 2 })]);
    expect(a).toBe(b);
    expect(injected).toHaveLength(1);
    await digest({ tabId: 2 });
    expect(injected).toHaveLength(2);
  });

  it('keeps reads of different tabs, or a forced read, apart', async () => {
    const { tabs, injected } = fakeTabs();
    const digest = singleFlight((request) => digestTab(request, { tabs, cache: createDigestCache(null) }));
    await Promise.all([digest({ tabId: 2 }), digest({ tabId: 3 }), digest({ tabId: 2, force: true })]);
    expect([...injected].sort()).toEqual([false, false, true]);
  });
});
