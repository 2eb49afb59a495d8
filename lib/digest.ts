// buildDigest: an Article in, a Digest out. Pure: the service worker, the CLI and the tests all
// call this one function.
import type { Notice } from './notes';
import type { Article, Digest, Quote, Stakeholder } from './types';
import { sentencesOf } from './text/sentences';
import { buildEntityIndex, guessKind, nameKey, type EntityIndex } from './entities';
import { THING_WORDS } from './entities/lexicon';
import { findQuotes } from './quotes';
import { buildStakeholders, voicesOf, withActorSpeakers } from './stakeholders';
import { positionsAndVoices } from './positions';
import type { HolderChoice } from './claims/holder';
import { readsLanguage } from './quotes/cues';
import { countWords as wordsIn } from './text/count';
import { CAPPED_NOTICE, capActors, capPositions, capVoices } from './limits';

const WORDS_PER_MINUTE = 230;

export interface DigestOptions {
  /** Time the extraction took, when it was measured elsewhere (the content script). */
  extractMs?: number;
  /** Notices raised by extraction (long page cut, visible text used). */
  notices?: Notice[];
  /**
   * Called once the quotes are known, before stakeholders and positions: everything above them in
   * the popup (header, notices, key quotes) is final here, so the popup can paint it early.
   */
  onQuotes?: (early: EarlyDigest) => void;
  /** Who picks a claim sentence's holder: the shipped model unless told (the k-fold batch and the trainer). */
  holderChoice?: HolderChoice;
}

/** The part of a Digest known once the quotes are: what the popup paints first. */
export type EarlyDigest = Omit<Digest, 'stakeholders' | 'positions' | 'voices' | 'timings'>;

const readingMinutesOf = (wordCount: number) => Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));

/** The header of an article's digest, known before any structuring: no quotes yet. */
export function digestHeader(
  article: Article,
  notices: Notice[] = [],
  wordCount = countWords(article.paragraphs),
): EarlyDigest {
  const { title, url, siteName, byline, publishedTime, lang, dir, readerable } = article;
  return {
    title,
    url,
    siteName,
    byline,
    publishedTime,
    lang,
    dir,
    readerable,
    wordCount,
    readingMinutes: readingMinutesOf(wordCount),
    quotes: [],
    notices,
  };
}

export function countWords(paragraphs: string[]): number {
  let n = 0;
  // Han and kana are counted a character each, other scripts by runs of letters
  for (const p of paragraphs) n += wordsIn(p);
  return n;
}

/**
 * Every quote's speaker is a listed stakeholder, under its name or one of its aliases ("DNC" of
 * "Democratic National Committee"). A speaker the list left out (its filters judge names by
 * mentions and acts, attribution by the words around the quote: "Holger Schmieding of
 * Berenberg") is listed as a quoted, not central, stakeholder; unless it is a thing that cannot
 * speak ("Go-Kart Track", "World Drug Report"), whose quote then has no speaker.
 */
function speakersListed(
  quotes: Quote[],
  stakeholders: Stakeholder[],
  entities: EntityIndex,
): { quotes: Quote[]; stakeholders: Stakeholder[] } {
  const listed = new Set<string>();
  for (const s of stakeholders) for (const a of [s.name, ...s.aliases]) listed.add(a);
  const added = new Map<string, Stakeholder>();
  quotes = quotes.map((q) => {
    if (q.speaker === null || listed.has(q.speaker)) return q;
    const entity = entities.resolve(q.speaker);
    const words = nameKey(q.speaker).split(' ');
    const kind = entity?.kind ?? guessKind(q.speaker.split(/\s+/), nameKey(q.speaker));
    // a thing's name ends in "Report", "Track", "Law"; a person's opens with two plain words
    // ("Steven Law", "Rachel Maddow Show": the host, named with the show)
    const written = q.speaker.split(/\s+/);
    const personShape = words.length <= 3 && written.slice(0, 2).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
    if (THING_WORDS.has(words[words.length - 1]) && !personShape) return { ...q, speaker: null, role: null };
    const s = added.get(q.speaker) ?? {
      name: q.speaker,
      aliases: [],
      kind,
      role: q.role,
      mentions: entity?.mentions.length ?? 0,
      quoted: true,
      quoteCount: 0,
      quotedWords: 0,
      central: false,
    };
    s.quoteCount++;
    s.quotedWords += wordsIn(q.text);
    added.set(q.speaker, s);
    return q;
  });
  return { quotes, stakeholders: [...stakeholders, ...added.values()] };
}

export function buildDigest(article: Article, options: DigestOptions = {}): Digest {
  const t0 = performance.now();
  const sentences = sentencesOf(article.paragraphs);
  const entities = buildEntityIndex(article);
  // a page past the limits (lib/limits.ts) is digested in part, and says so
  // a heading or a mere setting read as a speaker loses the quote before anyone is listed for it
  const found = withActorSpeakers(findQuotes(article, entities), entities);
  const actors = capActors(found, buildStakeholders(entities, found, article.lang, article.paragraphs));
  // every quoted speaker is listed; a thing's name loses the quote, so the early paint waits for it
  const { quotes, stakeholders: listedActors } = speakersListed(actors.quotes, actors.stakeholders, entities);
  const notices = [...(options.notices ?? [])];
  if (entities.capped || actors.capped || found.capped) notices.push(CAPPED_NOTICE);
  // a language whose verbs of speech the engine does not know: less is found, say so
  if (!readsLanguage(article.lang)) notices.push({ code: 'noticeLanguage', params: { language: article.lang! } });
  if (!quotes.length) notices.push({ code: 'noticeNoQuotes' });
  const wordCount = countWords(article.paragraphs);
  if (options.onQuotes) options.onQuotes({ ...digestHeader(article, [...notices], wordCount), quotes });
  // a voice the list left out that holds a position ("Nate Cohn explained that …") is listed after the others
  const held = positionsAndVoices(
    sentences,
    listedActors,
    entities,
    quotes,
    article.lang,
    article.paragraphs,
    options.holderChoice,
  );
  const voiced = capVoices(listedActors, held.voices, held.positions);
  const stakeholders = [...listedActors, ...voiced.voices];
  const listed = capPositions(voiced.positions);
  const positions = listed.positions;
  if ((listed.capped || voiced.capped) && !notices.some((n) => n.code === CAPPED_NOTICE.code))
    notices.push(CAPPED_NOTICE);
  return {
    title: article.title,
    url: article.url,
    siteName: article.siteName,
    byline: article.byline,
    publishedTime: article.publishedTime,
    lang: article.lang,
    dir: article.dir,
    readerable: article.readerable,
    wordCount,
    readingMinutes: readingMinutesOf(wordCount),
    quotes,
    stakeholders,
    positions,
    voices: voicesOf(stakeholders, quotes),
    notices,
    timings: { extractMs: round(options.extractMs ?? 0), structureMs: round(performance.now() - t0) },
  };
}

const round = (ms: number) => Math.round(ms * 100) / 100;
