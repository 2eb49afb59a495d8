// The popup in a French browser, rendered with the real French catalogue: every failure view,
// the engine's notices, counts in French plural forms and the copy announcements. The expected
// words come from public/_locales/fr, so anything that falls back to English fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../components/App';
import { fillMessage, setMessageSource } from '../../lib/i18n';
import type { DigestFailure, DigestResponse, FailureReason } from '../../lib/messages';
import type { Digest } from '../../lib/types';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const fr: Record<string, Entry> = JSON.parse(
  readFileSync(join(__dirname, '../../public/_locales/fr/messages.json'), 'utf8'),
);
const french = (key: string, ...subs: string[]) => fillMessage(fr[key], subs);

let root: HTMLElement;

beforeEach(() => {
  const { window, document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  Object.assign(globalThis, { window, document, Event: window.Event });
  root = document.getElementById('app') as unknown as HTMLElement;
  setMessageSource((name, subs) => (fr[name] ? fillMessage(fr[name], [subs ?? []].flat()) : ''));
});

afterEach(() => {
  act(() => render(null, root));
  setMessageSource(null);
});

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

async function show(response: DigestResponse, tabId: number | null = 5) {
  const copied: string[] = [];
  await act(() =>
    render(<App tabId={tabId} requestDigest={async () => response} copy={async (t) => void copied.push(t)} />, root),
  );
  await settle();
  await settle();
  return { copied };
}

/** Each failure reason with an explanation the worker or lib gives for it, and its French title. */
const FAILURES: [FailureReason, DigestFailure['note'], string, string[]][] = [
  ['restricted', { code: 'whyFileAccess' }, 'failRestricted', []],
  ['unsupported', { code: 'whyFileType', params: { type: 'application/zip' } }, 'failUnsupported', ['application/zip']],
  ['not-article', { code: 'whyLinks' }, 'failNotArticle', []],
  ['empty', { code: 'whyUnreadable', params: { detail: 'x is null' } }, 'failEmpty', ['x is null']],
  ['too-large', { code: 'whyTooLarge', params: { count: 2000 } }, 'failTooLarge', ['2\u202f000']],
  ['tab-gone', { code: 'whyTabClosed' }, 'failTabGone', []],
  ['navigated', { code: 'whyTabMoved' }, 'failNavigated', []],
  ['timeout', { code: 'whyTimeout' }, 'failTimeout', []],
  ['injection-failed', { code: 'whyInjection', params: { detail: 'Frame 0 gone' } }, 'failInjection', ['Frame 0 gone']],
  ['internal', { code: 'whyInternal', params: { detail: 'boom' } }, 'failInternal', ['boom']],
];

describe('every failure view, in French', () => {
  it.each(FAILURES)('%s', async (reason, note, title, subs) => {
    await show({ ok: false, reason, note });
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.querySelector('.failure-title')?.textContent).toBe(french(title));
    expect(alert.querySelector('.failure-message')?.textContent?.replace(/\s/g, ' ')).toBe(
      french(note.code, ...subs).replace(/\s/g, ' '),
    );
  });

  it('no tab to read', async () => {
    await show({ ok: true } as DigestResponse, null);
    expect(root.querySelector('.failure-title')?.textContent).toBe(french('failNoTab'));
    expect(root.querySelector('.failure-message')?.textContent).toBe(french('whyNoTab'));
  });

  it('a worker that does not answer', async () => {
    await act(() =>
      render(
        <App
          tabId={5}
          requestDigest={() => Promise.reject(new Error('Receiving end does not exist'))}
          copy={async () => {}}
        />,
        root,
      ),
    );
    await settle();
    await settle();
    expect(root.querySelector('.failure-message')?.textContent).toBe(
      french('whyNoAnswerDetail', 'Receiving end does not exist'),
    );
    expect(button(french('tryAgain'))).toBeDefined();
  });

  it('offers "Résumer quand même" where forcing helps', async () => {
    await show({ ok: false, reason: 'not-article', note: { code: 'whyNotNews' }, canForce: true });
    expect(button(french('digestAnyway'))).toBeDefined();
  });
});

const digest: Digest = {
  title: 'Le port divise la ville',
  url: 'https://gazette.example/port',
  siteName: 'La Gazette',
  byline: null,
  publishedTime: '2026-03-02T09:00:00.000Z',
  lang: 'fr',
  dir: 'ltr',
  readerable: true,
  wordCount: 600,
  readingMinutes: 3,
  quotes: [
    {
      text: 'Nous n’attendrons pas dix ans de plus',
      speaker: 'Ada Lindqvist',
      role: 'la maire',
      cue: 'a dit',
      partial: false,
      anonymous: false,
      position: { paragraph: 1, start: 1, end: 38 },
      score: 2,
    },
    {
      text: 'un pari risqué',
      speaker: null,
      role: null,
      cue: null,
      partial: true,
      anonymous: true,
      position: { paragraph: 2, start: 10, end: 24 },
      score: 1,
    },
  ],
  stakeholders: [
    {
      name: 'Ada Lindqvist',
      aliases: [],
      kind: 'person',
      role: 'la maire',
      mentions: 1,
      quoted: true,
      quoteCount: 1,
      quotedWords: 7,
      central: true,
    },
    {
      name: 'Conseil du port',
      aliases: [],
      kind: 'organization',
      role: null,
      mentions: 2,
      quoted: false,
      quoteCount: 0,
      quotedWords: 0,
      central: false,
    },
  ],
  positions: [],
  voices: { anonymousShare: 0.3, unquoted: [] },
  notices: [
    { code: 'noticeNoQuotes' },
    { code: 'noticeLongPage', params: { count: 1 } },
    { code: 'noticeLanguage', params: { language: 'ko' } },
  ],
  timings: { extractMs: 1, structureMs: 1 },
};

describe('a digest, in French', () => {
  it('says the engine’s notices in French', async () => {
    await show({ ok: true, digest, cached: false });
    const notices = [...root.querySelectorAll('.notices li')].map((li) => li.textContent);
    expect(notices).toEqual([
      french('noticeNoQuotes'),
      french('noticeLongPage_one', '1'),
      french('noticeLanguage', 'coréen'),
    ]);
  });

  it('counts in French forms and dates in French', async () => {
    await show({ ok: true, digest, cached: false });
    const stats = [...root.querySelectorAll('.stakeholder .stats')].map((s) => s.textContent);
    expect(stats).toEqual([`1 mention · ${french('quotedTimes', '1')}`, `2 mentions · ${french('notQuoted')}`]);
    expect(root.querySelector('.voice .stats')?.textContent).toBe('1 citation · 7 mots');
    expect(root.querySelector('.meta')?.textContent).toContain('2 mars 2026');
    expect(text()).not.toMatch(/\b(quotes?|words?|min read|Unnamed|mentioned)\b/);
  });

  it('announces a copy in French, one quote or several', async () => {
    const { copied } = await show({ ok: true, digest, cached: false });
    click(button(french('copyCitationBy', 'Ada Lindqvist')));
    await settle();
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Citation copiée dans le presse-papiers.');
    // the copied citation speaks French around the article's words, date included
    expect(copied[0]).toMatch(
      /^“Nous n’attendrons pas dix ans de plus” — Ada Lindqvist, la maire \(La Gazette, 2 mars 2026\) https:/,
    );
    click(button(french('copyAllQuotes')));
    await settle();
    expect(root.querySelector('[role="status"]')?.textContent).toBe('2 citations copiées dans le presse-papiers.');
    expect(copied[1]).toContain(`— ${french('citeUnnamed')} (`);
  });
});
