// buildStakeholders: the entity index and the quotes, as the digest's list of actors.
// Only actors worth listing: a named person, a body with an organization's name, or any name
// the article makes act or speak. Central first: those quoted and those the story is about.
import type { Quote, Stakeholder, Voices } from './types';
import type { Entity, EntityIndex } from './entities';
import { guessKind, nameKey } from './entities';
import {
  COUNTRIES,
  ORG_SUFFIXES,
  PEOPLES,
  PLACES,
  SEATS,
  STOP_WORDS,
  THING_HEADS,
  THING_WORDS,
} from './entities/lexicon';
import { countWords } from './text/count';
import { gluedSentence, homeOfPerson } from './quotes/names';
import { scanNames } from './entities/scan';
import { germanKind, germanNameShows } from './entities/german';
import { RELATIONS } from './entities/roles';
import { readsAsEnglish } from './language';

/** Acronyms and capitalised words that are things, not actors. */
const NOT_ACTORS = new Set(
  `ai tv gdp ceo cfo coo cto pdf url dna rna covid covid-19 hiv aids llm llms nft nfts ipo etf etfs ev evs suv gps usb ok am pm pr hr
  it id phd mba faq q&a vip diy lgbt lgbtq lgbtq+ esg api apis app apps ar vr 5g 4g 3d 2d wifi wi-fi html css ios android
  internet web online bitcoin covid-19 coronavirus a&e uk-based us-based ad ads gif vs eu-wide`.split(/\s+/),
);
/** First words of the names of competitions, prizes and laws in other languages (English ones end in "Cup", "Prize", "Act"). */
const EVENT_FIRST = new Set([
  'copa',
  'taça',
  'coupe',
  'campeonato',
  'torneo',
  'torneio',
  'mundial',
  'juegos',
  'jogos',
  'jeux',
  'premio',
  'prêmio',
  'prix',
  'ley',
  'lei',
  'loi',
  'mistrovství',
  'pohár',
  'кубок',
  'чемпионат',
]);
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&.]+$/u;
/** A name as a speaker: letters, spaces and the marks names carry, no sentence glued into it. */
const NAME_SHAPE = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.\- ]{0,80}$/u;
const NAME_LIKE = { test: (s: string) => NAME_SHAPE.test(s) && !gluedSentence(s) };
const DEMONYM = /(?:an|ese|ish|ic|[lnqdt]i)$/;
/** Peoples' adjectives that DEMONYM's endings miss ("Arab Israeli" citizens). */
const OTHER_DEMONYMS = new Set([
  'arab',
  'thai',
  'swiss',
  'french',
  'dutch',
  'greek',
  'czech',
  'welsh',
  'scots',
  'basque',
]);
const isDemonym = (w: string) => DEMONYM.test(w) || OTHER_DEMONYMS.has(w);

/** Political groups that take part even when the article does not make them act. */
const PARTY_GROUPS = new Set([
  'republicans',
  'democrats',
  'conservatives',
  'liberals',
  'labour',
  'tories',
  'the opposition',
  'opposition',
]);

/** Whether an entity is worth listing at all: it speaks, acts, or is named and returned to. */
function worthListing(e: Entity, quoteCount: number, index: EntityIndex): boolean {
  const key = nameKey(e.name);
  // a capitalised common word ("Workers", "Fire", "Gear"): the article writes it in lower case too
  if (
    (e.kind === 'organization' || e.kind === 'person') &&
    !key.includes(' ') &&
    !ACRONYM.test(e.name) &&
    index.isCommonWord(key) &&
    e.possessives < 2
  )
    return false;
  if (NOT_ACTORS.has(key) || !/\p{L}/u.test(key)) return false;
  // a connective, an interjection, a dateline's "OH": no name however it is written
  if (namesNoOne(key) || codeLike(e.name)) return false;
  const words = key.split(' ');
  const last = words[words.length - 1];
  const mentions = e.mentions.length;
  const engaged = e.acts > 0 || !!e.role || e.bodyNoun > 0;
  if (isThing(words)) return false;
  // a single word that only ever opens sentences is a common word ("Someone", "Originally")
  if (
    words.length === 1 &&
    e.midSentence === 0 &&
    e.references === 0 &&
    e.placeType !== 'polity' &&
    !ACRONYM.test(e.name) &&
    !(e.speaks > 0)
  )
    return false;
  // "in Tarn", "from Osla": a place the index does not know, named only as where things happen
  if (e.kind !== 'place' && e.locative * 2 >= mentions && !e.speaks && !e.references && quoteCount === 0) return false;
  if (quoteCount > 0) return true;
  switch (e.kind) {
    case 'person':
      // "East Asian", "South Korean": adjectives, not people
      if (words.every(isDemonym) && e.acts === 0 && !e.role) return false;
      // "Buck Cullen with his daughter Kaiarahi": someone's relative named once by a first name
      // alone, who neither acts nor speaks, is a detail of another's story (a caption), not an actor
      if (words.length === 1 && mentions === 1 && !e.acts && !e.speaks && e.role && kinOnly(e.role)) return false;
      // named once in passing, with no role: not part of the story
      return (
        mentions >= 3 || !!e.role || e.speaks > 0 || (mentions >= 2 && e.acts > 0) || (e.inTitle && words.length >= 2)
      );
    case 'group':
      return PARTY_GROUPS.has(key) ? mentions >= 2 : mentions >= 4 && e.acts > 0;
    case 'place':
      return e.placeType !== 'feature' && e.acts > 0 && (mentions >= 2 || e.inTitle);
    default: {
      if (e.afterThe * 2 > mentions && !e.acts) return false;
      const suffix = ORG_SUFFIXES.has(last);
      if (words.length > 1)
        return (
          (suffix && (mentions >= 2 || engaged)) || e.acts > 0 || !!e.role || e.aliases.some((a) => ACRONYM.test(a))
        );
      if (ACRONYM.test(e.name)) return (mentions > 1 ? e.acts > 0 : e.speaks > 0) || !!e.role || e.possessives > 0;
      if (DEMONYM.test(key) && !e.possessives) return false;
      // one mention of one word: only a body with a role, a possessive or a noun of its own ("the Likud party")
      if (mentions === 1) return !!e.role || e.bodyNoun > 0 || e.possessives > 0;
      // things act too ("Sensex ended", "Polaris docked"); bodies speak, are "the company", have roles
      return (
        e.speaks > 0 ||
        e.references > 0 ||
        !!e.role ||
        e.bodyNoun > 0 ||
        e.possessives > 1 ||
        (e.possessives > 0 && mentions >= 2) ||
        (e.acts > 0 && mentions >= 2 && e.afterTheLower * 2 < mentions)
      );
    }
  }
}

export function buildStakeholders(
  entities: EntityIndex,
  quotes: Quote[],
  lang: string | null = 'en',
  paragraphs: string[] = [],
): Stakeholder[] {
  // the verb lists are English: elsewhere a name the article comes back to is enough
  const english = readsAsEnglish(lang);
  const german = !!lang && lang.toLowerCase().startsWith('de');
  const { byEntity, unknown, fuller, absorbed } = quotesBySpeaker(entities, quotes);
  const employers = employersInRoles(entities);
  const out: (Stakeholder & { score: number })[] = [];
  for (const found of entities.entities) {
    // one person under two partial names ("Te Kaurinui Robert" and "Te Kaurinui Parata"): listed once, by the whole one
    if (absorbed.has(found)) continue;
    // someone's workplace is a body, and "at" it is no location
    const e =
      found.kind === 'person' && employers.has(nameKey(found.name))
        ? { ...found, kind: 'organization' as const, locative: 0 }
        : found;
    const parts = [...absorbed].filter(([, into]) => into === found).map(([part]) => part);
    const own = byEntity.get(found) ?? [];
    // "Copa Libertadores", "Coupe du monde", "Premio Nobel": an event or a prize, not an actor
    if (!own.length && EVENT_FIRST.has(nameKey(e.name).split(' ')[0]) && nameKey(e.name).includes(' ')) continue;
    if (german) {
      // every German noun is capitalised: only a name that shows itself as one
      if (
        !germanNameShows(
          e.name,
          !!e.role,
          own.length > 0 || e.speaks > 0,
          e.mentions.length,
          e.afterTheLower,
          e.midSentence,
        )
      )
        continue;
    } else if (!worthListing(e, own.length, entities) && (english || !returnedTo(e, entities))) continue;
    const mentions = e.mentions.length + parts.reduce((n, p) => n + p.mentions.length, 0);
    const quotedWords = own.reduce((n, q) => n + countWords(q.text), 0);
    const score =
      own.length * 3 +
      e.acts * 2 +
      mentions +
      (e.inTitle ? 4 : 0) +
      (e.role ? 1 : 0) +
      (e.mentions[0]?.paragraph <= 1 ? 2 : 0);
    // "Lovely" in the text, "Mary E. Lovely" as the quotes' speaker: one person, by the fuller name
    const full = fuller.get(found);
    const name = full ?? e.name;
    // the names the quotes give the speaker ("House Speaker Paul Ryan") are this entity's too
    const said = own.map((q) => q.speaker!).filter((n) => n !== name && n !== e.name && !e.aliases.includes(n));
    out.push({
      name,
      aliases: [
        ...new Set([
          ...(full && usedAlone(e, full, paragraphs, entities) ? [e.name] : []),
          ...e.aliases,
          ...parts.flatMap((p) => [p.name, ...p.aliases]),
          ...said,
        ]),
      ].filter((a) => a !== name),
      // the quotes' fuller name is a person's when the index's was, else what its own words say
      // ("Centre for Economic Policy Research" is no person)
      kind: full
        ? e.kind === 'person'
          ? 'person'
          : guessKind(full.split(/\s+/), nameKey(full))
        : (german && germanKind(e.name, e.role)) || (actingPolity(e) ? 'government' : e.kind),
      role: e.role,
      mentions,
      quoted: own.length > 0,
      quoteCount: own.length,
      quotedWords,
      central: own.length > 0 || e.inTitle || mentions >= 4 || (e.kind === 'place' ? e.acts > 1 : e.acts > 0),
      score,
    });
  }
  // a speaker the index does not know still speaks in the article
  for (const [speaker, own] of unknown) {
    if (entities.isExcluded(speaker) || NOT_ACTORS.has(nameKey(speaker)) || !NAME_LIKE.test(speaker)) continue;
    out.push({
      name: speaker,
      aliases: [],
      // "servicios de inteligencia": a body the article names in lower case
      kind: /^\p{Ll}/u.test(speaker) ? 'group' : guessKind(speaker.split(/\s+/), nameKey(speaker)),
      role: own.find((q) => q.role)?.role ?? null,
      mentions: 0,
      quoted: true,
      quoteCount: own.length,
      quotedWords: own.reduce((n, q) => n + countWords(q.text), 0),
      central: true,
      score: own.length * 3,
    });
  }
  out.sort((a, b) => Number(b.central) - Number(a.central) || b.score - a.score || b.mentions - a.mentions);
  return foldIntoCountries(out).map(({ score: _score, ...s }) => s);
}

/**
 * Whether the article uses the index's shorter name alone, not only as the tail of the quotes'
 * fuller one: "Jianxiong" is no name of He Jianxiong when it only ever follows "He" (a word the
 * scanner drops at a sentence's start). Without the text, the shorter name is kept.
 */
function usedAlone(e: Entity, full: string, paragraphs: string[], entities: EntityIndex): boolean {
  if (!paragraphs.length || !full.endsWith(' ' + e.name)) return true;
  const front = full.slice(0, full.length - e.name.length);
  // only a common word is dropped so ("Sonya A. Zoghlin" read as "Zoghlin" still goes by "Zoghlin")
  if (
    !front
      .trim()
      .split(/\s+/)
      .every((w) => entities.isCommonWord(w))
  )
    return true;
  return e.mentions.some((m) => {
    const text = paragraphs[m.paragraph];
    return !text || text.slice(Math.max(0, m.start - front.length), m.start) !== front;
  });
}

/** Relations that are no family: a colleague or a friend named once may still be part of the story. */
const NOT_KIN = new Set(['colleague', 'friend', 'partner', 'neighbor', 'neighbour']);
/** "his daughter", "Parata's son": a role that only says whose relative someone is. */
function kinOnly(role: string): boolean {
  const head = role.trim().toLowerCase().split(/\s+/).pop()!.replace(/[.,]$/, '');
  return RELATIONS.has(head) && !NOT_KIN.has(head);
}

/**
 * Names that other people's roles say they work at ("equity strategist at Miller Tabak",
 * "an analyst with Wedbush"): a workplace, so a body, however much its name looks like a person's.
 */
function employersInRoles(index: EntityIndex): Set<string> {
  const out = new Set<string>();
  for (const e of index.entities) {
    const at = e.role?.match(
      /\b(?:at|with)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}.'’&-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’&-]*)*)\s*$/u,
    );
    if (at) out.add(nameKey(at[1]));
  }
  return out;
}

/** A country or city the article makes act ("China imposed", "Israel's response"), not only the setting: its government. */
function actingPolity(e: Entity): boolean {
  const key = nameKey(e.name).replace(/ /g, '_');
  if (e.kind !== 'place' || e.placeType !== 'polity' || NO_GOVERNMENT.has(key)) return false;
  // a country that acts once is an actor however often it is also the setting ("in China" and "China retaliated")
  if (COUNTRIES.has(key) && e.acts > 0 && e.locative < e.mentions.length) return true;
  return e.locative * 2 < e.mentions.length;
}

/**
 * A seat of government ("Beijing", "the Kremlin") or a people ("Chinese") listed beside its
 * country: one actor, listed once under the country's name, the others its aliases.
 */
export function foldIntoCountries<T extends Stakeholder>(list: T[]): T[] {
  const byName = new Map<string, T>();
  for (const s of list) for (const n of [s.name, ...s.aliases]) if (!byName.has(nameKey(n))) byName.set(nameKey(n), s);
  return list.filter((s) => {
    const key = nameKey(s.name);
    const countries = SEATS.get(key) ?? PEOPLES.get(key);
    const country = countries
      ?.map((c) => byName.get(c))
      .find((c) => !!c && c !== s && (c.kind === 'government' || c.kind === 'place'));
    if (!country) return true;
    country.aliases = [...new Set([...country.aliases, s.name, ...s.aliases])].filter((a) => a !== country.name);
    country.mentions += s.mentions;
    country.quoteCount += s.quoteCount;
    country.quotedWords += s.quotedWords;
    country.quoted ||= s.quoted;
    country.central ||= s.central;
    if (country.kind === 'place') country.kind = 'government';
    return false;
  });
}
/** Places in the list of polities that have no government of their own to act through. */
const NO_GOVERNMENT = new Set(
  'europe asia africa east_asia middle_east latin_america north_america south_america bay_area silicon_valley wall_street hollywood'.split(
    ' ',
  ),
);

/** A cup, a race, a disease: "Copa América", "Go-Kart Track", "Legionnaires Disease". */
function isThing(words: string[]): boolean {
  const last = words[words.length - 1];
  return (
    (THING_WORDS.has(last) && !ORG_SUFFIXES.has(last)) || (words.length > 1 && words.some((w) => THING_HEADS.has(w)))
  );
}

/** Outside English: a name the article comes back to mid-sentence, not only as a location. */
function returnedTo(e: Entity, index: EntityIndex): boolean {
  const key = nameKey(e.name);
  if (NOT_ACTORS.has(key) || isThing(key.split(' '))) return false;
  if (e.kind === 'group') return e.mentions.length >= 3;
  if (index.isCommonWord(key)) return false;
  if (e.kind === 'place') return e.placeType === 'polity' && e.midSentence >= 3 && e.locative * 2 < e.mentions.length;
  if (e.kind === 'person' && key.includes(' ')) return e.mentions.length >= 2 || !!e.role;
  return e.midSentence >= 2 && e.locative * 2 < e.mentions.length;
}

/**
 * A quote's speaker that cannot have said it: a section heading in capitals ("INDIANA’S
 * DEMOGRAPHICS FAVOR CRUZ:") or a place the article only ever names as where things happen ("in
 * Fayetteville", three times). Such a quote keeps no speaker: saying less is better than
 * crediting a heading or a town.
 */
export function speakerIsNoActor(speaker: string, entities: EntityIndex): boolean {
  const written = speaker.split(/\s+/);
  if (written.length >= 3 && !/\p{Ll}/u.test(speaker) && written.filter((w) => /\p{Lu}{2}/u.test(w)).length >= 3)
    return true;
  // a connective or an interjection ("Nevertheless", a dateline's "OH"): no one; a country's "US" is someone
  const key = nameKey(speaker);
  if (written.length === 1 && namesNoOne(key)) return true;
  // "Presumptive GOP": an adjective the article writes in lower case before a body's acronym describes
  // someone ("the presumptive GOP nominee"), it names no one
  if (
    written.length === 2 &&
    ACRONYM.test(written[1]) &&
    /^\p{Lu}\p{Ll}+$/u.test(written[0]) &&
    entities.isCommonWord(written[0]) &&
    !entities.resolve(speaker)
  )
    return true;
  // a one-word name the index could not place: "Fayetteville" (a body's name is seldom one word written after "in")
  if (written.length > 1) return false;
  const e = entities.resolve(speaker);
  return (
    !!e &&
    !e.name.includes(' ') &&
    !ACRONYM.test(speaker) &&
    e.kind !== 'person' &&
    e.mentions.length >= 2 &&
    e.locative === e.mentions.length &&
    !e.speaks &&
    !e.role &&
    !e.references
  );
}

/**
 * A link's code or a short address's tail ("MYwRz9euaq"): letters of both cases broken by
 * digits, in one word no name is spelt like (a handle's trailing digits, "TurMedia333", are a name's).
 */
const codeLike = (name: string) =>
  !name.includes(' ') &&
  name.length >= 6 &&
  /\p{L}\d+\p{L}/u.test(name) &&
  /\p{Ll}/u.test(name) &&
  /\p{Lu}.*\p{Lu}/u.test(name);

/** The wire services among the page-furniture words: they report and are told things, as bodies do. */
const WIRES = new Set(['ap', 'afp', 'reuters']);
/** A one-word key that is a connective, an interjection or page furniture ("Nevertheless", "OH"), not a country's "US". */
const namesNoOne = (key: string) => STOP_WORDS.has(key) && !PLACES.has(key) && !WIRES.has(key);

/** Each speaker that is no actor (speakerIsNoActor) taken off its quote, in place: the list keeps its marks ("capped"). */
export function withActorSpeakers<T extends Quote[]>(quotes: T, entities: EntityIndex): T {
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (q.speaker && speakerIsNoActor(q.speaker, entities)) quotes[i] = { ...q, speaker: null, role: null };
  }
  return quotes;
}

/** Quotes grouped by the entity that said them; speakers the index does not know, by name. */
export function quotesBySpeaker(
  entities: EntityIndex,
  quotes: Quote[],
): {
  byEntity: Map<Entity, Quote[]>;
  unknown: Map<string, Quote[]>;
  fuller: Map<Entity, string>;
  absorbed: Map<Entity, Entity>;
} {
  const byName = new Map(entities.entities.map((e) => [e.name, e]));
  const byEntity = new Map<Entity, Quote[]>();
  const unknown = new Map<string, Quote[]>();
  const fuller = new Map<Entity, string>();
  const absorbed = new Map<Entity, Entity>();
  for (const q of quotes) {
    if (!q.speaker) continue;
    let e = byName.get(q.speaker) ?? entities.resolve(q.speaker);
    // "He Jianxiong", whom the index knows as "Jianxiong" (it drops "He" opening a sentence): the quote's name is whole
    if (e && !fuller.has(e) && q.speaker.endsWith(' ' + e.name) && wholeOfDropped(q.speaker, e, entities))
      fuller.set(e, q.speaker);
    if (!e) {
      e = partsOf(entities, q.speaker, absorbed) ?? containedIn(entities, q.speaker);
      // the fuller name without its title or home ("House Speaker Paul Ryan", "Tom Carper of Delaware")
      const name = e && untitled(withoutHome(q.speaker));
      if (e && name && name.length > e.name.length && !fuller.has(e)) fuller.set(e, name);
    }
    if (e) pushTo(byEntity, e, q);
    else pushTo(unknown, q.speaker, q);
  }
  return { byEntity, unknown, fuller, absorbed };
}

/**
 * A speaker's whole name ("Te Kaurinui Robert Parata") that holds two or more person names the
 * article uses in part ("Te Kaurinui Robert", "Te Kaurinui Parata"), each of two words or more
 * and each keeping the whole name's first or last word: all one person, filed under the one
 * named most. The others are recorded in `absorbed`.
 */
function partsOf(entities: EntityIndex, speaker: string, absorbed: Map<Entity, Entity>): Entity | null {
  const whole = nameKey(withoutHome(speaker)).split(' ');
  if (whole.length < 3) return null;
  const inOrder = (part: string[]) => {
    let i = 0;
    for (const w of whole) if (w === part[i]) i++;
    return i === part.length;
  };
  const parts = entities.entities.filter((e) => {
    if (e.kind !== 'person') return false;
    const mine = nameKey(e.name).split(' ');
    return (
      mine.length >= 2 &&
      mine.length < whole.length &&
      (mine[0] === whole[0] || mine[mine.length - 1] === whole[whole.length - 1]) &&
      inOrder(mine)
    );
  });
  if (parts.length < 2) return null;
  const [main, ...rest] = [...parts].sort((a, b) => b.mentions.length - a.mentions.length);
  for (const p of rest) if (!absorbed.has(p)) absorbed.set(p, main);
  return main;
}

/** A person's one-word name that the speaker's two-word one opens with a common word ("He" of "He Jianxiong"). */
function wholeOfDropped(speaker: string, e: Entity, entities: EntityIndex): boolean {
  const words = speaker.split(/\s+/);
  return e.kind === 'person' && !e.name.includes(' ') && words.length === 2 && entities.isCommonWord(words[0]);
}

/** A person's name without the place or body they are "of" ("Tom Carper of Delaware"): the quote side's own cut. */
function withoutHome(speaker: string): string {
  const at = homeOfPerson(speaker);
  return at ? speaker.slice(0, at) : speaker.replace(/ of \p{Lu}.*$/u, '');
}

/** A name without the office in front, as the name finder reads it ("House Speaker Paul Ryan" → "Paul Ryan"). */
function untitled(name: string): string {
  const spans = scanNames(name, -1, () => false);
  // only an office comes off: "He Jianxiong" keeps its "He"
  return spans.length === 1 && spans[0].title ? spans[0].text : name;
}

/** "Mary E. Lovely" when the article otherwise says "Lovely": the one person whose name's words all stand in the speaker's. */
function containedIn(entities: EntityIndex, speaker: string): Entity | null {
  const bare = withoutHome(speaker);
  const words = new Set(nameKey(bare).split(' '));
  if (words.size < 2) return null;
  // a lone surname the index could not tell from a company is the person the speaker's full name says
  const personal = guessKind(bare.split(/\s+/), nameKey(bare)) === 'person';
  const found = entities.entities.filter(
    (e) =>
      (e.kind === 'person' || (personal && e.kind === 'organization' && !nameKey(e.name).includes(' '))) &&
      nameKey(e.name)
        .split(' ')
        .every((w) => words.has(w)),
  );
  if (found.length === 1) return found[0];
  // "Mary" and "Lovely" both known alone: the surname is the person
  const last = nameKey(bare).split(' ').pop();
  const bySurname = found.filter((e) => nameKey(e.name) === last);
  if (bySurname.length === 1) return bySurname[0];
  // "Te Kaurinui Robert Parata" holds "Te Kaurinui Parata" and "Te Kaurinui Robert": the one with the surname
  const endsSo = found.filter((e) => e.kind === 'person' && nameKey(e.name).endsWith(' ' + last));
  return endsSo.length === 1 ? endsSo[0] : null;
}

/** Who is heard: the share of quoted words from anonymous sources, and who is talked about but not quoted. */
export function voicesOf(stakeholders: Stakeholder[], quotes: Quote[]): Voices {
  const named = quotes.filter((q) => !q.anonymous).reduce((n, q) => n + countWords(q.text), 0);
  const anonymous = quotes.filter((q) => q.anonymous).reduce((n, q) => n + countWords(q.text), 0);
  return {
    anonymousShare: named + anonymous ? anonymous / (named + anonymous) : 0,
    unquoted: stakeholders.filter((s) => !s.quoted && s.central && s.mentions >= 3).map((s) => s.name),
  };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
