// The word lists the attributor reads, gathered from every language's data (lib/lang/<code>.ts):
// the union, since a page's language is not always known and the lists hardly overlap in meaning.
import type { PhraseWords } from '../../lang/phrase-words';
import { PHRASE_WORDS_EN } from '../../lang/en';
import { PHRASE_WORDS_FR } from '../../lang/fr';
import { PHRASE_WORDS_ES } from '../../lang/es';
import { PHRASE_WORDS_PT } from '../../lang/pt';
import { PHRASE_WORDS_DE } from '../../lang/de';
import { PHRASE_WORDS_CS } from '../../lang/cs';
import { PHRASE_WORDS_RU } from '../../lang/ru';

const LANGUAGES: PhraseWords[] = [
  PHRASE_WORDS_EN,
  PHRASE_WORDS_FR,
  PHRASE_WORDS_ES,
  PHRASE_WORDS_PT,
  PHRASE_WORDS_DE,
  PHRASE_WORDS_CS,
  PHRASE_WORDS_RU,
];

function union(list: keyof PhraseWords): ReadonlySet<string> {
  return new Set(LANGUAGES.flatMap((l) => l[list] ?? []));
}

/** An opening adverbial ("In a post on LinkedIn, …", "Selon …"): not the subject. */
export const INTRO = new RegExp(`^(?:${[...union('introducers')].join('|')})\\b`, 'i');
export const LEAD_STRIP = union('leadConjunctions');
export const PREP_CUT = union('phraseEnders');
export const PREPOSITIONS = union('prepositions');
export const DETERMINERS = union('determiners');
export const FUNCTION_WORDS = union('functionWords');
export const TIME_WORDS = union('timeWords');
export const COORDINATORS = union('coordinators');
export const CLITICS = union('clitics');
export const LOCATIVES = union('locatives');
export const GENERIC_ORG_NOUNS = union('genericOrgNouns');

/** "una fuente de los servicios …", "une source proche du ministère": a source, then the body it is from. */
export const SOURCE_OF =
  /^(?:una?|unas|unos|une|des|uma|umas|um)\s+(?:fuentes?|sources?|fontes?)\s+(?:cercanas?\s+a|proches?\s+d[eu]|próximas?\s+a|de|del|da|do|des|du|d['’])\s*(?:los|las|la|el|les|le|l['’]|os|as|o|a)?\s*(.+)$/iu;

/** Words that open a reported clause: a verb followed by one does not end its sentence. */
export const COMPLEMENTIZERS: ReadonlySet<string> = new Set(
  'that que dass že что how why what whether to if'.split(' '),
);

/** Subject pronouns that stand for a group ("they", "ils", "ellos", "они"). */
export const PLURAL_SUBJECTS: ReadonlySet<string> = new Set(['they', 'ils', 'ellos', 'они']);
/** Plural pronouns a short phrase may lead or end with. */
export const PLURAL_PRONOUNS: ReadonlySet<string> = new Set([
  'they',
  'ils',
  'elles',
  'ellos',
  'ellas',
  'они',
  'eles',
  'elas',
]);
/** The speaker's own or the listener's pronoun: never a third person named earlier. */
export const FIRST_SECOND_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'yo', 'je', 'ich', 'я']);
/** Object and possessive forms: "his", "her" point at an owner, not at a speaker. */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['his', 'him', 'himself', 'her', 'hers', 'herself']);
