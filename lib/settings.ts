// The user's preferences (stored by platform/settings.ts, a WXT storage item). Unknown or damaged
// values fall back to the defaults, so an old or edited store never breaks the popup.

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
  const words = text.trim().split(/\s+/).filter(Boolean).length;
  // Scripts without spaces: count characters, about two per word.
  const units = words <= 1 ? Math.ceil(Array.from(text.trim()).length / 2) : words;
  return units < SHORT_QUOTE_WORDS;
}
