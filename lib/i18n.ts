// UI strings. In the extension they come from browser.i18n (public/_locales/<lang>/messages.json,
// the browser picks the user's language); the entrypoints hand that getter in with
// setMessageSource. Without one (unit tests, the CLI) the English catalogue answers, so a
// component always shows words, never keys. The codes lib/ returns (lib/notes.ts) are rendered
// here too, so the popup and the CLI say the same thing from one table.
import en from '../public/_locales/en/messages.json';
import type { Note, PlainKey, PluralKey } from './notes';

export type { PlainKey as MessageKey } from './notes';

/** The shape of browser.i18n.getMessage: '' when the key is unknown. */
export type GetMessage = (name: string, substitutions?: string | string[]) => string;

interface CatalogueEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const catalogue = en as Record<string, CatalogueEntry>;
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

/** The language of the catalogue that answers (not the browser's: it may have no catalogue). */
export function messagesLocale(): string {
  return lookup('messagesLocale', []) || 'en';
}

function lookup(key: string, args: string[]): string {
  if (source) {
    try {
      const got = source(key, args);
      if (got) return got;
    } catch {
      // a context without i18n (a test's fake browser): fall through to English
    }
  }
  const entry = catalogue[key];
  return entry ? fillMessage(entry, args) : '';
}

/** Numbers in the reader's format (1,234 or 1 234). */
function shown(value: string | number): string {
  return typeof value === 'number' ? new Intl.NumberFormat(messagesLocale()).format(value) : value;
}

/** A plain message; substitutions in placeholder order ($1, $2…). */
export function t(key: PlainKey, ...subs: (string | number)[]): string {
  return lookup(key, subs.map(shown));
}

/** The form of plural message `key` that `count` takes in the catalogue's language; COUNT is $1. */
export function tn(key: PluralKey, count: number, ...subs: (string | number)[]): string {
  return lookup(pluralForm(key, count), [count, ...subs].map(shown));
}

function pluralForm(key: string, count: number): string {
  let category = 'other';
  try {
    category = new Intl.PluralRules(messagesLocale()).select(count);
  } catch {
    // an odd locale tag: the general form
  }
  const form = `${key}_${category}`;
  return catalogue[form] ? form : `${key}_other`;
}

const isPlural = (code: string) => !catalogue[code] && !!catalogue[`${code}_other`];

/** A language tag by its name in the reader's language ("ko" → "Korean", "coréen"). */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames([messagesLocale()], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag; // an odd tag: keep it as it is
  }
}

/** A note from lib/ or the worker (a notice, a failure's explanation) as a sentence. */
export function say(note: Note): string {
  const code: string = note.code;
  const params: Record<string, string | number> = 'params' in note ? note.params : {};
  const key = isPlural(code) ? pluralForm(code, Number(params.count)) : code;
  const entry = catalogue[key];
  if (!entry) return code; // a note from a newer worker than this page: better its code than nothing
  // the English entry tells which placeholder is $1, $2…: every catalogue has the same ones
  const subs: string[] = [];
  for (const [name, { content }] of Object.entries(entry.placeholders ?? {})) {
    const value = params[name];
    subs[Number(content.slice(1)) - 1] =
      value === undefined ? '' : name === 'language' ? languageName(String(value)) : shown(value);
  }
  return lookup(key, subs);
}
