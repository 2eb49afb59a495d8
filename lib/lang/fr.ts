// French words, read by the quote attributor (lib/quotes/attribution).
import { words, type PhraseWords } from './phrase-words';

export const PHRASE_WORDS_FR: PhraseWords = {
  introducers: words('en dans après avant selon'),
  leadConjunctions: words('et mais'),
  phraseEnders: words('en à au dans lors sur après avant jeudi'),
  prepositions: words('de du des pour'),
  determiners: words('la le les'),
  functionWords: words('et ou au du des le la en de'),
  timeWords: words("aujourd'hui aujourd’hui hier lundi mardi mercredi jeudi vendredi samedi dimanche matin soir"),
  coordinators: words('et mais'),
  clitics: words('me te se le la les nous vous lui leur y en'),
  locatives: words('au aux à dans en'),
  genericOrgNouns: words('entreprise société'),
};
