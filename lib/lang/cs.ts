// Czech words, read by the quote attributor (lib/quotes/attribution).
import { words, type PhraseWords } from './phrase-words';

export const PHRASE_WORDS_CS: PhraseWords = {
  introducers: words('v ve po při'),
  leadConjunctions: words('a ale'),
  // "řekl serveru Aktuálně.cz": the outlet a speaker spoke to
  phraseEnders: words('na ve v pro serveru'),
  prepositions: words('z ze do'),
  functionWords: words('na v ve a'),
  timeWords: words('dnes včera pondělí úterý středu čtvrtek pátek sobotu neděli'),
  coordinators: words('ale'),
  locatives: words('v ve'),
  genericOrgNouns: words('společnost'),
};
