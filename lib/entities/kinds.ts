// What kind of actor a name is, from its words alone: a person's name, a body's, a place's.
import type { StakeholderKind } from '../types';
import { nameKey } from './key';
import {
  GOVERNMENT_NAMES,
  GOVERNMENT_WORDS,
  BODY_TAILS,
  GROUP_NAMES,
  ORG_HEADS,
  ORG_SUFFIXES,
  ORG_TAILS,
  PLACE_HEADS,
  PLACE_WORDS,
  PLACES,
} from './lexicon';

/** Lower-case particles allowed inside a name when a capitalised word follows ("Bank of England", "Ursula von der Leyen"). */
export const PARTICLES = new Set([
  'of',
  'the',
  'for',
  'and',
  'de',
  'da',
  'do',
  'dos',
  'das',
  'del',
  'della',
  'di',
  'du',
  'des',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'bin',
  'ibn',
  'al',
  'el',
  'y',
  'on',
  '&',
]);
export const GENERATIONAL = /^(?:jr|sr|ii|iii|iv|vi{0,3})\.?$/i;
const PERSON_WORD =
  /^\p{Lu}[\p{Ll}\p{M}'’-]*[\p{Ll}\p{M}](?:-\p{Lu}?[\p{Ll}\p{M}]+)*\.?$|^(?:\p{Lu}\.)+$|^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u;
/** The points themselves: "Western Journalism" may yet be anything. */
const COMPASS = new Set(['west', 'east', 'north', 'south']);
/** Org-head words that are also first names or surnames. */
const PERSON_HEADS = new Set(['frente']);

// The same names are asked about again and again while an article is indexed: answered once each
const kindCache = new Map<string, StakeholderKind>();
const MAX_CACHED_NAME = 300;
/** Kind of one name from its words alone. */
export function guessKind(words: string[], key: string): StakeholderKind {
  // a name's worth of characters: a hostile page's 100,000-letter "names" are not kept
  let chars = key.length;
  for (const w of words) chars += w.length;
  if (chars > MAX_CACHED_NAME) return kindOfWords(words, key);
  // (the words as JSON, a form no other list of words shares, then the key)
  const id = JSON.stringify(words) + key;
  let kind = kindCache.get(id);
  if (kind === undefined) {
    if (kindCache.size > 20000) kindCache.clear();
    kind = kindOfWords(words, key);
    kindCache.set(id, kind);
  }
  return kind;
}

function kindOfWords(words: string[], key: string): StakeholderKind {
  const lower = words.map((w) => nameKey(w));
  words = words.map((w) => w.replace(/\u00ad/g, ''));
  const last = lower[lower.length - 1];
  const head = lower[0];
  const underscored = lower.join('_');
  if (GOVERNMENT_NAMES.has(underscored)) return 'government';
  // the United Nations' bodies ("U.N. General Assembly", "UN Security Council") are of the UN, not a government
  if (lower.length >= 2 && (head === 'un' || (head === 'united' && lower[1] === 'nations'))) return 'organization';
  if (PLACES.has(underscored) || PLACES.has(key.replace(/ /g, '_'))) return 'place';
  if (lower.length >= 2 && !ORG_SUFFIXES.has(last) && (PLACE_WORDS.has(last) || PLACE_HEADS.has(head))) return 'place';
  if (lower.length === 1 && GROUP_NAMES.has(last)) return 'group';
  // Russian surnames tell themselves: "Поризкова", "Силуанов", "Достоевский"
  if (
    words.length === 1 &&
    /^\p{Lu}\p{Ll}+(?:ова|ева|ёва|ина|ына|ская|цкая|ов|ев|ёв|ин|ын|ский|цкий)$/u.test(words[0]) &&
    /\p{Script=Cyrillic}/u.test(words[0])
  )
    return 'person';
  // a people named in lower case (romance.ts keys "comunidad mapuche", "grupos mapuches" as "grupo mapuch")
  if (lower.length === 2 && head === 'grupo' && /^\p{Ll}/u.test(words[1])) return 'group';
  if (lower.length >= 2 && ORG_HEADS.has(head) && !PERSON_HEADS.has(head))
    return GOVERNMENT_WORDS.has(head) ||
      /^(?:gobierno|gouvernement|governo|vláda|правительство|ministerio|ministère|ministério|ministerstvo|министерство|autorités|autoridades|autorità)$/.test(
        head,
      )
      ? 'government'
      : 'organization';
  if (ORG_SUFFIXES.has(last) || (ORG_SUFFIXES.has(head) && lower.includes('of'))) {
    if (GOVERNMENT_WORDS.has(last) || (GOVERNMENT_WORDS.has(head) && lower.includes('of'))) {
      // "Justice Department" yes; "Fishing Vessel Owners Association" no
      return /^(?:ministry|ministère|ministerio|ministério|ministerstvo|government|administration|department|cabinet|parliament|congress|senate|kremlin|presidency|assembly|legislature|police|army|navy|military)$/.test(
        GOVERNMENT_WORDS.has(last) ? last : head,
      )
        ? 'government'
        : 'organization';
    }
    return 'organization';
  }
  if (
    words.some(
      (w) => /^\p{Lu}[\p{Lu}\p{N}&.]+$/u.test(w) && !/^(?:\p{Lu}\.)+\p{Lu}?$/u.test(w) && !GENERATIONAL.test(w),
    ) ||
    words.some((w) => /\d/.test(w))
  )
    return 'organization';
  // a capitalised first word is a given name even when it is also a particle elsewhere ("Al Gore", "De Niro")
  const nameWords = words.filter(
    (w, i) => (i === 0 && /^\p{Lu}\p{Ll}/u.test(w)) || (!PARTICLES.has(w.toLowerCase()) && !GENERATIONAL.test(w)),
  );
  if (lower.some((w, i) => i < lower.length - 1 && ORG_SUFFIXES.has(w) && PARTICLES.has(lower[i + 1])))
    return 'organization';
  if (lower.includes('and') && ORG_TAILS.has(last)) return 'organization';
  // people are not "of" or "for" anything in English ("Web of Angels", "Doctors for Camp Closure")
  if (lower.includes('of') || lower.includes('the') || lower.includes('for')) return 'organization';
  // "Pew Research", "Energy Control", "Whole Foods": a body's last word, which no surname is
  // ("Justice" is: Jim Justice)
  if (lower.length >= 2 && (ORG_TAILS.has(last) || BODY_TAILS.has(last)) && last !== 'justice') return 'organization';
  // no one's name opens with a point of the compass: "West Africa" is a place, "West Ham" a club
  if (lower.length >= 2 && COMPASS.has(head)) return PLACES.has(lower.slice(1).join('_')) ? 'place' : 'organization';
  if (nameWords.length >= 2 && nameWords.length <= 5 && nameWords.every((w) => PERSON_WORD.test(w))) return 'person';
  if (nameWords.length === 1 && /^[\p{L}\p{M}]+$/u.test(nameWords[0]) && /[\p{Ll}]/u.test(nameWords[0]))
    return 'organization';
  return 'organization';
}
