// English words that report speech, in one place: the attribution cues (lib/quotes/cues.ts) and
// the entity predicate reader (lib/entities/predicate.ts) both read this list, so "X quipped"
// makes X a speaker in both. The quote attributor (lib/quotes/attribution) reads the phrase words below.
import { words, type PhraseWords } from './phrase-words';

/** Regular verbs of saying, as stems; `verbForms` adds -s, -ed and -ing. */
const REGULAR =
  'warn explain ask insist recall note continue stress claim state declare announce reply respond answer ' +
  'acknowledge admit concede observe remark comment emphasize emphasise maintain contend counter predict ' +
  'suggest urge complain lament post tweet conclude promise joke quip sigh shout yell whisper testify agree ' +
  'boast caution confirm vow pledge assert allege report describe recount reflect muse mention point ' +
  'remember repeat reiterate affirm deny dismiss criticize criticise praise welcome tout exclaim ' +
  'recollect estimate chuckle laugh scoff snap fire blast slam demand plead chant question ' +
  'implore snipe characterize characterise indicate retort interject grouse gripe bemoan proclaim fume gush scold retaliate beg ponder inform assure reassure rebut elaborate';

/** Irregular and fixed forms, written out. */
const IRREGULAR =
  'say says said saying tell tells told telling write writes wrote writing written add adds added adding ' +
  'argue argues argued arguing read reads put puts speak spoke speaks speaking sing sings sang singing go went goes ' +
  'think thinks thought hope hopes hoped believe believes believed feel feels felt call calls called calling ' +
  'cracked shot ' +
  // past forms only: the bare words are nouns as often as verbs ("press secretary", "no wonder", "mock trial")
  'pressed barked marveled marvelled wondered railed mocked thanked quoted ' +
  // verbs of judging that quote the judge's words ("Merkel condemned “such a murderous attack”")
  'condemned condemns denounced denounces dubbed labeled labelled labeling labelling hailed decried derided lambasted accused accuses';

/** "warn" → warn warns warned warning; "reply" → replies replied; "press" → presses. */
export function verbForms(stem: string): string[] {
  const bare = stem.endsWith('e') ? stem.slice(0, -1) : stem;
  const s = /(?:s|sh|ch|x)$/.test(stem)
    ? stem + 'es'
    : /[^aeiou]y$/.test(stem)
      ? stem.slice(0, -1) + 'ies'
      : stem + 's';
  const ed = stem.endsWith('e') ? stem + 'd' : /[^aeiou]y$/.test(stem) ? stem.slice(0, -1) + 'ied' : stem + 'ed';
  // "snap" → snapped, "quip" → quipped: a short vowel before one consonant doubles it
  const doubled = /^(?:snap|quip|chat|stop|plan|beg)$/.test(stem)
    ? [stem + stem.at(-1) + 'ed', stem + stem.at(-1) + 'ing']
    : [];
  return [stem, s, ed, bare + 'ing', ...doubled];
}

/** Every form of every English verb of saying, lower case. */
export const SPEECH_VERBS_EN: ReadonlySet<string> = new Set([
  ...REGULAR.split(/\s+/).filter(Boolean).flatMap(verbForms),
  ...IRREGULAR.split(/\s+/).filter(Boolean),
]);

/**
 * Words of nationality and faith: "the American people", "a British vote", "fellow Kentuckian Rand
 * Paul". Alone they are no speaker; before a name they are no part of it.
 */
export const DEMONYMS_EN: ReadonlySet<string> = new Set(
  (
    'American Americans British Briton Russian Chinese French German Mexican Syrian Iranian Israeli Palestinian ' +
    'European African Asian Canadian Japanese Korean Iraqi Afghan Saudi Cuban Turkish Italian Spanish Dutch Greek ' +
    'Ukrainian Polish Indian Pakistani Egyptian Libyan Yemeni Lebanese Jordanian Kurdish Venezuelan Brazilian ' +
    'Australian Irish Scottish Welsh English Muslim Christian Jewish Arab Catholic Evangelical Hispanic Latino ' +
    'Kentuckian Texan Californian Floridian Virginian Ohioan Iowan Georgian Arizonan Nevadan Coloradan'
  ).split(' '),
);

/**
 * The press's abbreviations of US states ("San Bernardino, Calif.", "Jackson, Miss."): a place
 * after a city, never a speaker.
 */
export const STATE_ABBREVIATIONS_EN: ReadonlySet<string> = new Set(
  (
    'Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev ' +
    'Okla Ore Pa Penn Tenn Tex Vt Va Wash Wis Wyo'
  ).split(' '),
);

export const PHRASE_WORDS_EN: PhraseWords = {
  introducers: words(
    'in on at after before during when while since as although though despite for with by from under ' +
      'speaking asked earlier later last this',
  ),
  leadConjunctions: words('and but as while so then that'),
  phraseEnders: words(
    'in on at during after before when while via to from about who which adding noting speaking referring pointing because as',
  ),
  prepositions: words('of at for from with in on to by about against'),
  determiners: words('the'),
  functionWords: words('on in at of for to by with from and or but the a an as than about'),
  timeWords: words('today yesterday monday tuesday wednesday thursday friday saturday sunday'),
  coordinators: words('and but'),
  locatives: words('in at'),
  genericOrgNouns: words(
    'company firm group organization organisation business startup maker giant brand platform outlet',
  ),
};

/** Words that open a subordinate clause: a verb after one has its subject after it. */
export const SUBORDINATORS_EN: ReadonlySet<string> = new Set(
  words('that because whether if since while although though when until unless'),
);

/** Words after which a verb of saying is a noun: "his comments", "the claims" (numbers and possessives too). */
export const NOUN_MARKERS_EN: ReadonlySet<string> = new Set(
  words('the a an his its their our my your these those such no any some many several whose'),
);

/** Words that open a new clause after a quote ("“…” as prices fell"): no attribution follows at once. */
export const CLAUSE_OPENERS_EN: ReadonlySet<string> = new Set(
  words('as while because when after before since if though although until and but so whereas which who like'),
);

/** Verbs whose listener, not speaker, follows them ("told Reuters"). */
export const LISTENER_VERBS_EN: ReadonlySet<string> = new Set(words('told tell tells'));

/** Plural nouns for a group of people, named later by what they are ("the doctors"). */
export const GROUP_NOUNS_EN: ReadonlySet<string> = new Set(
  words(
    'doctors physicians researchers scientists authors lawmakers activists protesters organizers organisers members ' +
      'workers residents students parents families teachers nurses officials analysts experts investigators prosecutors ' +
      'plaintiffs regulators lawyers attorneys senators democrats republicans fans users',
  ),
);

/** Other words a group of people goes by in the same article ("the doctors" ~ "Physicians for …"). */
export const GROUP_SYNONYMS_EN: Readonly<Record<string, string[]>> = {
  physicians: ['doctors', 'physicians'],
  doctors: ['physicians', 'doctors'],
  lawmakers: ['legislators', 'senators', 'representatives'],
  lawyers: ['attorneys'],
  attorneys: ['lawyers'],
  nurses: ['nurses'],
  researchers: ['scientists'],
  scientists: ['researchers'],
};

/** Verbs of acting a part: "Buckley plays Rose-Lynn" ("portraying Sanders as …" describes him instead). */
export const PLAY_VERBS_EN: ReadonlySet<string> = new Set(words('play plays played playing'));
