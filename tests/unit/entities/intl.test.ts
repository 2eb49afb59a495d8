import { describe, expect, it } from 'vitest';
import { buildEntityIndex } from '../../../lib/entities';
import { buildStakeholders } from '../../../lib/stakeholders';
import { article } from './fixture';

const namesOf = (paragraphs: string[], lang: string) => {
  const a = article(paragraphs, { lang });
  return buildStakeholders(buildEntityIndex(a), [], lang).map((s) => s.name);
};

describe('stakeholders outside English', () => {
  it('leaves out a place named only as where things happen ("à Vallorbe")', () => {
    const names = namesOf(
      ['Le premier avion est arrivé mardi à Vallorbe avec du matériel.', 'Un second avion est arrivé jeudi à Vallorbe, où la Croix-Rouge Suisse distribue de l’aide.', 'La Croix-Rouge Suisse a promis de rester sur place.'],
      'fr',
    );
    expect(names).not.toContain('Vallorbe');
  });

  it('leaves out competitions and prizes ("Copa Sudamérica")', () => {
    const names = namesOf(
      ['O técnico Rui Barreto venceu a Copa Sudamérica em 2015 com o clube.', 'Rui Barreto disse que a Copa Sudamérica foi o seu maior título.', 'A Copa Sudamérica volta em março.'],
      'pt',
    );
    expect(names).toContain('Rui Barreto');
    expect(names).not.toContain('Copa Sudamérica');
  });
});
