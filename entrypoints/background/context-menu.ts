// The page's context menu: "Digest this page", and on a selection "Copy as quote with citation".
// A click on a menu item grants activeTab for that tab, like the toolbar button does.
import { passageCitation, passageUrl, isWebUrl } from '../../lib/format';
import { t } from '../../lib/i18n';
import type { DigestResponse } from '../../lib/messages';

export const MENU_DIGEST = 'standpoint-digest-page';
export const MENU_COPY_QUOTE = 'standpoint-copy-quote';

export interface MenusApi {
  removeAll(): Promise<void> | void;
  create(props: { id: string; title: string; contexts: ['page'] | ['selection'] }): unknown;
}

export function createMenus(menus: MenusApi): void {
  void Promise.resolve(menus.removeAll()).then(() => {
    menus.create({ id: MENU_DIGEST, title: t('menuDigestPage'), contexts: ['page'] });
    menus.create({ id: MENU_COPY_QUOTE, title: t('menuCopyQuote'), contexts: ['selection'] });
  });
}

export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
}

export interface MenuTab {
  id?: number;
  url?: string;
  title?: string;
}

export interface MenuDeps {
  digest(tabId: number): Promise<DigestResponse>;
  /** Show the digest: the toolbar popup where the browser allows, else a small window. */
  show(tabId: number): Promise<void>;
  /** Put text on the clipboard from within the tab (the worker has no clipboard). */
  writeClipboard(tabId: number, text: string): Promise<boolean>;
}

/** What "Copy as quote with citation" puts on the clipboard; the speaker only when the digest knows it. */
export function selectionCitation(selection: string, tab: MenuTab, response: DigestResponse | null): string {
  if (response?.ok) return passageCitation(selection, response.digest);
  const text = selection.replace(/\s+/g, ' ').trim();
  const url = tab.url && isWebUrl(tab.url) ? passageUrl(tab.url, text) : (tab.url ?? '');
  return `“${text}”${tab.title ? ` (${tab.title})` : ''} ${url}`.trim();
}

export async function onMenuClick(info: MenuClick, tab: MenuTab | undefined, deps: MenuDeps): Promise<void> {
  if (tab?.id === undefined) return;
  if (info.menuItemId === MENU_DIGEST) {
    // Digest first: the popup then opens on a cached digest, and the badge shows the count.
    await deps.digest(tab.id).catch(() => null);
    await deps.show(tab.id);
  } else if (info.menuItemId === MENU_COPY_QUOTE && info.selectionText?.trim()) {
    const response = await deps.digest(tab.id).catch(() => null);
    await deps.writeClipboard(tab.id, selectionCitation(info.selectionText, tab, response));
  }
}

/** Runs in the tab: the Clipboard API where the page is focused, else the copy command. */
export function writeClipboardInPage(text: string): Promise<boolean> {
  const viaCommand = (): boolean => {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    const selection = document.getSelection();
    const ranges = selection ? Array.from({ length: selection.rangeCount }, (_, i) => selection.getRangeAt(i)) : [];
    const focused = document.activeElement as HTMLElement | null;
    document.body.appendChild(area);
    area.select();
    let ok: boolean;
    try {
      ok = document.execCommand('copy');
    } finally {
      area.remove();
      // give the reader their selection and focus back
      selection?.removeAllRanges();
      for (const r of ranges) selection?.addRange(r);
      focused?.focus?.();
    }
    return ok;
  };
  if (navigator.clipboard?.writeText)
    return navigator.clipboard.writeText(text).then(
      () => true,
      () => viaCommand(),
    );
  return Promise.resolve(viaCommand());
}
