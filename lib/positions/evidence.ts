// The evidence a position shows: its holder's sentences read in passages, strongest first, and the
// sentence that gives the line.
import type { Position, Stakeholder, TextPosition } from '../types';
import type { Sentence } from '../text/sentences';
import { CLOSES_QUOTE, HAS_MARK, order } from './reading';
import { Strength } from './strength';
import { summaryLine } from './line';
import { substance } from './substance';
import type { Candidate } from './candidates';

/** Evidence sentences a position keeps: the popup shows the line and folds these behind a count. */
const MAX_EVIDENCE = 5;

/**
 * The holder's position from its sentences, or null when it has no stance of its own: a holder
 * seen only through a pronoun has none in the article.
 */
export function positionOf(
  s: Stakeholder,
  found: Candidate[] | undefined,
  paragraphs: readonly string[] | undefined,
): Position | null {
  if (!found?.some((f) => f.strength > Strength.Pronoun)) return null;
  // the sentence that states the stance best gives the line; the evidence is read in passages
  // (below), the best first
  const best = (a: Candidate, b: Candidate) => substance(b) - substance(a) || order(a.sentence) - order(b.sentence);
  const lead = quotedBefore([...found].sort(best)[0], found, !!paragraphs);
  const passages = passagesOf(found, paragraphs).sort(
    (a, b) => b.strength - a.strength || order(a.sentence) - order(b.sentence),
  );
  const chosen = passages.slice(0, MAX_EVIDENCE);
  // the line stands in the evidence shown: its passage takes the last place if it has none
  const holdsLead = (c: Candidate) =>
    c.sentence.paragraph === lead.sentence.paragraph &&
    c.sentence.start <= lead.sentence.start &&
    lead.sentence.end <= c.sentence.end;
  if (!chosen.some(holdsLead)) chosen[chosen.length - 1] = passages.find(holdsLead)!;
  chosen.sort((a, b) => order(a.sentence) - order(b.sentence));
  return {
    holder: s.name,
    text: summaryLine(lead.sentence.text),
    evidence: chosen.map((c) => c.sentence.text),
    evidencePositions: chosen.map((c): TextPosition => ({
      paragraph: c.sentence.paragraph,
      start: c.sentence.start,
      end: c.sentence.end,
    })),
    side: null,
  };
}

/**
 * "“Without rolling back the tariffs, what is the incentive?” He Jianxiong said at an event.":
 * the splitter leaves the attribution a sentence of its own, which says only who spoke. The
 * line is then the holder's quotation just before it.
 */
function quotedBefore<T extends { sentence: Sentence }>(lead: T, found: T[], inPassages: boolean): T {
  // the quotation must stand in the lead's passage, so that the line stays inside the evidence
  if (!inPassages || HAS_MARK.test(lead.sentence.text)) return lead;
  const before = found.find(
    (f) =>
      f.sentence.paragraph === lead.sentence.paragraph &&
      f.sentence.end < lead.sentence.start &&
      lead.sentence.start - f.sentence.end <= 1 &&
      lead.sentence.end - f.sentence.start <= PASSAGE_CHARS &&
      CLOSES_QUOTE.test(f.sentence.text),
  );
  return before ?? lead;
}

/** Longest passage of a holder's sentences read as one piece of evidence, in characters. */
const PASSAGE_CHARS = 600;

/**
 * A holder's sentences that follow each other in a paragraph, as one passage: a quotation the
 * attribution cuts in two ("“…,” said Stone. “Every time she …”") or a claim and its reason read
 * as the article wrote them, not as fragments. Needs the paragraphs, to slice the passage verbatim.
 */
function passagesOf(found: Candidate[], paragraphs: readonly string[] | undefined): Candidate[] {
  const inOrder = [...found].sort((a, b) => order(a.sentence) - order(b.sentence));
  if (!paragraphs) return inOrder;
  const out: Candidate[] = [];
  for (const f of inOrder) {
    const last = out[out.length - 1];
    const text = paragraphs[f.sentence.paragraph];
    const joins =
      last &&
      text !== undefined &&
      last.sentence.paragraph === f.sentence.paragraph &&
      last.sentence.end <= f.sentence.start &&
      /^\s*$/.test(text.slice(last.sentence.end, f.sentence.start)) &&
      f.sentence.end - last.sentence.start <= PASSAGE_CHARS;
    if (!joins) {
      out.push({ ...f });
      continue;
    }
    const start = last.sentence.start;
    last.sentence = {
      paragraph: f.sentence.paragraph,
      start,
      end: f.sentence.end,
      text: text.slice(start, f.sentence.end),
    };
    last.strength = Math.max(last.strength, f.strength);
  }
  return out;
}
