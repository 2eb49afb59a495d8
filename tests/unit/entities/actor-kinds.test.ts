// Kinds of actors read from their names and from how the article uses them. Every name here is invented.
import { describe, expect, it } from 'vitest';
import { buildEntityIndex, guessKind, nameKey } from '../../../lib/entities';
import { buildStakeholders } from '../../../lib/stakeholders';
import { article } from './fixture';

const kindOf = (name: string) => guessKind(name.split(' '), nameKey(name));

describe('kinds from a name alone', () => {
  it('takes a name with "for" in it for a body, not a person', () => {
    expect(kindOf('Nurses for Clean Water')).toBe('organization');
    expect(kindOf('Centers for Harbour Safety')).toBe('organization');
  });

  it('takes a name ending in a word no surname is for a body', () => {
    expect(kindOf('Quell Research')).toBe('organization');
    expect(kindOf('Marlow Foods')).toBe('organization');
    expect(kindOf('Evening Sentinel')).toBe('organization');
    expect(kindOf('Velma Justice')).toBe('person');
    expect(kindOf('Ida Penn')).toBe('person');
  });

  it('takes a tower for a place and a jet for a thing, so a surname is not theirs', () => {
    expect(kindOf('Quillon Tower')).toBe('place');
    const index = buildEntityIndex(
      article([
        'Dara Quillon bought the Quillon Tower in 1990. Quillon said the Quillon Tower was her best deal.',
        'Quillon flew in a Quillon Jet to the opening.',
      ]),
    );
    expect(index.resolve('Quillon')?.name).toBe('Dara Quillon');
  });

  it('does not start a name with "Several"', () => {
    const index = buildEntityIndex(
      article(['Several Okoro allies said the plan would fail. Felix Okoro said nothing.', 'Okoro left early.']),
    );
    expect(index.entities.map((e) => e.name)).not.toContain('Several Okoro');
    expect(index.resolve('Okoro')?.name).toBe('Felix Okoro');
  });
});

describe('kinds in the stakeholder list', () => {
  it('lists a country that acts as a government, a region as a place', () => {
    const index = buildEntityIndex(
      article([
        'Norway imposed new fees on Monday. Norway said the fees would stay.',
        'Europe reacted calmly. Europe has seen such fees before, and Europe said nothing.',
      ]),
    );
    const list = buildStakeholders(index, []);
    expect(list.find((s) => s.name === 'Norway')?.kind).toBe('government');
    expect(list.find((s) => s.name === 'Europe')?.kind ?? 'place').toBe('place');
  });

  it('keeps one entry for a body named with and without its last word', () => {
    const index = buildEntityIndex(
      article([
        'Quell Research found that most voters back the plan, Quell Research said on Monday.',
        'Quell said its poll of 900 voters was the largest. Quell added that it would poll again.',
      ]),
    );
    const list = buildStakeholders(index, []);
    expect(list.filter((s) => /Quell/.test(s.name))).toHaveLength(1);
  });
});

describe('name boundaries', () => {
  it('takes a state and an abbreviated office before a name for its title', () => {
    const index = buildEntityIndex(
      article(['Ohio Gov. Dale Marrow won the vote on Tuesday.', 'Marrow said he would run again.']),
    );
    const dale = index.resolve('Marrow');
    expect(dale?.name).toBe('Dale Marrow');
    expect(dale?.role).toBe('Ohio Gov.');
  });

  it('takes a party before a full name for a description, not part of the name', () => {
    const index = buildEntityIndex(
      article(['The race tightened as Republican Dale Marrow gained.', 'Marrow said he would win.']),
    );
    expect(index.resolve('Marrow')?.name).toBe('Dale Marrow');
    expect(index.entities.map((e) => e.name)).not.toContain('Republican Dale Marrow');
  });

  it('keeps "former" with the title it qualifies, and drops it before a body', () => {
    const index = buildEntityIndex(
      article([
        'Former Harbour Board Chairman Ida Quarle spoke first. Quarle said the yard must stay.',
        'The vote was called by the clerk, and Presumptive GOP officials said nothing.',
      ]),
    );
    expect(index.resolve('Quarle')?.name).toBe('Ida Quarle');
    expect(index.resolve('Quarle')?.role).toBe('Former Harbour Board Chairman');
    expect(index.entities.map((e) => e.name)).not.toContain('Presumptive GOP');
  });
});
