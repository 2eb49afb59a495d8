// The options page: recent digests (each reopenable in place, or the article opened at its
// source) and the settings. Storage comes in as props so the page can be rendered with fakes.
import { useEffect, useState } from 'preact/hooks';
import type { DigestHistory, HistoryEntry } from '../../lib/history';
import { DEFAULT_LIMITS } from '../../lib/history';
import { isWebUrl } from '../../lib/format';
import { messagesLocale, t, tn } from '../../lib/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import type { SettingsStore } from '../../platform/settings';
import type { Digest } from '../../lib/types';
import { DigestView } from './DigestView';

interface Props {
  settings: SettingsStore;
  history: DigestHistory;
}

/** `#open=<key>` reopens one digest, so a digest has an address the popup can link to. */
function keyInHash(): string | null {
  const m = /^#open=(.+)$/.exec(location.hash);
  return m ? decodeURIComponent(m[1]) : null;
}

export function OptionsPage({ settings: store, history }: Props) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [open, setOpen] = useState<{ key: string; digest: Digest } | null>(null);
  const [status, setStatus] = useState('');

  const refresh = () => history.list().then(setEntries);
  useEffect(() => {
    void store.read().then(setSettings);
    void refresh();
    const key = keyInHash();
    if (key) void reopen(key);
  }, []);

  async function reopen(key: string) {
    const digest = await history.load(key);
    if (digest) {
      setOpen({ key, digest });
      window.history.replaceState(null, '', `#open=${encodeURIComponent(key)}`);
    } else setStatus(t('jumpNotFound'));
  }

  async function change(patch: Partial<Settings>) {
    setSettings(await store.change(patch));
    if (patch.keepHistory === false) {
      await history.clear();
      await refresh();
    }
    setStatus(t('settingsSaved'));
  }

  if (open) {
    return (
      <main class="options">
        <button
          type="button"
          class="back"
          onClick={() => {
            setOpen(null);
            if (location.hash) window.history.replaceState(null, '', location.pathname);
          }}
        >
          ← {t('historyBack')}
        </button>
        <DigestView digest={open.digest} showShortQuotes={settings.showShortQuotes} />
      </main>
    );
  }

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>

      <section class="section" aria-labelledby="settings-heading">
        <h2 id="settings-heading">{t('settingsHeading')}</h2>
        <label class="setting">
          <input
            type="checkbox"
            id="setting-short"
            checked={settings.showShortQuotes}
            onChange={(e) => change({ showShortQuotes: e.currentTarget.checked })}
          />
          {t('settingShortQuotes')}
        </label>
        <label class="setting">
          <input
            type="checkbox"
            id="setting-history"
            checked={settings.keepHistory}
            onChange={(e) => change({ keepHistory: e.currentTarget.checked })}
          />
          {t('settingKeepHistory')}
        </label>
      </section>

      <section class="section" aria-labelledby="history-heading">
        <div class="section-head">
          <h2 id="history-heading">{t('historyHeading')}</h2>
          {!!entries?.length && (
            <button
              type="button"
              class="clear-history"
              onClick={async () => {
                await history.clear();
                await refresh();
                setStatus(t('historyCleared'));
              }}
            >
              {t('historyClear')}
            </button>
          )}
        </div>
        <p class="note">{t('historyNote', DEFAULT_LIMITS.maxEntries)}</p>
        {entries && !entries.length && <p class="empty-note history-empty">{t('historyEmpty')}</p>}
        {!!entries?.length && (
          <ul class="history">
            {entries.map((e) => (
              <li key={e.key} class="history-entry">
                <button type="button" class="link history-open" onClick={() => reopen(e.key)}>
                  {e.title || e.url}
                </button>
                <p class="meta">
                  {[e.siteName, new Date(e.savedAt).toLocaleString(messagesLocale()), tn('quoteCount', e.quoteCount)]
                    .filter(Boolean)
                    .map((part, i) => (
                      <span key={i}>{part}</span>
                    ))}
                  {isWebUrl(e.url) && (
                    <a href={e.url} target="_blank" rel="noreferrer noopener">
                      {t('historyOpenArticle')}
                    </a>
                  )}
                </p>
                <button
                  type="button"
                  class="history-remove"
                  aria-label={t('historyRemoveLabel', e.title || e.url)}
                  onClick={async () => {
                    await history.remove(e.key);
                    await refresh();
                  }}
                >
                  {t('historyRemove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p class="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
