// The reporter's words alone: quotes and party-and-state tags blanked, offsets kept, so names and
// cue words are read only where the reporter wrote them.
import type { Span } from '../marks';

/** "(D-Nev.)", "(R-Texas)", "(I-Vt.)", "(Tex.)": a lawmaker's party and state, set after the name. */
const AFFILIATION =
  /\((?:(?:[DRI]|Dem|Rep|Ind)\s?[-–.,]\s?\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?|\p{Lu}\p{Ll}{1,4}\.|\p{Lu}\.\p{Lu}\.)\)/gu;

/** Party-and-state tags blanked (same offsets): they are neither a name nor where a name ends. */
export function maskAffiliations(text: string): string {
  return text.includes('(') ? text.replace(AFFILIATION, (m) => ' '.repeat(m.length)) : text;
}

/**
 * The paragraphs with every quote's words blanked out (same offsets), so names and cue words
 * are only read in the reporter's own sentences. A quote's final punctuation is kept: it still
 * tells where the sentence ends.
 */
export function maskQuotes(paragraphs: string[], spans: Span[], active?: (p: number) => boolean): string[] {
  const parts: { start: number; end: number }[][] = paragraphs.map(() => []);
  for (const s of spans) for (const part of s.parts) parts[part.paragraph].push(part);
  return paragraphs.map((text, p) => {
    // paragraphs far from any quote are never read: leave them empty
    if (active && !active(p)) return '';
    const list = parts[p];
    if (!list.length) return text;
    list.sort((a, b) => a.start - b.start);
    let out = '';
    let at = 0;
    for (const part of list) {
      if (part.end <= part.start || part.start < at) continue;
      const lastCh = text[part.end - 1];
      out +=
        text.slice(at, part.start) +
        ' '.repeat(part.end - part.start - 1) +
        (/[.,!?;:。！？，]/.test(lastCh) ? lastCh : '…');
      at = part.end;
    }
    return out + text.slice(at);
  });
}
