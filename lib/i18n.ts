// UI strings. In the extension they come from browser.i18n (public/_locales/<lang>/messages.json,
// the browser picks the user's language); the entrypoints hand that getter in with
// setMessageSource. Without one (unit tests, the CLI) the English catalogue answers, so a
// component always shows words, never keys.
import en from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/** The shape of browser.i18n.getMessage: '' when the key is unknown. */
export type GetMessage = (name: string, substitutions?: string | string[]) => string;

interface CatalogueEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

let source: GetMessage | null = null;

export function setMessageSource(get: GetMessage | null): void {
  source = get;
}

/** Fills `$NAME$` placeholders (whose content is `$1`, `$2`…) the way browsers do. */
export function fillMessage(entry: CatalogueEntry, subs: string[]): string {
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    if (!content) return whole;
    return content.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  });
}

export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const args = subs.map(String);
  if (source) {
    try {
      const got = source(key, args);
      if (got) return got;
    } catch {
      // a context without i18n (a test's fake browser): fall through to English
    }
  }
  return fillMessage((en as Record<string, CatalogueEntry>)[key], args);
}
