// A body that never speaks itself stands where its head speaks for it (outside English).
import type { Position, Stakeholder } from '../types';
import { summaryLine } from './line';

/**
 * "Freenet-Chef Christoph Vilanek will …", "sagt Flixbus-Manager Stenger", "le directeur de X":
 * a body that never speaks itself stands where its head speaks for it, in the sentences that name
 * the body in the head's title.
 */
export function speakForTheirBody(positions: Position[], stakeholders: Stakeholder[]): void {
  const has = new Set(positions.map((p) => p.holder));
  for (const body of stakeholders) {
    if (body.kind === 'person' || has.has(body.name)) continue;
    // by any of its names: "Freenet-Chef" for the Freenet Gruppe
    const names = [body.name, ...body.aliases].map(escape).join('|');
    const titled = new RegExp(
      `(?:^|[\\s(])(?:(?:${names})-\\p{Lu}|(?:von|vom|de|du|del|di|da|do)\\s+(?:${names})(?![\\p{L}-]))`,
      'u',
    );
    for (const p of positions) {
      const head = stakeholders.find((s) => s.name === p.holder);
      if (head?.kind !== 'person') continue;
      const at = p.evidence.findIndex((e) => titled.test(e));
      if (at < 0) continue;
      positions.push({
        holder: body.name,
        text: summaryLine(p.evidence[at]),
        evidence: [p.evidence[at]],
        evidencePositions: [p.evidencePositions[at]],
        side: null,
      });
      has.add(body.name);
      break;
    }
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
