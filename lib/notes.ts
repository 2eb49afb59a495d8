// What lib/ and the worker have to tell the reader, as codes of the message table
// (public/_locales/<lang>/messages.json) with their parameters, never as sentences: the popup renders
// them in the reader's language (lib/i18n.ts, through browser.i18n), the CLI in English from the same
// table. Types only, so the injected extractor pays nothing for them.
import type en from '../public/_locales/en/messages.json';

type Catalogue = typeof en;
export type MessageKey = keyof Catalogue;

/** Plural forms are messages named `<key>_<category>` (Intl.PluralRules categories). */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

/** A message with forms by count: `quoteCount` for `quoteCount_one`, `quoteCount_other`… */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

/** A message with one form. */
export type PlainKey = Exclude<MessageKey, `${string}_${PluralCategory}`>;

/** What a caller names: a plain message, or a plural message by its base name. */
export type PhraseKey = PlainKey | PluralKey;

/** The placeholder names of a message, lower case, as written in messages.json. */
export type PlaceholderOf<K extends PhraseKey> = K extends MessageKey
  ? Catalogue[K] extends { placeholders: infer P }
    ? keyof P & string
    : never
  : K extends PluralKey
    ? Catalogue[`${K}_other`] extends { placeholders: infer P }
      ? keyof P & string
      : never
    : never;

/**
 * A message code with its parameters, named as the message's placeholders. A plural message takes
 * its form from `count`; a parameter named `language` is a BCP 47 tag, shown by its name.
 */
export type Note<K extends PhraseKey = PhraseKey> = K extends PhraseKey
  ? [PlaceholderOf<K>] extends [never]
    ? { code: K }
    : { code: K; params: Record<PlaceholderOf<K>, string | number> }
  : never;

/** Caveats about a digest ("this article quotes no one directly"): messages named notice…. */
export type Notice = Note<Extract<PhraseKey, `notice${string}`>>;

/** Why a page could not be digested, in a sentence under the failure's title: messages named why…. */
export type FailureNote = Note<Extract<PhraseKey, `why${string}`>>;
