// What a cold worker does to answer sooner: it warms the engine up on its own small stories while
// the tab is read, tells the popup the header and key quotes before the rest, and answers before
// it writes the cache.
import { describe, expect, it, vi } from 'vitest';
import type { DigestCache } from '../../entrypoints/background/cache';
import { digestTab, type TabAccess } from '../../entrypoints/background/digest-tab';
import { WARM_UP_STORIES, warmUpWhile, warmedUp } from '../../entrypoints/background/warm-up';
import { buildDigest } from '../../lib/digest';
import type { DigestResponse, ExtractionOutcome } from '../../lib/messages';
import type { Article } from '../../lib/types';

const later = (turns: number) =>
  new Promise<void>((done) => {
    const step = (n: number) => (n ? setTimeout(() => step(n - 1), 0) : done());
    step(turns);
  });

describe('the warm-up stories', () => {
  it('take the engine through quotes with named speakers, in English and the other languages it reads', () => {
    const english = WARM_UP_STORIES.filter((s) => s.lang === 'en').map((s) => buildDigest(s));
    expect(english.every((d) => d.quotes.some((q) => q.speaker))).toBe(true);
    expect(new Set(WARM_UP_STORIES.map((s) => s.lang))).toEqual(new Set(['en', 'fr', 'es', 'de', 'zh']));
  });
});

describe('warmUpWhile', () => {
  it('runs stories between the tasks of the page read, and stops once the page is read', async () => {
    const ran: string[] = [];
    const reading = later(3).then(() => 'the article');
    const result = warmUpWhile(reading, (a) => ran.push(a.title));
    expect(ran).toEqual([]); // nothing runs before the read is under way
    expect(await result).toBe('the article');
    const count = ran.length;
    await later(5);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(WARM_UP_STORIES.length);
    expect(ran.length).toBe(count);
  });

  it('never lets a failing story stand between the reader and the digest', async () => {
    const reading = later(2).then(() => 42);
    expect(
      await warmUpWhile(reading, () => {
        throw new Error('boom');
      }),
    ).toBe(42);
  });

  it('runs each story as a background task where the browser has a scheduler: the page read is heard first', async () => {
    vi.resetModules();
    const fresh = await import('../../entrypoints/background/warm-up');
    const priorities: string[] = [];
    const scheduler = {
      postTask: (task: () => void, options: { priority: string }) => {
        priorities.push(options.priority);
        return new Promise<void>((done) => setTimeout(() => done(task()), 0));
      },
    };
    (globalThis as { scheduler?: unknown }).scheduler = scheduler;
    try {
      const ran: string[] = [];
      await fresh.warmUpWhile(later(3), (a) => ran.push(a.title));
      expect(ran.length).toBeGreaterThan(0);
      expect(new Set(priorities)).toEqual(new Set(['background']));
    } finally {
      delete (globalThis as { scheduler?: unknown }).scheduler;
    }
  });

  it('warms a worker up once: after every story has run, a read runs none', async () => {
    await warmUpWhile(later(WARM_UP_STORIES.length * 3), () => undefined);
    expect(warmedUp()).toBe(true);
    const ran: unknown[] = [];
    await warmUpWhile(later(3), (a) => ran.push(a));
    expect(ran).toEqual([]);
  });
});

const article: Article = {
  url: 'https://coast.example/ferry',
  title: 'Ferry fares rise on the island route',
  byline: 'Lena Park',
  siteName: 'Coast Courier',
  publishedTime: null,
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  paragraphs: [
    'Ferry fares rise by a fifth next month, the island council said on Monday.',
    '“Islanders should not pay for the mainland’s mistakes,” said Rui Costa, a ferry captain.',
  ],
  readerable: true,
};

const tabs: TabAccess = {
  get: async () => ({ url: article.url }),
  extract: async () => ({ ok: true, article, notices: [], extractMs: 5 }) satisfies ExtractionOutcome,
  fileAccess: async () => false,
};

describe('digestTab, step by step', () => {
  it('tells the header, then the key quotes, then answers, and only then writes the cache', async () => {
    const events: string[] = [];
    let early: unknown;
    let answered: DigestResponse | undefined;
    let release!: () => void;
    const cache: DigestCache = {
      get: async () => null,
      set: () => {
        events.push('cache');
        return new Promise<void>((done) => (release = done));
      },
      forget: async () => undefined,
    };
    const done = digestTab(
      { tabId: 3 },
      {
        tabs,
        cache,
        onEarly: (stage, part) => {
          events.push(stage);
          if (stage === 'quotes') early = part;
        },
        onAnswer: (response) => {
          events.push('answer');
          answered = response;
        },
      },
    );
    await later(2);
    expect(events).toEqual(['header', 'quotes', 'answer', 'cache']);
    release();
    const response = await done;
    expect(response).toBe(answered);
    if (!response.ok) throw new Error('expected a digest');
    expect(early).toMatchObject({ title: article.title, siteName: 'Coast Courier', quotes: response.digest.quotes });
  });

  it('gives the same digest whether or not anyone listens for its early parts', async () => {
    const plain = buildDigest(article);
    const told = buildDigest(article, { onQuotes: () => undefined });
    expect({ ...told, timings: null }).toEqual({ ...plain, timings: null });
  });
});
