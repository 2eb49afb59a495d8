// buildStakeholders: the entity index and the quotes, as the digest's list of actors. v0 (see issue 4).
import type { Quote, Stakeholder } from './types';
import type { EntityIndex } from './entities';

export function buildStakeholders(entities: EntityIndex, quotes: Quote[]): Stakeholder[] {
  return entities.entities
    .map((e) => {
      const own = quotes.filter((q) => q.speaker === e.name);
      return {
        name: e.name,
        aliases: e.aliases,
        kind: e.kind,
        role: e.role,
        mentions: e.mentions.length,
        quoted: own.length > 0,
        quoteCount: own.length,
        quotedWords: own.reduce((n, q) => n + q.text.split(/\s+/).length, 0),
        central: own.length > 0 || e.mentions.length >= 3,
      };
    })
    .filter((s) => s.central)
    .sort((a, b) => b.quoteCount - a.quoteCount || b.mentions - a.mentions);
}
