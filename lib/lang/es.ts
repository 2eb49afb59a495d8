// Spanish words, read by the quote attributor (lib/quotes/attribution).
import { words, type PhraseWords } from './phrase-words';

export const PHRASE_WORDS_ES: PhraseWords = {
  introducers: words('en según tras durante'),
  leadConjunctions: words('y pero'),
  phraseEnders: words('en a al con ante tras durante ayer hoy jueves'),
  prepositions: words('de del para por'),
  determiners: words('la el los las'),
  functionWords: words('de en a y'),
  timeWords: words('hoy ayer lunes martes miércoles jueves viernes sábado domingo'),
  coordinators: words('y pero'),
  clitics: words('me te se nos os le les lo la los las'),
  genericOrgNouns: words('empresa compañía'),
};
