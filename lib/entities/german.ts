import { isGermanPersonNoun } from '../lang/de';

// German writes every noun with a capital, so a capitalised word is no sign of a name there:
// "Angebot", "Kunden Video-Anrufdienste", "Glauben Sie". This module reads a German name
// candidate the way a German reader does: descriptor nouns in front come off ("Mobilfunkanbieter
// Freenet", "Freenet-Chef Christoph Vilanek", "Leitung von Mathias Ehrlich"), the formal "Sie"
// is no name, and what remains is a name only when something shows it: it speaks or is quoted,
// a descriptor stood in front of it, it carries a company suffix, it is a person's two-part name,
// or the article uses it without an article as a subject or partner ("wie Flixbus").

/** The formal "you" and its forms: an interview's questions, never part of a name. */
const FORMAL_YOU = new Set(['sie', 'ihre', 'ihr', 'ihnen', 'ihren', 'ihrem', 'ihrer', 'ihres']);
/** Articles and determiners: a word after one is a common noun ("das Angebot", "den Markt"). */
const DETERMINERS = new Set(
  `der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines im am zum zur vom beim ins ans
  dieser diese dieses diesem diesen jeder jede jedes jedem jeden alle allen aller sein seine seinen seinem seiner ihr ihre ihren
  ihrem ihrer unser unsere unseren unserem mein meine meinen viele vielen mehr wenige einige beide beiden`.split(/\s+/),
);
/** Endings of German common nouns: abstracts and most plurals. */
const NOUN_ENDING =
  /(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|ion|ionen|tät|täten|ismus|nis|nisse|tum|ment|mente|enz|anz|ik|ur|ei|ie|ien|chen|lein|nahme|ände|äne|änen|äge|ärte|üsse|eile|iele)$/;
/** Nouns that describe the person whose name follows them ("Freenet-Chef Christoph Vilanek", "Bundesverkehrsminister Scheuer"). */
const PERSON_DESCRIPTOR =
  /^(?:\p{L}+-)?\p{L}*(?:chef|chefin|minister|ministerin|sprecher|sprecherin|präsident|präsidentin|leiter|leiterin|gründer|gründerin|experte|expertin|analyst|analystin|direktor|direktorin|manager|managerin|vorstand|reporter|reporterin|journalist|journalistin|kanzler|kanzlerin|herr|frau|leitung)$/u;
/** Nouns that describe the body whose name follows them ("die Tochter Flixtrain", "der Plattformbetreiber Flixbus"). */
const BODY_DESCRIPTOR =
  /^(?:\p{L}+-)?\p{L}*(?:anbieter|anbieters|betreiber|betreibers|dienstleister|dienstleisters|unternehmen|unternehmens|konzern|konzerns|tochter|firma|gruppe|verband|verbands|hersteller|herstellers|händler|händlers|marke|plattform|sender|senders|zeitung|magazin|portal|start-up|startup|verlag|verlags|gewerkschaft|partei|behörde|ministerium|ministeriums|agentur|verein|vereins|bündnis|bündnisses|organisation|gesellschaft|club|klub)$/u;
/** A noun for a person's office or trade: the listed ones, or any compound on a head of lib/lang/de.ts ("Chefredakteurin"). */
const isPersonDescriptor = (lower: string): boolean => PERSON_DESCRIPTOR.test(lower) || isGermanPersonNoun(lower);
export const isDescriptor = (lower: string): boolean => isPersonDescriptor(lower) || BODY_DESCRIPTOR.test(lower);
/** A title that describes a body ("Verlag", "Hamburger Verlag"), which makes no lone name a person's. */
export const isBodyTitle = (title: string): boolean => BODY_DESCRIPTOR.test(title.split(/\s+/).pop()!.toLowerCase());

/** Adjectives of place and kind that open a name, written large only there mid-sentence ("Deutsche Bahn", "Europäische Zentralbank", "Neue Zürcher"). */
const NAME_ADJECTIVE = /(?:sche|scher|schen|sches|eue|euen|euer|eie|eien|eier|ale|alen|aler)$/;
/** Adjectives of manner, small mid-sentence: one opening a span is a sentence's first word ("Eigenwirtschaftliche Bahnen"). */
const ADJECTIVE = /(?:lich|ig|bar|los|sam|haft|iv|ell)(?:e|en|er|es|em)$/;
/** Amounts and times, never part of a name ("Millionen Euro", "Ende Q3"). */
const MEASURES = new Set([
  'millionen',
  'milliarden',
  'million',
  'milliarde',
  'prozent',
  'euro',
  'dollar',
  'ende',
  'anfang',
  'mitte',
  'jahr',
  'jahre',
  'jahren',
  'tausend',
  'hundert',
]);
/** A byline line: "Von Markus Balser, Berlin", "Von Markus Balser und Klaus Ott". */
export const GERMAN_BYLINE =
  /^(?:Von|Text:|Interview:)\s+\p{Lu}[\p{L}.-]+(?:\s+\p{Lu}[\p{L}.-]+){0,2}(?:\s+(?:und|&)\s+\p{Lu}[\p{L}.-]+(?:\s+\p{Lu}[\p{L}.-]+){0,2})?(?:,\s*\p{Lu}[\p{L}-]+)?\.?$/u;

/**
 * Whether a name stands in a byline credit at a paragraph's end ("… Fahrplans. Von Markus Balser
 * und Klaus Ott"): a teaser's author, not an actor of the story.
 */
export function inBylineCredit(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end);
  const NAME = String.raw`\p{Lu}[\p{L}.-]+(?:\s+\p{Lu}[\p{L}.-]+){0,2}`;
  const opens =
    /(?:^|[.!?…“”"]\s+)Von\s+$/u.test(before) ||
    new RegExp(`(?:^|[.!?…“”"]\\s+)Von\\s+${NAME}\\s+(?:und|&)\\s+$`, 'u').test(before);
  return opens && new RegExp(`^\\s*(?:(?:und|&)\\s+${NAME})?(?:,\\s*\\p{Lu}[\\p{L}-]+)?\\s*$`, 'u').test(after);
}

/** The kind a German name's descriptor or shape gives it ("Tochter Flixtrain", "Deutsche Bahn"), if they give one. */
export function germanKind(name: string, descriptor: string | null): 'person' | 'organization' | null {
  const words = name.split(/\s+/);
  if (words.length > 1 && NAME_ADJECTIVE.test(words[0].toLowerCase())) return 'organization';
  const last = descriptor?.split(/\s+/).pop()?.toLowerCase() ?? '';
  return isPersonDescriptor(last) ? 'person' : BODY_DESCRIPTOR.test(last) ? 'organization' : null;
}
/** Company and body suffixes that make a name of what stands before them. */
const BODY_SUFFIX = new Set([
  'ag',
  'gmbh',
  'se',
  'kg',
  'kgaa',
  'e.v.',
  'ev',
  'mbh',
  'gruppe',
  'holding',
  'stiftung',
  'verband',
  'partei',
]);
/** Prepositions, conjunctions and particles that open a sentence, written large there only. */
const OPENERS = new Set(
  'laut nach für von bei mit auch doch aber und oder wie dass so nur noch schon dann denn zudem damit gegen ohne über unter vor seit während trotz wegen'.split(
    ' ',
  ),
);
/** "Von der Leyen", "Van den Berg", "Zu Guttenberg" opening a sentence: the particle of a name. */
const NOBLE_PARTICLE = /^(?:Von|Van|Zu|Vom) (?:der|den|dem|\p{Lu})/u;
/** "Ursula von der Leyen", "Richard von Weizsäcker": a first name, von or zu, maybe an article, one surname. */
function nobleName(words: string[]): boolean {
  if (words.length < 3 || words.length > 4 || !/^(?:von|zu)$/.test(words[1])) return false;
  const first = words[0];
  if (!PERSON_WORD.test(first) || isDescriptor(first.toLowerCase()) || NOUN_ENDING.test(first.toLowerCase()))
    return false;
  return words.length === 3
    ? /^\p{Lu}/u.test(words[2])
    : /^(?:der|den|dem)$/.test(words[2]) && /^\p{Lu}/u.test(words[3]);
}

/** Words that link a descriptor to the name it describes ("Leitung von Mathias Ehrlich", "Übernahme des Anbieters Media Broadcast"). */
const LINKS = new Set(['von', 'des', 'der', 'vom']);

/** A title read off a German run, without the sentence's opener in front ("Laut Verkehrsminister" → "Verkehrsminister"). */
export function germanTitle(title: string | null): string | null {
  if (!title) return title;
  const words = title.split(/\s+/);
  while (words.length > 1 && (OPENERS.has(words[0].toLowerCase()) || DETERMINERS.has(words[0].toLowerCase())))
    words.shift();
  return words.join(' ');
}

export interface GermanName {
  /** The name once descriptors are off ("Freenet" from "Mobilfunkanbieter Freenet"). */
  name: string;
  /** Whether a descriptor stood in front: the article itself says this is a name. */
  described: boolean;
}

/** The name inside a German candidate span, or null when nothing of it can be a name. */
export function germanName(span: string): GermanName | null {
  let words = span.split(/\s+/).filter(Boolean);
  if (words.some((w) => FORMAL_YOU.has(w.toLowerCase()))) return null;
  // a descriptor at the end is a common noun phrase ("Stengers Plattform", "Unternehmen"), unless it is a body's suffix ("Freenet Gruppe")
  const last = words[words.length - 1].toLowerCase();
  if (isDescriptor(last) && !(words.length > 1 && BODY_SUFFIX.has(last))) return null;
  // a sentence's first word written large ("Laut Ilse Quandt", "Auch Freenet")
  // and a determiner opening it ("Unser Angebot", "Die Lokführergewerkschaft GVL"): no part of a name,
  // and what it stands before counts as written after an article
  // ("Von der Leyen" is a name's particle, not an opener)
  while (
    words.length > 1 &&
    (OPENERS.has(words[0].toLowerCase()) || DETERMINERS.has(words[0].toLowerCase())) &&
    !NOBLE_PARTICLE.test(words.slice(0, 2).join(' '))
  )
    words = words.slice(1);
  let described = false;
  // "Leitung von Mathias Ehrlich", "Deutschland-Chef von Flixbus", "Übernahme des Anbieters X": the
  // part after the last link ("Ursula von der Leyen", "Richard von Weizsäcker" keep their particle)
  const link = words.findLastIndex((w, i) => i > 0 && i < words.length - 1 && LINKS.has(w));
  if (link > 0 && !nobleName(words) && !NOBLE_PARTICLE.test(words.slice(0, 2).join(' '))) {
    described = isDescriptor(words[link - 1].toLowerCase());
    words = words.slice(link + 1);
  }
  // descriptors in front, and the adjectives that go with them ("Münchener Unternehmen Exaring")
  let cut = -1;
  words.forEach((w, i) => {
    if (i < words.length - 1 && isDescriptor(w.toLowerCase())) cut = i;
  });
  if (cut >= 0) {
    words = words.slice(cut + 1);
    described = true;
  }
  // a common noun glued on after the name ("Freenet Pläne"): the name ends before it; after a
  // descriptor the whole run is the name ("Verlag Nordlicht Medien")
  while (
    !(described && words.length <= 3) &&
    words.length > 1 &&
    NOUN_ENDING.test(words[words.length - 1].toLowerCase()) &&
    !BODY_SUFFIX.has(words[words.length - 1].toLowerCase())
  )
    words = words.slice(0, -1);
  if (!words.length) return null;
  return { name: words.join(' '), described };
}

/**
 * Whether a German name candidate shows itself as a name: a company suffix, a descriptor in
 * front, a voice of its own, or a person's two-part name the article repeats; never a word with a
 * common noun's ending, nor one the article mostly writes after an article ("den Markt").
 */
export function germanNameShows(
  name: string,
  described: boolean,
  voiced: boolean,
  mentions: number,
  withArticle: number,
  midSentence: number,
): boolean {
  const words = name.split(/\s+/);
  const lower = words.map((w) => w.toLowerCase());
  if (words.length > 1 && BODY_SUFFIX.has(lower[lower.length - 1])) return true;
  // an acronym ("GVL", "DJV") is no common noun, whether or not an article stands before it ("die GVL")
  // (a technical one, "TV", "HD", "ICE", shows no body in front and has no voice)
  if (words.length === 1 && /^\p{Lu}{2,6}$/u.test(words[0])) return described || voiced;
  // "Deutsche Bahn" mid-sentence: an adjective written large is part of a name
  if (words.length > 1 && NAME_ADJECTIVE.test(lower[0])) return midSentence > 0 && !NOUN_ENDING.test(lower[1]);
  if (lower.some((w) => MEASURES.has(w)) || ADJECTIVE.test(lower[0])) return false;
  // a common noun's ending rules a word out, except after the first word of a run a descriptor
  // introduced ("Verlag Nordlicht Medien")
  const nounAt = lower.findIndex((w) => NOUN_ENDING.test(w.replace(/^.*-/, '')));
  if (nounAt === 0 || (nounAt > 0 && !described)) return false;
  if (withArticle * 2 > mentions) return false;
  if (described || voiced) return true;
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((w) => PERSON_WORD.test(w)) &&
    withArticle === 0 &&
    mentions >= 2
  );
}

/** Whether the word before a mention is a German article or determiner. */
export const afterDeterminer = (before: string): boolean => DETERMINERS.has(lastWord(before));

const PERSON_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

function lastWord(text: string): string {
  const m = /([\p{L}]+)\s*$/u.exec(text);
  return m ? m[1].toLowerCase() : '';
}
