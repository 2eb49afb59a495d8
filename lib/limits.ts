// How much one page may ask of the engine and of the popup. A news story names a few dozen
// actors, quotes a few dozen times and holds no sentence of thousands of characters (the corpora:
// at most 45 stakeholders, 36 positions, 63 quotes, 572-character evidence). A page past these
// bounds is a list, a log or an attack: the digest keeps the first part, says it did (a notice),
// and its size stays a few hundred kilobytes whatever the page (5,000 names in one paragraph made
// 364 MB of JSON, and at 5,500 JSON.stringify threw).
import type { Notice } from './notes';
import type { Position, Quote, Stakeholder } from './types';

export const LIMITS = {
  /** Name spans the entity index reads per page (entities/index.ts). */
  nameSpans: 3000,
  /** Names read in one paragraph, by the entity index and by attribution's name book: the
   * corpora's busiest paragraph names 73; a paragraph naming thousands is a list (a 650 KB comma
   * list of names took 2.7 s to read whole, and nothing in it is a story's actor). */
  namesPerParagraph: 200,
  /** Quoted spans read per page, and mark pairs per paragraph (marks.ts): the corpora's most
   * quoted page has 63 quotes; 250,000 quoted words in one paragraph took 2 s of CPU to read. */
  quoteSpans: 2000,
  /** Quotes listed; quotes past it are the lowest ranked. */
  quotes: 200,
  /** Stakeholders listed, besides the speakers of the quotes listed. */
  stakeholders: 100,
  /** Positions listed. */
  positions: 60,
  /** Characters of one evidence sentence: a longer one is cut at a word, still a span of the article. */
  evidenceChars: 1000,
} as const;

/** Said when a limit cut something: the reader knows the digest is partial. */
export const CAPPED_NOTICE: Notice = { code: 'noticeCapped' };

/** The quotes and stakeholders to list; every listed quote's speaker stays listed. */
export function capActors(
  quotes: Quote[],
  stakeholders: Stakeholder[],
): { quotes: Quote[]; stakeholders: Stakeholder[]; capped: boolean } {
  let capped = false;
  if (quotes.length > LIMITS.quotes) {
    quotes = quotes.slice(0, LIMITS.quotes);
    capped = true;
  }
  if (stakeholders.length > LIMITS.stakeholders) {
    const speakers = new Set(quotes.map((q) => q.speaker).filter(Boolean));
    stakeholders = stakeholders.filter((s, i) => i < LIMITS.stakeholders || speakers.has(s.name));
    capped = true;
  }
  return { quotes, stakeholders, capped };
}

/**
 * The voices positions found beside the listed stakeholders ("Nate Cohn explained that …"), within
 * the same LIMITS.stakeholders; a voice left out takes its positions with it.
 */
export function capVoices(
  listed: Stakeholder[],
  voices: Stakeholder[],
  positions: Position[],
): { voices: Stakeholder[]; positions: Position[]; capped: boolean } {
  const room = Math.max(0, LIMITS.stakeholders - listed.length);
  if (voices.length <= room) return { voices, positions, capped: false };
  const dropped = new Set(voices.slice(room).map((v) => v.name));
  return { voices: voices.slice(0, room), positions: positions.filter((p) => !dropped.has(p.holder)), capped: true };
}

/** The positions to list, each evidence sentence at most LIMITS.evidenceChars long. */
export function capPositions(positions: Position[]): { positions: Position[]; capped: boolean } {
  let capped = positions.length > LIMITS.positions;
  const kept = positions.slice(0, LIMITS.positions).map((p) => {
    if (p.evidence.every((e) => e.length <= LIMITS.evidenceChars)) return p;
    capped = true;
    const cut = p.evidence.map((e) => cutAtWord(e, LIMITS.evidenceChars));
    return {
      ...p,
      text: p.text.length > LIMITS.evidenceChars ? cutAtWord(p.text, LIMITS.evidenceChars) : p.text,
      evidence: cut,
      evidencePositions: p.evidencePositions.map((at, i) => ({ ...at, end: at.start + cut[i].length })),
    };
  });
  return { positions: kept, capped };
}

/** The start of `s`, at most `max` characters, ended at a space when there is one in the second half. */
function cutAtWord(s: string, max: number): string {
  if (s.length <= max) return s;
  const space = s.lastIndexOf(' ', max);
  return s.slice(0, space > max / 2 ? space : max).trimEnd();
}
