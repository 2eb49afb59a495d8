// Portuguese words, read by the quote attributor (lib/quotes/attribution).
import { words, type PhraseWords } from './phrase-words';

export const PHRASE_WORDS_PT: PhraseWords = {
  introducers: words('em após durante'),
  leadConjunctions: words('e mas'),
  phraseEnders: words('no em ao'),
  prepositions: words('de do para por'),
  determiners: words('o os as a'),
  functionWords: words('e de'),
  timeWords: words('hoje ontem segunda terça quarta quinta sexta'),
  coordinators: words('e mas'),
  clitics: words('me te se nos lhe lhes o a as'),
  locatives: words('em no na nos nas'),
  genericOrgNouns: words('companhia'),
};
