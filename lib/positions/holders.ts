// Who may hold a position: the listed stakeholders, found by name or by the entity they stand for,
// and the voices the list left out that the article makes speak.
import type { Stakeholder } from '../types';
import type { Entity, EntityIndex } from '../entities';

export interface HolderBook {
  /** The stakeholder an entity of the index stands for. */
  readonly holders: Map<Entity, Stakeholder>;
  /** The stakeholder a quote's speaker names, by name, alias or entity. */
  stakeholderOf(speaker: string): Stakeholder | undefined;
  /** The stakeholder a position's holder name stands for. */
  byName(name: string): Stakeholder | undefined;
  /** Takes an unlisted voice in as a holder of its entity. */
  addVoice(entity: Entity, voice: Stakeholder): void;
}

/** The holders of a digest: each stakeholder by its name, its aliases and its entity in the index. */
export function holderBook(stakeholders: Stakeholder[], entities?: EntityIndex): HolderBook {
  const byName = new Map<string, Stakeholder>();
  const holders = new Map<Entity, Stakeholder>();
  for (const s of stakeholders) {
    byName.set(s.name, s);
    for (const a of s.aliases) if (!byName.has(a)) byName.set(a, s);
    const e =
      entities?.entities.find((x) => x.name === s.name) ??
      entities?.resolve(s.name) ??
      s.aliases.map((a) => entities?.resolve(a)).find(Boolean) ??
      null;
    if (e && !holders.has(e)) holders.set(e, s);
  }
  return {
    holders,
    stakeholderOf(speaker) {
      const e = entities?.resolve(speaker);
      return byName.get(speaker) ?? (e ? holders.get(e) : undefined);
    },
    byName: (name) => byName.get(name),
    addVoice(entity, voice) {
      holders.set(entity, voice);
      if (!byName.has(voice.name)) byName.set(voice.name, voice);
    },
  };
}
