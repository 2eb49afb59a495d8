// The popup's views, rendered with fakes for the worker and the clipboard: what a reader sees for
// a digest, for each kind of failure, and what lands on the clipboard.
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App, type RequestDigest } from '../../components/App';
import type { DigestResponse } from '../../lib/messages';
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
  title: 'Harbor plan splits the town',
  url: 'https://gazette.example/harbor',
  siteName: 'The Example Gazette',
  byline: 'Sam Reyes',
  publishedTime: '2026-03-02T09:00:00.000Z',
  lang: 'en',
  dir: 'ltr',
  readerable: true,
  wordCount: 600,
  readingMinutes: 3,
  quotes: [
    {
      text: 'We will not wait another decade',
      speaker: 'Ada Lindqvist',
      role: 'the mayor',
      cue: 'said',
      partial: false,
      anonymous: false,
      position: { paragraph: 1, start: 1, end: 32 },
      score: 2,
    },
    {
      text: 'a <b>reckless</b> gamble',
      speaker: null,
      role: null,
      cue: null,
      partial: true,
      anonymous: true,
      position: { paragraph: 2, start: 10, end: 30 },
      score: 1,
    },
  ],
  stakeholders: [
    {
      name: 'Ada Lindqvist',
      aliases: ['Lindqvist'],
      kind: 'person',
      role: 'the mayor',
      mentions: 4,
      quoted: true,
      quoteCount: 1,
      quotedWords: 6,
      central: true,
    },
    {
      name: 'Harbor Board',
      aliases: [],
      kind: 'organization',
      role: null,
      mentions: 3,
      quoted: false,
      quoteCount: 0,
      quotedWords: 0,
      central: false,
    },
  ],
  positions: [
    {
      holder: 'Ada Lindqvist',
      text: 'Supports rebuilding the harbor now.',
      evidence: ['Lindqvist said the town could not afford to wait.'],
      evidencePositions: [{ paragraph: 1, start: 0, end: 48 }],
    },
  ],
  voices: { anonymousShare: 0.25, unquoted: ['Harbor Board'] },
  notices: [{ code: 'noticeLongPage', params: { count: 40 } }],
  timings: { extractMs: 12, structureMs: 8 },
};

/** Let effects run and pending promises resolve, as a browser would between frames. */
const settle = () => act(() => new Promise<void>((done) => setTimeout(done, 0)));
const text = () => (root.textContent ?? '').replace(/\s+/g, ' ');
const buttons = () => [...root.querySelectorAll('button')] as HTMLButtonElement[];
const button = (label: string) =>
  buttons().find((b) => b.textContent === label || b.getAttribute('aria-label') === label);
const click = (b: Element | undefined) => {
  if (!b)
    throw new Error(
      `no such button among: ${buttons()
        .map((x) => x.textContent)
        .join(', ')}`,
    );
  act(() => void b.dispatchEvent(new Event('click', { bubbles: true })));
};

async function show(responses: DigestResponse[] | RequestDigest, tabId: number | null = 5) {
  const requests: unknown[] = [];
  const copied: string[] = [];
  const requestDigest: RequestDigest =
    typeof responses === 'function'
      ? responses
      : async (request) => {
          requests.push(request);
          return responses[Math.min(requests.length - 1, responses.length - 1)];
        };
  await act(() =>
    render(<App tabId={tabId} requestDigest={requestDigest} copy={async (t) => void copied.push(t)} />, root),
  );
  await settle();
  await settle();
  return { requests, copied };
}

describe('the popup folds long lists', () => {
  const many = (n: number) => ({
    ...digest,
    quotes: Array.from({ length: n }, (_, i) => ({
      ...digest.quotes[0],
      text: `Quote number ${i + 1} says something of substance`,
      score: n - i,
    })),
    positions: Array.from({ length: n }, (_, i) => ({ ...digest.positions[0], holder: `Holder ${i + 1}` })),
  });

  it('leads with the first five quotes and positions and unfolds the rest in one click', async () => {
    await show([{ ok: true, digest: many(12), cached: false }]);
    expect(root.querySelectorAll('.quote').length).toBe(5);
    expect(root.querySelectorAll('.position').length).toBe(5);
    const unfold = buttons().filter((b) => b.textContent === 'Show all 12');
    expect(unfold.length).toBe(2);
    click(unfold[0]);
    expect(root.querySelectorAll('.quote').length).toBe(12);
    expect(root.querySelectorAll('.position').length).toBe(5);
    click(button('Show fewer'));
    expect(root.querySelectorAll('.quote').length).toBe(5);
  });

  it('does not fold a list that is only a little longer than its lead', async () => {
    await show([{ ok: true, digest: many(7), cached: false }]);
    expect(root.querySelectorAll('.quote').length).toBe(7);
    expect(buttons().some((b) => b.textContent?.startsWith('Show all'))).toBe(false);
  });

  it('copies every quote, folded or not', async () => {
    const { copied } = await show([{ ok: true, digest: many(12), cached: false }]);
    click(button('Copy all quotes'));
    await settle();
    expect(copied[0]).toContain('Quote number 12');
  });
});

describe('the popup with a digest', () => {
  it('shows the header, quotes with speakers, stakeholders, positions and notices', async () => {
    await show([{ ok: true, digest, cached: false }]);
    const t = text();
    expect(root.querySelector('h1')?.textContent).toBe('Harbor plan splits the town');
    expect(t).toContain('The Example Gazette');
    expect(t).toContain('Mar 2, 2026');
    expect(t).toContain('3 min read');
    expect(t).toContain('“We will not wait another decade”');
    expect(root.querySelector('.quote .speaker')?.textContent).toBe('Ada Lindqvist');
    expect(root.querySelector('.quote .role')?.textContent).toBe('the mayor');
    expect(t).toContain('Unnamed source');
    expect(t).toContain('Harbor Board');
    expect(t).toContain('quoted 1×');
    expect(t).toContain('Supports rebuilding the harbor now.');
    expect(t).toContain('Lindqvist said the town could not afford to wait.');
    expect(t).toContain('only its first 40 paragraphs');
    expect(t).toContain('25% of the quoted words come from unnamed sources');
  });

  it('shows who gets to speak: each speaker’s share of the quoted words, unnamed sources apart', async () => {
    await show([{ ok: true, digest, cached: false }]);
    const rows = [...root.querySelectorAll('.voice')].map((li) => (li.textContent ?? '').replace(/\s+/g, ' '));
    expect(rows).toEqual(['Ada Lindqvist1 quote · 6 words', 'Unnamed sources1 quote · 5 words']);
    expect(root.querySelector('.voice .voice-bar')?.getAttribute('aria-label')).toBe('55% of the quoted words');
    expect(text()).toContain('Mentioned but not quoted: Harbor Board');
  });

  it('sets the camps side by side when the article gives sides', async () => {
    const against = {
      holder: 'Harbor Board',
      text: 'Opposes the plan.',
      evidence: ['The Harbor Board opposes the plan.'],
      evidencePositions: [],
      side: 'against',
    };
    const withSides = { ...digest, positions: [{ ...digest.positions[0], side: 'in favour' }, against] };
    await show([{ ok: true, digest: withSides, cached: false }]);
    const camps = [...root.querySelectorAll('.side')].map((c) => [
      c.querySelector('.side-name')?.textContent,
      [...c.querySelectorAll('li')].map((li) => li.textContent),
    ]);
    expect(camps).toEqual([
      ['In favour', ['Ada Lindqvist']],
      ['Against', ['Harbor Board']],
    ]);
    expect([...root.querySelectorAll('.position .side-tag')].map((s) => s.textContent)).toEqual([
      'In favour',
      'Against',
    ]);
  });

  it('shows no camps when only one side is known', async () => {
    await show([
      { ok: true, digest: { ...digest, positions: [{ ...digest.positions[0], side: 'in favour' }] }, cached: false },
    ]);
    expect(root.querySelector('.sides')).toBeNull();
  });

  it('shows page text as text, never as markup', async () => {
    await show([{ ok: true, digest, cached: false }]);
    expect(root.querySelector('b')).toBeNull();
    expect(text()).toContain('a <b>reckless</b> gamble');
  });

  it('marks page text with the page language and direction', async () => {
    await show([{ ok: true, digest: { ...digest, dir: 'rtl', lang: 'ar' }, cached: false }]);
    const quote = root.querySelector('.quote-text')!;
    expect(quote.getAttribute('dir')).toBe('rtl');
    expect(quote.getAttribute('lang')).toBe('ar');
    // the popup's own labels keep their direction
    expect(root.querySelector('#quotes-heading')?.getAttribute('dir')).toBeNull();
  });

  it('copies one quote as a citation, and all quotes at once', async () => {
    const { copied } = await show([{ ok: true, digest, cached: false }]);
    click(button('Copy quote by Ada Lindqvist with citation'));
    await settle();
    expect(copied[0]).toMatch(
      /^“We will not wait another decade” — Ada Lindqvist, the mayor \(The Example Gazette, Mar 2, 2026\) https:\/\/gazette\.example\/harbor/,
    );
    expect(button('Copied')).toBeDefined();
    click(button('Copy all quotes'));
    await settle();
    expect(copied[1].split('\n\n')).toHaveLength(2);
    expect(text()).toContain('2 quotes copied to the clipboard.');
  });

  it('says when copying failed', async () => {
    await act(() =>
      render(
        <App
          tabId={5}
          requestDigest={async () => ({ ok: true, digest, cached: false })}
          copy={() => Promise.reject(new Error('denied'))}
        />,
        root,
      ),
    );
    await settle();
    await settle();
    click(button('Copy all quotes'));
    await settle();
    expect(button('Copy failed')).toBeDefined();
    expect(text()).toContain('Copying failed.');
  });

  it('asks for a fresh digest on "Digest again"', async () => {
    const { requests } = await show([{ ok: true, digest, cached: true }]);
    expect(text()).toContain('(saved)');
    click(button('Digest again'));
    await settle();
    expect(requests).toEqual([{ tabId: 5 }, { tabId: 5, fresh: true, force: false }]);
  });
});

describe('the popup without a digest', () => {
  it('shows a loading state while the worker reads the page', async () => {
    await show(() => new Promise(() => undefined));
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Reading the article');
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
  });

  it('offers "Digest anyway" for a page that is not an article, and forces on click', async () => {
    const { requests } = await show([
      { ok: false, reason: 'not-article', note: { code: 'whyNotNews' }, canForce: true },
      { ok: true, digest, cached: false },
    ]);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('does not look like a news article');
    click(button('Digest anyway'));
    await settle();
    await settle();
    expect(requests[1]).toEqual({ tabId: 5, force: true });
    expect(root.querySelector('h1')?.textContent).toBe('Harbor plan splits the town');
  });

  it('explains a restricted page and offers nothing to press', async () => {
    await show([{ ok: false, reason: 'restricted', note: { code: 'whyBrowserPage' } }]);
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('This page can’t be read');
    expect(alert.querySelectorAll('button')).toHaveLength(0);
  });

  it('offers "Try again" after a timeout', async () => {
    const { requests } = await show([{ ok: false, reason: 'timeout', note: { code: 'whyTimeout' } }]);
    click(button('Try again'));
    await settle();
    expect(requests[1]).toEqual({ tabId: 5, fresh: true });
  });

  it('says so when the worker does not answer', async () => {
    await show(() => Promise.reject(new Error('Could not establish connection')));
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('Could not establish connection');
  });

  it('says so when there is no tab to read', async () => {
    await show([], null);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('could not tell which tab');
  });
});
