import { describe, expect, it } from 'vitest';
import { quote, quotesOf } from './fixture';
import { roleBefore } from '../../../lib/quotes/role-before';

const before = (text: string, name: string) => {
  const start = text.indexOf(name);
  return roleBefore(text, start, start + name.length);
};

describe('a role written before the name', () => {
  it('is a description run into the name, opening after "the" or the sentence start', () => {
    expect(before('The book was praised by the novelist Jo Walton last year.', 'Jo Walton')).toBe('novelist');
    expect(before('Walt Disney Co. executive Kevin Mayer spoke first.', 'Kevin Mayer')).toBe(
      'Walt Disney Co. executive',
    );
    expect(before('It was former Liverpool striker Emile Heskey who scored.', 'Emile Heskey')).toBe(
      'former Liverpool striker',
    );
  });

  it('is an apposition the name follows, without the owner pronoun', () => {
    expect(before('According to his aunt, Jane Starner, he read early.', 'Jane Starner')).toBe('aunt');
    expect(before('She wrote to Ford’s sister, Martha Fry, in May.', 'Martha Fry')).toBe('Ford’s sister');
  });

  it('is no role when the words before are a clause, or the name opens one', () => {
    expect(before('In an interview Kaplan said more.', 'Kaplan')).toBeNull();
    expect(before('The federal judge Trump was referring to is from Indiana.', 'Trump')).toBeNull();
    expect(
      before('She doubted Sanders’s qualifications to be president, Hillary Clinton said.', 'Hillary Clinton'),
    ).toBeNull();
    expect(before('Donald Trump threw famous reporter Jorge Ramos out.', 'Jorge Ramos')).toBeNull();
    expect(before('Voters support the president, Mrs. Clinton argues.', 'Mrs. Clinton')).toBeNull();
  });

  it('gives a quote the role of the speaker’s first introduction when its own sentence has none', () => {
    const qs = quotesOf([
      'The report was written by the historian Lena Morrow and two colleagues.',
      'Nobody else had looked at the archive in decades.',
      '“The harbour records were never lost, only misfiled,” Morrow said.',
    ]);
    expect(quote(qs, 'The harbour records')).toMatchObject({ speaker: 'Lena Morrow', role: 'historian' });
  });
});
