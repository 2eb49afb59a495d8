// Sides: when the article sets actors for and against something, the two camps.
import type { Position } from '../types';

const FOR =
  /^\W*(?:\S+\s+){0,3}?(?:support(?:s|ed)?|back(?:s|ed)?|welcome[sd]?|prais(?:e|es|ed)|endorse[sd]?|favou?r(?:s|ed)?|approve[sd]?|defend(?:s|ed)?|push(?:es|ed)? for|call(?:s|ed)? for|urge[sd]?)\b/i;
const AGAINST =
  /^\W*(?:\S+\s+){0,3}?(?:oppose[sd]?|critici[sz](?:e|es|ed)|reject(?:s|ed)?|condemn(?:s|ed)?|den(?:y|ies|ied)|refuse[sd]?|decline[sd]?|block(?:s|ed)?|accuse[sd]?|slam(?:s|med)?|attack(?:s|ed)?|object(?:s|ed)? to|against|dispute[sd]?|blame[sd]?)\b/i;

/**
 * When the article sets actors for and against something, label the two camps. Only what
 * follows the actor's own name counts ("X opposes…", "Y welcomed…"), and both camps need members.
 */
export function assignSides(positions: Position[], leanings: string[][]) {
  const lean = leanings.map((texts) => {
    const f = texts.filter((t) => FOR.test(t)).length;
    const a = texts.filter((t) => AGAINST.test(t)).length;
    return f > a ? 'for' : a > f ? 'against' : null;
  });
  if (!lean.includes('for') || !lean.includes('against') || lean.filter(Boolean).length < 2) return;
  positions.forEach((p, i) => {
    p.side = lean[i] === 'for' ? 'in favour' : lean[i] === 'against' ? 'against' : null;
  });
}
