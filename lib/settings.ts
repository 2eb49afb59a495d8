// The user's preferences (stored by platform/settings.ts, a WXT storage item). Unknown or damaged
// values fall back to the defaults, so an old or edited store never breaks the popup.
import { countWords } from './text/count';

export interface Settings {
  /** Show quotes of fewer than SHORT_QUOTE_WORDS words (often scare quotes or fragments). */
  showShortQuotes: boolean;
  /** Keep recent digests on this device (the cache that makes reopening instant). */
  keepHistory: boolean;
}

export const DEFAULT_SETTINGS: Settings = { showShortQuotes: true, keepHistory: true };

export const SHORT_QUOTE_WORDS = 4;

export function parseSettings(raw: unknown): Settings {
  const out = { ...DEFAULT_SETTINGS };
  if (raw && typeof raw === 'object') {
    for (const k of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
      const v = (raw as Record<string, unknown>)[k];
      if (typeof v === typeof DEFAULT_SETTINGS[k]) out[k] = v as never;
    }
  }
  return out;
}

/** Whether a quote is short enough to hide when the user chose not to see short quotes. */
export function isShortQuote(text: string): boolean {
  // words as the engine counts them: a Chinese or Japanese character is one
  return countWords(text) < SHORT_QUOTE_WORDS;
}
