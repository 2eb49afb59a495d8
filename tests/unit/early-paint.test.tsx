// The popup paints what the worker already knows while the digest is made: the header first,
// then the key quotes, and the rest arrives below them without moving what is already painted.
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../components/App';
import type { DigestResponse } from '../../lib/messages';
import { earlyDigestMessage, type EarlyDigestMessage } from '../../lib/popup-port';
import type { Digest } from '../../lib/types';

let root: HTMLElement;

beforeEach(() => {
  const { window, document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  Object.assign(globalThis, { window, document, Event: window.Event });
  root = document.getElementById('app') as unknown as HTMLElement;
});

afterEach(() => {
  act(() => render(null, root));
});

const digest: Digest = {
  title: 'Ferry fares rise on the island route',
  url: 'https://coast.example/ferry',
  siteName: 'Coast Courier',
  byline: 'Lena Park',
  publishedTime: null,
  lang: 'en',
  dir: 'ltr',
  readerable: true,
  wordCount: 460,
  readingMinutes: 2,
  quotes: [
    {
      text: 'Islanders should not pay for the mainland’s mistakes',
      speaker: 'Rui Costa',
      role: 'a ferry captain',
      cue: 'said',
      partial: false,
      anonymous: false,
      position: { paragraph: 2, start: 1, end: 52 },
      score: 2,
    },
  ],
  stakeholders: [
    {
      name: 'Rui Costa',
      aliases: ['Costa'],
      kind: 'person',
      role: 'a ferry captain',
      mentions: 3,
      quoted: true,
      quoteCount: 1,
      quotedWords: 8,
      central: true,
    },
  ],
  positions: [],
  voices: { anonymousShare: 0, unquoted: [] },
  notices: [],
  timings: { extractMs: 30, structureMs: 9 },
};

const { stakeholders: _s, positions: _p, voices: _v, timings: _t, ...early } = digest;
const header = earlyDigestMessage(5, 'header', { ...early, quotes: [] });
const quotes = earlyDigestMessage(5, 'quotes', early);

/** A popup whose worker answers when the test says so, and posts early parts when it says so. */
function popup() {
  let answer!: (response: DigestResponse) => void;
  const firstAnswer = new Promise<DigestResponse>((resolve) => (answer = resolve));
  let listener: ((message: EarlyDigestMessage) => void) | null = null;
  const asked: unknown[] = [];
  act(() =>
    render(
      <App
        tabId={5}
        requestDigest={async (request) => {
          asked.push(request);
          return { ok: true, digest, cached: false };
        }}
        firstAnswer={firstAnswer}
        watchEarly={(l) => {
          listener = l;
          return () => (listener = null);
        }}
        copy={async () => undefined}
      />,
      root,
    ),
  );
  return {
    asked,
    post: (message: EarlyDigestMessage) => act(() => listener?.(message)),
    answer: async (response: DigestResponse) => {
      await act(async () => {
        answer(response);
        await new Promise((done) => setTimeout(done, 0));
      });
    },
  };
}

describe('the popup paints a digest as it is made', () => {
  it('shows the title and outlet as soon as the header is posted, with room kept for the quotes', () => {
    const p = popup();
    p.post(header);
    expect(root.querySelector('h1')?.textContent).toBe('Ferry fares rise on the island route');
    expect(root.textContent).toContain('Coast Courier');
    expect(root.querySelectorAll('.skeleton-quote').length).toBe(3);
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
  });

  it('shows the key quotes before stakeholders and positions, and keeps the same quote in place when they come', async () => {
    const p = popup();
    p.post(header);
    p.post(quotes);
    const first = root.querySelector('.quote');
    expect(first?.textContent).toContain('Islanders should not pay');
    expect(root.querySelector('.skeleton-rest')).not.toBeNull();
    await p.answer({ ok: true, digest, cached: false });
    expect(root.querySelector('.skeleton-rest')).toBeNull();
    expect(root.querySelector('.quote')).toBe(first);
    expect(root.textContent).toContain('Rui Costa');
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('false');
  });

  it('never goes back from the quotes to the header alone', () => {
    const p = popup();
    p.post(quotes);
    p.post(header);
    expect(root.querySelector('.quote')).not.toBeNull();
  });

  it('takes the answer to the request made before it rendered, without asking again', async () => {
    const p = popup();
    await p.answer({ ok: true, digest, cached: false });
    expect(p.asked).toEqual([]);
    expect(root.querySelector('h1')?.textContent).toBe('Ferry fares rise on the island route');
  });

  it('ignores an early part that arrives after the digest', async () => {
    const p = popup();
    await p.answer({ ok: false, reason: 'not-article', note: { code: 'whyNotNews' }, canForce: true });
    p.post(quotes);
    expect(root.querySelector('.quote')).toBeNull();
    expect(root.querySelector('[role="alert"]')).not.toBeNull();
  });
});
