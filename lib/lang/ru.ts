// Russian words, read by the quote attributor (lib/quotes/attribution).
import { words, type PhraseWords } from './phrase-words';

export const PHRASE_WORDS_RU: PhraseWords = {
  introducers: words('в на после'),
  leadConjunctions: words('и'),
  phraseEnders: words('в на'),
  functionWords: words('и в на по'),
  timeWords: words('сегодня вчера'),
  coordinators: words('и но'),
  locatives: words('в во'),
  genericOrgNouns: words('компания'),
};
