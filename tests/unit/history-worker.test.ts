// The worker keeps recent digests by URL + text: an unchanged article opened in another tab (or
// after a restart) is not structured again, a changed one is, and the setting can turn it off.
import { describe, expect, it } from 'vitest';
import { createDigestCache } from '../../entrypoints/background/cache';
import { digestTab, type TabAccess } from '../../entrypoints/background/digest-tab';
import { DigestHistory, memoryStore } from '../../lib/history';
import type { Article } from '../../lib/types';

const URL_A = 'https://news.example/ferry';
const article = (last: string): Article => ({
  url: URL_A,
  title: 'Ferry vote',
  byline: null,
  siteName: 'Gazette',
  publishedTime: null,
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  paragraphs: ['The council met on Tuesday.', `“We will not wait another winter,” said Mayor Mara Quist. ${last}`],
  readerable: true,
});

function tabsReading(a: () => Article): TabAccess {
  return {
    get: async () => ({ url: URL_A }),
    extract: async () => ({ ok: true, article: a(), notices: [], extractMs: 1 }),
    fileAccess: async () => false,
  };
}

describe('the digest history in the worker', () => {
  it('answers an unchanged article from the history, in any tab', async () => {
    const history = new DigestHistory(memoryStore());
    const tabs = tabsReading(() => article('End.'));
    const first = await digestTab({ tabId: 1 }, { tabs, cache: createDigestCache(null), history });
    const second = await digestTab({ tabId: 2 }, { tabs, cache: createDigestCache(null), history });
    expect(first).toMatchObject({ ok: true, cached: false });
    expect(second).toMatchObject({ ok: true, cached: true });
    expect((await history.list()).map((e) => e.url)).toEqual([URL_A]);
  });

  it('digests again when the article changed, and keeps only the new version', async () => {
    const history = new DigestHistory(memoryStore());
    let ending = 'End.';
    const tabs = tabsReading(() => article(ending));
    await digestTab({ tabId: 1 }, { tabs, cache: createDigestCache(null), history });
    ending = 'Update: the vote was moved.';
    const again = await digestTab({ tabId: 2 }, { tabs, cache: createDigestCache(null), history });
    expect(again).toMatchObject({ ok: true, cached: false });
    expect(await history.list()).toHaveLength(1);
  });

  it('keeps nothing when the user turned the history off', async () => {
    const history = new DigestHistory(memoryStore());
    await digestTab(
      { tabId: 1 },
      {
        tabs: tabsReading(() => article('End.')),
        cache: createDigestCache(null),
        history,
        keepHistory: async () => false,
      },
    );
    expect(await history.list()).toEqual([]);
  });
});
