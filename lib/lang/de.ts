// German words, read by the quote attributor (lib/quotes/attribution).
import { words, type PhraseWords } from './phrase-words';

export const PHRASE_WORDS_DE: PhraseWords = {
  introducers: words('nach bei im am'),
  leadConjunctions: words('und'),
  phraseEnders: words('im am beim gegenüber für'),
  prepositions: words('von für'),
  determiners: words('der die das'),
  functionWords: words('und oder in im'),
  coordinators: words('und aber'),
  genericOrgNouns: words('firma'),
};
