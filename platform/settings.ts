// The user's preferences as one typed WXT storage item (storage.local, key "settings", as before),
// shared by the popup, the side panel, the options page and the worker. What is stored is checked
// by lib/settings.ts: an old or hand-edited value never breaks a page, it reads as the defaults.
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../lib/settings';

export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS });

/** The settings, the defaults where storage holds nothing usable (or cannot be read). */
export async function readSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue().catch(() => null));
}

/** Changes some settings, keeps the others, and answers what is now stored. */
export async function changeSettings(change: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await readSettings()), ...change });
  await settingsItem.setValue(next);
  return next;
}

/** What the options page needs of the settings (a fake in tests). */
export interface SettingsStore {
  read(): Promise<Settings>;
  change(change: Partial<Settings>): Promise<Settings>;
}

export const browserSettings: SettingsStore = { read: readSettings, change: changeSettings };
