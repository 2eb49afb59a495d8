import { describe, expect, it } from 'vitest';
import { buildEntityIndex } from '../../lib/entities';
import { buildStakeholders, voicesOf } from '../../lib/stakeholders';
import { article, said } from './fixtures';

const quote = (text: string, speaker: string | null, anonymous = false) => said(text, speaker, { anonymous });

const STORY = [
  'Velmora Holdings will close its shipyard in Tarn, the company said on Monday.',
  'Marta Quillon, the port director, said the closure would cost 400 jobs. Quillon called for a rescue plan.',
  'The Harbour Workers Union warned of strikes. Union leader Felix Okoro said talks had failed.',
  'Tarn is a town of 9,000 people. A ferry from Tarn runs to Osla twice a day.',
  'Lisbet Arne, who grew up in Tarn, was not available.',
];

describe('buildStakeholders', () => {
  it('lists the actors, central first, with kinds, roles and mentions', () => {
    const index = buildEntityIndex(article(STORY));
    const list = buildStakeholders(index, [quote('We will not let this yard die quietly', 'Marta Quillon')]);
    const names = list.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining(['Velmora Holdings', 'Marta Quillon', 'Harbour Workers Union', 'Felix Okoro']),
    );
    const marta = list.find((s) => s.name === 'Marta Quillon')!;
    expect(marta).toMatchObject({
      kind: 'person',
      role: 'port director',
      quoted: true,
      quoteCount: 1,
      quotedWords: 8,
      central: true,
    });
    expect(marta.mentions).toBe(2);
    expect(list[0].central).toBe(true);
    expect(list.findIndex((s) => !s.central)).not.toBe(0);
  });

  it('leaves out places that are only where things happen, and people named once in passing', () => {
    const list = buildStakeholders(buildEntityIndex(article(STORY)), []);
    const names = list.map((s) => s.name);
    expect(names).not.toContain('Tarn');
    expect(names).not.toContain('Osla');
    expect(names).not.toContain('Lisbet Arne');
  });

  it('leaves out cups, races and tracks, in any language', () => {
    const en = buildStakeholders(
      buildEntityIndex(
        article([
          'Ana Ruiz took her sons to Osla Go-Kart Track on Friday.',
          'Osla Go-Kart Track reopened this spring after a long winter.',
          'She likes Osla Go-Kart Track more than the beach.',
        ]),
      ),
      [],
    );
    expect(en.map((s) => s.name)).not.toContain('Osla Go-Kart Track');
    const pt = buildStakeholders(
      buildEntityIndex(
        article(
          [
            'O Palmeiras venceu a Copa Tarnense no sábado.',
            'Na Copa Tarnense, o clube jogou bem.',
            'Depois da Copa Tarnense, o técnico saiu.',
            'A Copa Tarnense terminou.',
          ],
          { lang: 'pt' },
        ),
      ),
      [],
      'pt',
    );
    expect(pt.map((s) => s.name).filter((n) => n.includes('Copa'))).toEqual([]);
  });

  it('lists a country when it acts, as the government it acts through', () => {
    const list = buildStakeholders(
      buildEntityIndex(
        article(['Norway imposed new fishing quotas on Friday.', 'Norway said the quotas would hold until 2030.']),
      ),
      [],
    );
    expect(list.find((s) => s.name === 'Norway')).toMatchObject({ kind: 'government', central: true });
  });

  it('still lists a quoted speaker the index does not know, but never the outlet or a photo agency', () => {
    const index = buildEntityIndex(article(STORY));
    const list = buildStakeholders(index, [
      quote('It is a sad day for the town', 'Tarn Fishing Club'),
      quote('Pictures of the yard at dusk', 'Getty Images'),
      quote('We asked every side of this story', 'Harbour Gazette'),
    ]);
    const names = list.map((s) => s.name);
    expect(names).toContain('Tarn Fishing Club');
    expect(names).not.toContain('Getty Images');
    expect(names).not.toContain('Harbour Gazette');
  });

  it('counts quotes given to an alias for the canonical name', () => {
    const index = buildEntityIndex(article(STORY));
    const list = buildStakeholders(index, [
      quote('A rescue plan is the only way', 'Quillon'),
      quote('Talks have failed', 'Felix Okoro'),
    ]);
    expect(list.find((s) => s.name === 'Marta Quillon')?.quoteCount).toBe(1);
  });
});

describe('voicesOf', () => {
  it('measures the anonymous share of quoted words and who is talked about but not heard', () => {
    const index = buildEntityIndex(article(STORY));
    const quotes = [quote('one two three four five six', 'Marta Quillon'), quote('seven eight', null, true)];
    const voices = voicesOf(buildStakeholders(index, quotes), quotes);
    expect(voices.anonymousShare).toBeCloseTo(2 / 8);
    expect(voices.unquoted).not.toContain('Marta Quillon');
  });
});

describe('a quoted full name and the surname the text uses', () => {
  it('are one person, listed by the fuller name', () => {
    const index = buildEntityIndex(
      article([
        'Tariffs are a tax, Velmora said.',
        'Prices rise, Quillon said on Monday. Quillon, a port economist, warned of more.',
      ]),
    );
    const list = buildStakeholders(index, [quote('Prices will rise for every family in town', 'Marta Quillon')]);
    const marta = list.filter((s) => s.name.includes('Quillon'));
    expect(marta).toHaveLength(1);
    expect(marta[0]).toMatchObject({ name: 'Marta Quillon', kind: 'person', quoteCount: 1 });
    expect(marta[0].aliases).toContain('Quillon');
  });
});

describe('people in the headline', () => {
  it('lists a person the title names even when the text names them once, acting on no verb', async () => {
    const { buildEntityIndex } = await import('../../lib/entities');
    const { buildStakeholders } = await import('../../lib/stakeholders');
    const { article } = await import('./entities/fixture');
    const a = article(
      ['Marta Quillon and Felix Okoro are level in the Tarn poll, well ahead of the rest.', 'Okoro gets 31 percent.'],
      { title: 'Quillon and Okoro tied in Tarn poll' },
    );
    const names = buildStakeholders(buildEntityIndex(a), []).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Marta Quillon', 'Felix Okoro']));
  });
});
