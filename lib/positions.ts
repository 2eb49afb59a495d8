// findPositions: what each central stakeholder holds, with verbatim evidence. v0 (see issue 4).
import type { Position, Stakeholder } from './types';
import type { Sentence } from './text/sentences';

const STANCE = /\b(?:said|says|argued?|argues|warned?|warns|called for|calls for|declined|refused|urged?|welcomed?|criticized|opposed?|supports?|supported)\b/;

export function findPositions(sentences: Sentence[], stakeholders: Stakeholder[]): Position[] {
  const positions: Position[] = [];
  for (const s of stakeholders.filter((x) => x.central)) {
    const names = [s.name, ...s.aliases];
    const evidence = sentences.filter((x) => STANCE.test(x.text) && names.some((n) => x.text.includes(n))).slice(0, 3);
    if (!evidence.length) continue;
    positions.push({
      holder: s.name,
      text: evidence[0].text,
      evidence: evidence.map((e) => e.text),
      evidencePositions: evidence.map((e) => ({ paragraph: e.paragraph, start: e.start, end: e.end })),
    });
  }
  return positions;
}
