import { describe, expect, it } from 'vitest';
import { buildEntityIndex } from '../../../lib/entities';
import { buildStakeholders } from '../../../lib/stakeholders';
import { findQuotes } from '../../../lib/quotes';
import { article } from './fixture';

const namesOf = (paragraphs: string[], lang: string) => {
  const a = article(paragraphs, { lang });
  return buildStakeholders(buildEntityIndex(a), [], lang).map((s) => s.name);
};

describe('stakeholders outside English', () => {
  it('leaves out a place named only as where things happen ("à Vallorbe")', () => {
    const names = namesOf(
      [
        'Le premier avion est arrivé mardi à Vallorbe avec du matériel.',
        'Un second avion est arrivé jeudi à Vallorbe, où la Croix-Rouge Suisse distribue de l’aide.',
        'La Croix-Rouge Suisse a promis de rester sur place.',
      ],
      'fr',
    );
    expect(names).not.toContain('Vallorbe');
  });

  it('leaves out competitions and prizes ("Copa Sudamérica")', () => {
    const names = namesOf(
      [
        'O técnico Rui Barreto venceu a Copa Sudamérica em 2015 com o clube.',
        'Rui Barreto disse que a Copa Sudamérica foi o seu maior título.',
        'A Copa Sudamérica volta em março.',
      ],
      'pt',
    );
    expect(names).toContain('Rui Barreto');
    expect(names).not.toContain('Copa Sudamérica');
  });
});

describe('names French and Spanish write partly in lower case', () => {
  it('keeps an elided particle inside a name ("Quai d’Orsay", "Côte d’Ivoire")', () => {
    const a = article(
      [
        'Le Quai d’Orsay a convoqué l’ambassadeur de Côte d’Ivoire lundi.',
        'Le Quai d’Orsay a ensuite publié un communiqué.',
      ],
      { lang: 'fr' },
    );
    const index = buildEntityIndex(a);
    expect(index.resolve('Quai d’Orsay')?.name).toBe('Quai d’Orsay');
    expect(index.entities.map((e) => e.name)).toContain('Côte d’Ivoire');
  });

  it('reads a ministry with its lower-case head and adjectives, and not a minister’s domain as an actor', () => {
    const a = article(
      [
        'Le ministre des Affaires sociales a parlé mardi.',
        'Le ministère des Affaires sociales a publié un bilan, et le ministère de l’Intérieur a confirmé.',
      ],
      { lang: 'fr' },
    );
    const names = buildEntityIndex(a).entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['ministère des Affaires sociales', 'ministère de l’Intérieur']));
    expect(names).not.toContain('Affaires');
  });

  it('credits a quote to the ministry the article names in lower case', () => {
    const a = article(
      [
        'Les blessés rentreront d’abord, «avant toutes les autres familles du groupe», selon le ministère des Affaires étrangères.',
      ],
      { lang: 'fr' },
    );
    const qs = findQuotes(a, buildEntityIndex(a));
    expect(qs[0].speaker).toBe('ministère des Affaires étrangères');
  });
});

describe('names in inflecting languages', () => {
  it('names a person by the full form whose surname the article also uses alone', () => {
    const a = article(
      [
        'Tým manažera Davida Brookse prohání giganty. Hráči trenéra Davida Brookse slaví.',
        'Tvrdí to i Paul Kent, podle něhož si David Brooks zaslouží kredit.',
        'Brooks zůstává konzervativní. Brooks ale rotuje.',
        'Brooks nicméně nenechává hráče oddechnout. Před Brooksem je těžký zápas.',
      ],
      { lang: 'cs' },
    );
    const index = buildEntityIndex(a);
    expect(index.resolve('Brooks')?.name).toBe('David Brooks');
    // a preposition opening the sentence ("Před Brooksem") is no part of the name
    expect(index.entities.map((e) => e.name)).not.toContain('Před Brooksem');
  });
});

describe('governments written in lower case, and the agent of a passive', () => {
  it('lists "les autorités françaises" as a government that acts when it is a passive’s agent', () => {
    const a = article(
      [
        'L’avion affrété par les autorités françaises a atterri à Roissy.',
        'Les autorités françaises restent sans nouvelles de vingt personnes.',
      ],
      { lang: 'fr' },
    );
    const index = buildEntityIndex(a);
    const gov = index.resolve('autorités françaises');
    expect(gov?.kind).toBe('government');
    expect(gov?.acts).toBeGreaterThan(0);
    const s = buildStakeholders(index, [], 'fr').find((x) => x.name === 'autorités françaises');
    expect(s?.central).toBe(true);
  });

  it('reads "el gobierno argentino" too, but not a verb after "gobierno"', () => {
    const names = buildEntityIndex(
      article(['El gobierno argentino anunció un plan. Luego el gobierno decidió esperar.'], { lang: 'es' }),
    ).entities.map((e) => e.name);
    expect(names).toContain('gobierno argentino');
    expect(names.some((n) => /decidió/.test(n))).toBe(false);
  });
});

describe('peoples and movements named in lower case', () => {
  it('gathers one people under several collective nouns ("comunidad wichí", "grupos wichís")', () => {
    const a = article(
      [
        'Los grupos wichís reclaman tierras en el norte.',
        'La comunidad wichí cortó la ruta y las organizaciones wichís pidieron diálogo.',
        'El gobierno provincial no respondió.',
      ],
      { lang: 'es' },
    );
    const e = buildEntityIndex(a).resolve('comunidad wichí');
    expect(e?.kind).toBe('group');
    expect(e?.mentions).toHaveLength(3);
    expect(buildStakeholders(buildEntityIndex(a), [], 'es').map((s) => s.name)).toContain(e?.name);
  });

  it('takes no verb for an adjective, and keeps common adjectives to their own noun', () => {
    const a = article(
      ['Los grupos reclaman tierras. La comunidad internacional observa y los grupos internacionales callan.'],
      { lang: 'es' },
    );
    const names = buildEntityIndex(a).entities.map((e) => e.name);
    expect(names).not.toContain('grupos reclaman');
    expect(names).toContain('comunidad internacional');
    expect(names).not.toContain('grupos internacionales');
  });
});

describe('actors that act in other languages', () => {
  it('lists a body named once when it speaks ("La CGT advirtió")', () => {
    const names = namesOf(
      ['El Gobierno anunció recortes. La CGT advirtió que habrá un paro general la semana próxima.'],
      'es',
    );
    expect(names).toContain('CGT');
  });

  it('reads the perfect tense after a name as acting ("Velmora a annoncé", "la Brixa ha detto")', () => {
    const fr = buildEntityIndex(article(['Velmora a annoncé la fermeture du chantier de Tarn.'], { lang: 'fr' }));
    expect(fr.resolve('Velmora')?.acts).toBe(1);
    const it_ = buildEntityIndex(article(['Ieri la Brixa ha detto di voler chiudere il cantiere.'], { lang: 'it' }));
    expect(it_.resolve('Brixa')?.acts).toBe(1);
  });
});

describe('French bodies whose names go on in lower case or follow an elided article', () => {
  it('reads "Rassemblement républicain", "l’Assemblée nationale", "Banque centrale européenne"', () => {
    const a = article(
      [
        'Le Rassemblement républicain menace de voter la censure à l’Assemblée nationale.',
        'La Banque centrale européenne a relevé ses taux et l’Union européenne a réagi.',
      ],
      { lang: 'fr' },
    );
    const names = buildEntityIndex(a).entities.map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Rassemblement républicain',
        'Assemblée nationale',
        'Banque centrale européenne',
        'Union européenne',
      ]),
    );
  });

  it('does not take a verb for the adjective ("l’Union décide")', () => {
    const names = buildEntityIndex(article(['Demain l’Union décide de son budget.'], { lang: 'fr' })).entities.map(
      (e) => e.name,
    );
    expect(names).toContain('Union');
  });
});

describe('Russian surnames', () => {
  it('are people even alone', () => {
    const index = buildEntityIndex(
      article(['Вчера Смирнова выступила на форуме. Смирнова рассказала о планах.'], { lang: 'ru' }),
    );
    expect(index.resolve('Смирнова')?.kind).toBe('person');
  });
});
