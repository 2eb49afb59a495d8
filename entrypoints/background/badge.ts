// The toolbar badge: how many quotes the digest of this tab holds, so a reader sees at a glance
// whether an article quotes anyone. Per tab, so it goes away with the page.
import type { Digest } from '../../lib/types';

export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor?(details: { tabId: number; color: string }): Promise<void> | void;
}

export function badgeText(digest: Digest | null): string {
  if (!digest) return '';
  const n = digest.quotes.length;
  return n > 99 ? '99+' : String(n);
}

export async function showQuoteCount(
  action: BadgeApi | undefined,
  tabId: number,
  digest: Digest | null,
): Promise<void> {
  if (!action) return;
  try {
    await action.setBadgeBackgroundColor?.({ tabId, color: '#1f5fbf' });
    await action.setBadgeText({ tabId, text: badgeText(digest) });
  } catch {
    // the tab closed meanwhile: nothing to show
  }
}
