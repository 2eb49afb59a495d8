// English words that report speech, in one place: the attribution cues (lib/quotes/cues.ts) and
// the entity predicate reader (lib/entities/predicate.ts) both read this list, so "X quipped"
// makes X a speaker in both.

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
