// The worker's small reading features: the context menu's citation of a selection, its clicks,
// and the badge text.
import { describe, expect, it } from 'vitest';
import { badgeText } from '../../entrypoints/background/badge';
import {
  MENU_COPY_QUOTE,
  MENU_DIGEST,
  onMenuClick,
  selectionCitation,
  type MenuDeps,
} from '../../entrypoints/background/context-menu';
import type { DigestResponse } from '../../lib/messages';
import type { Digest } from '../../lib/types';

const digest: Digest = {
  title: 'Ferry vote',
  url: 'https://news.example/ferry',
  siteName: 'Harbour Gazette',
  byline: null,
  publishedTime: null,
  lang: 'en',
  dir: 'ltr',
  readerable: true,
  wordCount: 300,
  readingMinutes: 2,
  quotes: [
    {
      text: 'We will not wait another winter',
      speaker: 'Mara Quist',
      role: 'the mayor',
      cue: 'said',
      partial: false,
      anonymous: false,
      position: { paragraph: 0, start: 0, end: 31 },
      score: 1,
    },
  ],
  stakeholders: [],
  positions: [],
  voices: { anonymousShare: 0, unquoted: [] },
  notices: [],
  timings: { extractMs: 0, structureMs: 0 },
};
const ok: DigestResponse = { ok: true, digest, cached: true };

describe('copy as quote with citation', () => {
  it('names the speaker when the selection lies in a quote the digest attributes', () => {
    expect(selectionCitation('not wait another', { id: 1, url: digest.url }, ok)).toBe(
      '“not wait another” — Mara Quist, the mayor (Harbour Gazette) https://news.example/ferry#:~:text=not%20wait%20another',
    );
  });

  it('cites the page alone when there is no digest', () => {
    expect(
      selectionCitation(
        'Some  words',
        { id: 1, url: 'https://x.example/a', title: 'A page' },
        { ok: false, reason: 'restricted', note: { code: 'whyBrowserPage' } },
      ),
    ).toBe('“Some words” (A page) https://x.example/a#:~:text=Some%20words');
  });
});

describe('menu clicks', () => {
  function deps() {
    const calls: string[] = [];
    const d: MenuDeps = {
      digest: async (tabId) => (calls.push(`digest ${tabId}`), ok),
      show: async (tabId) => void calls.push(`show ${tabId}`),
      writeClipboard: async (tabId, text) => (calls.push(`copy ${tabId} ${text}`), true),
    };
    return { d, calls };
  }

  it('digests, then shows the digest', async () => {
    const { d, calls } = deps();
    await onMenuClick({ menuItemId: MENU_DIGEST }, { id: 4 }, d);
    expect(calls).toEqual(['digest 4', 'show 4']);
  });

  it('copies the selection with its citation', async () => {
    const { d, calls } = deps();
    await onMenuClick({ menuItemId: MENU_COPY_QUOTE, selectionText: 'another winter' }, { id: 4, url: digest.url }, d);
    expect(calls[1]).toMatch(/^copy 4 “another winter” — Mara Quist/);
  });

  it('does nothing without a tab or a selection', async () => {
    const { d, calls } = deps();
    await onMenuClick({ menuItemId: MENU_COPY_QUOTE, selectionText: '  ' }, { id: 4 }, d);
    await onMenuClick({ menuItemId: MENU_DIGEST }, undefined, d);
    expect(calls).toEqual([]);
  });
});

describe('badge', () => {
  it('shows the number of quotes, nothing without a digest', () => {
    expect(badgeText(digest)).toBe('1');
    expect(badgeText({ ...digest, quotes: Array(120).fill(digest.quotes[0]) })).toBe('99+');
    expect(badgeText(null)).toBe('');
  });
});
