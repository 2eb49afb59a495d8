// The actors an article names, with their aliases merged: the one place that knows that
// "Kaplan" is "Joel Kaplan" and "EU" is "European Union". Quotes resolve speakers through it;
// stakeholders and positions are built from it.
// v0: capitalised word runs, merged by shared tokens. To be refined (see issue 4).
import type { Article, StakeholderKind } from '../types';

export interface Mention {
  entity: Entity;
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export interface Entity {
  id: number;
  /** Canonical name: the fullest form the article uses. */
  name: string;
  aliases: string[];
  kind: StakeholderKind;
  role: string | null;
  mentions: Mention[];
}

export interface EntityIndex {
  entities: Entity[];
  /** The entity a name or partial name used in the article refers to ("Kaplan", "Meta's", "EU"). */
  resolve(name: string): Entity | null;
  /** Mentions in one paragraph, sorted by start offset. */
  mentionsIn(paragraph: number): Mention[];
}

const NAME_RUN = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|van|von|der|da|di|la|le|bin|al|of|the|for|and)\s+)?\p{Lu}[\p{L}'’.-]*)*/gu;
const STOP = new Set(['The', 'A', 'An', 'But', 'And', 'In', 'On', 'At', 'It', 'He', 'She', 'They', 'We', 'I', 'This', 'That', 'If', 'As', 'For', 'With']);

export function buildEntityIndex(article: Article): EntityIndex {
  const byName = new Map<string, Entity>();
  const entities: Entity[] = [];
  const perParagraph: Mention[][] = article.paragraphs.map(() => []);
  article.paragraphs.forEach((text, paragraph) => {
    for (const m of text.matchAll(NAME_RUN)) {
      let name = m[0].replace(/['’]s$/, '').replace(/[.'’-]+$/, '');
      const words = name.split(/\s+/);
      while (words.length && STOP.has(words[0])) words.shift();
      name = words.join(' ');
      if (!name || name.length < 2) continue;
      const offset = m.index! + m[0].indexOf(name);
      let entity = byName.get(name);
      if (!entity) {
        entity = { id: entities.length, name, aliases: [], kind: words.length >= 2 ? 'person' : 'organization', role: null, mentions: [] };
        entities.push(entity);
        byName.set(name, entity);
      }
      const mention = { entity, paragraph, start: offset, end: offset + name.length, text: name };
      entity.mentions.push(mention);
      perParagraph[paragraph].push(mention);
    }
  });
  // a single word that is the last word of a longer name is that name
  for (const e of entities) {
    if (e.name.includes(' ')) continue;
    const full = entities.find((f) => f !== e && f.name.split(' ').at(-1) === e.name);
    if (full) {
      full.aliases.push(e.name);
      for (const m of e.mentions) m.entity = full;
      full.mentions.push(...e.mentions);
      e.mentions = [];
      byName.set(e.name, full);
    }
  }
  const live = entities.filter((e) => e.mentions.length);
  return {
    entities: live,
    resolve: (name) => byName.get(name.replace(/['’]s$/, '').trim()) ?? null,
    mentionsIn: (p) => perParagraph[p] ?? [],
  };
}
