// The order an editor would pick: what central voices said, with substance, early in the story or
// echoing its headline, each thing said once. Scores are comparable within one article only.
import type { Quote } from '../types';
import { wordsOfQuote } from './select';

/** Words that make a quote a claim, a demand or a plan rather than colour ("we will", "must", "not"). */
const STANCE =
  /\b(?:will|won['’]t|would|must|should|need|needs|can['’]t|cannot|never|not|no|want|wants|believe|think|plan|going to|have to|has to|support|oppose|against|wrong|right)\b/i;
/** A quote's first word that ties it to what was said before ("But we must ask …", "And so …", "As you know …"). */
const LEANS_BACK = /^\P{L}*(?:but|and|or|so|because|as|although|though|while|which|then|also)\b/iu;
/** Share of one quote's words found in another at or above which the two say the same thing. */
const NEAR_DUPLICATE = 0.7;
/**
 * Words past which a quote says no more for ranking: a claim takes a dozen words ("Man's greed in
 * the ocean is hurting the whales"), and a paragraph of talk says it no better.
 */
const FULL_WORDS = 12;
/** How many of the article's most repeated words make its topic. */
const TOPIC_WORDS = 10;
/** How many of the first three one voice may fill when other voices have something to say. */
const SAME_VOICE_IN_TOP = 2;
/** How many quotes make a voice central: past two, being quoted again says little more (a talkative analyst). */
const CENTRAL_AT = 4;
/**
 * A role that says the speaker comments on the story from outside it (an analyst, a think tank's
 * fellow, a professor) rather than takes part: a principal's words come first ("White House press
 * secretary" before "a senior fellow at the Council on Foreign Relations").
 */
const COMMENTATOR =
  /\b(?:analysts?|strategists?|economists?|professors?|fellows?|experts?|researchers?|scholars?|consultants?|commentators?|observers?|historians?|pollsters?|lecturers?|academics?|think tank|institut(?:e|ion)|university|college|cent(?:er|re) for|school of)\b/i;

export function rankQuotes(
  quotes: Quote[],
  paragraphCount: number,
  title: string | null = null,
  paragraphs: string[] = [],
): Quote[] {
  const topic = topicWords(paragraphs);
  const bySpeaker = new Map<string, number>();
  for (const q of quotes) if (q.speaker) bySpeaker.set(q.speaker, (bySpeaker.get(q.speaker) ?? 0) + 1);
  const headline = new Set(contentWords(title ?? '', true).map(stem));
  const titleWords = new Set((title ?? '').match(WORD) ?? []);
  for (const q of quotes) {
    const words = wordsOfQuote(q);
    // one read of the quote's content words serves both the headline and the topic
    const content = q.partial ? null : new Set(contentWords(q.text));
    // long enough to say something: full marks from a dozen words, no more for a wall of text
    const substance =
      Math.min(words.length, FULL_WORDS) / FULL_WORDS +
      (STANCE.test(q.text) ? 0.2 : 0) -
      // a question is asked, not claimed: an interviewer's, most often
      (/\?\P{L}*$/u.test(q.text) ? 0.5 : 0) -
      // "But …", "As you know, …": the say leans on words before it and stands less well alone
      (LEANS_BACK.test(q.text) ? 0.25 : 0);
    // central voices: quoted again, named in the headline, taking part rather than commenting;
    // the lede and nut graf carry the story
    const voice = q.speaker
      ? 0.5 +
        0.8 * (Math.min(bySpeaker.get(q.speaker) ?? 1, CENTRAL_AT) / CENTRAL_AT) +
        (namedIn(q.speaker, titleWords) ? 0.3 : 0) -
        (q.role && COMMENTATOR.test(q.role) ? 0.4 : 0)
      : q.anonymous
        ? 0.25
        : 0;
    const placement = 0.6 * (1 - q.position.paragraph / Math.max(1, paragraphCount));
    const whole = q.partial ? 0 : 0.25;
    // the headline names what the story is about: a quote saying the same words is its core;
    // the story's own subject, not a side detail: the quote uses the words the article keeps coming back to.
    // Both only for a whole say: a fragment repeating the headline's words adds nothing to it
    const said = q.partial ? 0 : Math.min(words.length, FULL_WORDS) / FULL_WORDS;
    const echo = headline.size && content ? Math.min(2, sharedWith(content, headline)) * 0.4 * said : 0;
    const central = topic.size && content ? onTopic(content, topic) * 0.6 * said : 0;
    q.score = Math.round((substance + voice + placement + whole + echo + central) * 1000) / 1000;
  }
  const sorted = [...quotes].sort(
    (a, b) => b.score - a.score || a.position.paragraph - b.position.paragraph || a.position.start - b.position.start,
  );
  // a quote that repeats one ranked above it (a pull quote, the same words in the lede and later) goes to the tail
  const kept: Quote[] = [];
  const repeats: Quote[] = [];
  // pairwise, so only on article-sized lists; each quote's word set is made once, not per pair
  const wordSets = new Map<Quote, Set<string>>();
  const wordSet = (q: Quote) => {
    let set = wordSets.get(q);
    if (!set) wordSets.set(q, (set = new Set(wordsOfQuote(q))));
    return set;
  };
  for (const q of sorted)
    (sorted.length <= 400 && kept.some((k) => overlap(wordSet(q), wordSet(k)) >= NEAR_DUPLICATE) ? repeats : kept).push(
      q,
    );
  // the first three should not all be one voice when others have something to say, and hold
  // no say twice: one quote cut in two by "he said" is one point, not two
  const top: Quote[] = [];
  const rest: Quote[] = [];
  for (const q of kept) {
    if (
      top.length < 3 &&
      !top.some((t) => pieceOfOneSay(t, q)) &&
      (!q.speaker ||
        top.filter((t) => t.speaker === q.speaker).length < SAME_VOICE_IN_TOP ||
        kept.filter((s) => s.speaker !== q.speaker && !top.includes(s)).every((s) => s.score < q.score * 0.6))
    )
      top.push(q);
    else rest.push(q);
  }
  return [...top, ...rest, ...repeats];
}

/** Two quotes from one speaker in one paragraph: the halves of one say around "he said". */
function pieceOfOneSay(a: Quote, b: Quote): boolean {
  return !!a.speaker && a.speaker === b.speaker && a.position.paragraph === b.position.paragraph;
}

/** Whether the headline names the speaker: by the speaker's last name, as headlines do ("Cuban", "Trump"). */
function namedIn(speaker: string, titleWords: Set<string>): boolean {
  const last = speaker.split(/\s+/).pop()!;
  return last.length >= 3 && titleWords.has(last);
}

/**
 * Words that carry meaning (four letters or more), lower case, without a possessive. Names are
 * left out (written capitalised): a quote about the person in the headline is not the story's
 * core, what it says is.
 */
function contentWords(text: string, names = false): string[] {
  const out: string[] = [];
  // (match gives the words as strings, without a match object for each)
  for (const word of text.match(WORD) ?? []) {
    // (a possessive's ending comes off only when there is one; the first letter is the word's
    // either way, and ASCII letters are told apart without a pattern: this runs on every word)
    if (word.length < 4) continue;
    if (!names) {
      const c = word.charCodeAt(0);
      if (c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(word)) continue;
    }
    const w = POSSESSIVE.test(word) ? word.replace(POSSESSIVE, '') : word;
    if (w.length < 4) continue;
    out.push(w.toLowerCase());
  }
  return out;
}
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
const POSSESSIVE = /['’]s?$/;
const UPPER_FIRST = /^\p{Lu}/u;

/** The article's most repeated content words: what the story is about. */
function topicWords(paragraphs: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const p of paragraphs) for (const w of contentWords(p)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const ranked = [...counts].filter(([w, n]) => n >= 3 && !COMMON.has(w)).sort((a, b) => b[1] - a[1]);
  return new Set(ranked.slice(0, TOPIC_WORDS).map(([w]) => w));
}
const COMMON = new Set(
  'that this with have from they their there were been will would said says about which what when your just more than them then into also some could other like only over very even most much many make made does dont said'.split(
    ' ',
  ),
);

/** Share of a quote's content words that are the story's topic words (at most 1 for two or more). */
function onTopic(content: Set<string>, topic: Set<string>): number {
  let n = 0;
  for (const w of content) if (topic.has(w)) n++;
  return Math.min(n, 3) / 3;
}

/** A word's first five letters: "relations" and "relationship", "negotiable" and "negotiations" meet. */
const stem = (w: string) => (w.length >= 6 ? w.slice(0, 5) : w);

/** How many of the headline's words (by stem) the quote holds. */
function sharedWith(content: Set<string>, headline: Set<string>): number {
  const seen = new Set<string>();
  for (const w of content) {
    const s = stem(w);
    if (headline.has(s)) seen.add(s);
  }
  return seen.size;
}

/** Share of the shorter quote's distinct words that the other holds. */
function overlap(x: Set<string>, y: Set<string>): number {
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size < 4) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}
