// The last digest per tab, keyed by the page's URL, so reopening the popup is instant. Kept in
// storage.session (memory only, cleared with the browser) where it exists, else in a Map: a
// service worker that restarts then simply digests again.
import type { Digest } from '../../lib/types';
import { samePage } from './restricted';

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface DigestCache {
  get(tabId: number, url: string): Promise<Digest | null>;
  set(tabId: number, url: string, digest: Digest): Promise<void>;
  forget(tabId: number): Promise<void>;
}

interface Entry {
  url: string;
  digest: Digest;
}

const keyOf = (tabId: number) => `digest:${tabId}`;

export function createDigestCache(area: SessionArea | null | undefined): DigestCache {
  const memory = new Map<string, Entry>();
  const read = async (key: string): Promise<Entry | undefined> => {
    if (!area) return memory.get(key);
    try {
      return (await area.get(key))[key] as Entry | undefined;
    } catch {
      return memory.get(key);
    }
  };
  return {
    async get(tabId, url) {
      const entry = await read(keyOf(tabId));
      return entry && samePage(entry.url, url) ? entry.digest : null;
    },
    async set(tabId, url, digest) {
      const entry: Entry = { url, digest };
      memory.set(keyOf(tabId), entry);
      // over quota or unavailable: the memory copy still serves this worker's lifetime
      if (area) await area.set({ [keyOf(tabId)]: entry }).catch(() => undefined);
    },
    async forget(tabId) {
      memory.delete(keyOf(tabId));
      if (area) await area.remove(keyOf(tabId)).catch(() => undefined);
    },
  };
}
