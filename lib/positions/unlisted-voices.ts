// Voices the stakeholder list left out: a name the article makes the subject of a verb of speech
// ("Nate Cohn explained that …", "The Washington Post reported that …") holds its words, so they
// are not left to no one.
import type { Stakeholder } from '../types';
import type { Entity, EntityIndex } from '../entities';
import type { Sentence } from '../text/sentences';
import { speaksDirectly, speaksThrough } from '../entities/predicate';
import { sentenceBefore } from './reading';
import type { Subject } from './subject';
import type { HolderBook } from './holders';

/** "according to Variety,", "…, said Nate Cohn.": the verb of speech before the name. */
const SOURCE_BEFORE = /(?:[Aa]ccording to|\b(?:said|says|reported|wrote|writes|told|added|noted))\s+(?:the\s+)?$/;
/** How far before a name "according to" or "said" is looked for. */
const SOURCE_REACH = 40;
/** An all-capital heading of several words ("INDIANA’S DEMOGRAPHICS FAVOR CRUZ"), not a name. */
const HEADING = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\s[^\p{Ll}]*$/u;
/** The shape of a name that can speak: capitalised words, no digits, a few of them. */
const VOICE_NAME =
  /^\p{Lu}[\p{L}\p{M}’'.&-]*(?:\s+(?:of|for|the|and|de|van|von|al)?\s*\p{Lu}[\p{L}\p{M}’'.&-]*){0,4}$/u;
/** "Republican", "German", "Japanese", "Democratic", "British": what a word of a people or a party ends in. */
const ADJECTIVE_OF_A_PEOPLE = /(?:an|ese|ish|ic)$/;

/**
 * When the sentence's speaking subject is a name no stakeholder stands for, takes it in as a
 * voice (returned, and added to the book) so that it holds what it says.
 */
export function takeInVoice(
  sentence: Sentence,
  speaker: Subject | null,
  book: HolderBook,
  entities: EntityIndex | undefined,
  english: boolean,
): Stakeholder | null {
  if (
    !english ||
    speaker?.agency !== 2 ||
    speaker.turn ||
    speaksThrough(speaker.after) ||
    !nameEndsHere(speaker.after, sentenceBefore(sentence, speaker.mention.start)) ||
    book.holders.has(speaker.mention.entity) ||
    !/^\p{Lu}/u.test(speaker.mention.text) ||
    !canVoice(speaker.mention.entity, entities!)
  )
    return null;
  const voice = voiceOf(speaker.mention.entity);
  book.addVoice(speaker.mention.entity, voice);
  return voice;
}

/**
 * Whether the name stands whole: a word after it is its own verb ("Politico reported"), or a mark
 * ends it ("according to Variety,"); not a word that goes on the name ("the Iraqi activist group",
 * "White House-era documents").
 */
const nameEndsHere = (after: string, before: string): boolean =>
  (SOURCE_BEFORE.test(before.slice(-SOURCE_REACH)) && /^\s*(?:[,.;:!?)”"]|$)/.test(after)) || speaksDirectly(after);

/**
 * Whether an entity the stakeholder list left out may hold what it says: a person, body or
 * group with a name's shape; not a place, which is a setting even when the index made it act,
 * nor a heading written in capitals.
 */
function canVoice(e: Entity, index: EntityIndex): boolean {
  // the index, too, read it speak somewhere ("Nate Cohn explained", "according to Politico")
  if (!e.speaks || e.kind === 'place' || !VOICE_NAME.test(e.name) || HEADING.test(e.name)) return false;
  if (/\s/.test(e.name)) return true;
  // one word: a name the article also writes inside a sentence, not a common word that opens
  // sentences ("Critics say", "Figures suggest") nor an adjective of a people or party ("Republican")
  return e.midSentence > 0 && !index.isCommonWord(e.name) && !ADJECTIVE_OF_A_PEOPLE.test(e.name);
}

const voiceOf = (e: Entity): Stakeholder => ({
  name: e.name,
  aliases: e.aliases.filter((a) => a !== e.name),
  kind: e.kind,
  role: e.role,
  mentions: e.mentions.length,
  quoted: false,
  quoteCount: 0,
  quotedWords: 0,
  central: false,
});
