import { describe, expect, it } from 'vitest';
import { buildEntityIndex } from '../../../lib/entities';
import { article } from './fixture';

const names = (paragraphs: string[], over = {}) =>
  buildEntityIndex(article(paragraphs, over)).entities.map((e) => e.name);

describe('alias merging', () => {
  it('takes a surname for the full name said before', () => {
    const index = buildEntityIndex(
      article(['Marta Quillon, the port director, opened the meeting.', 'Quillon said the ferry would run in May.']),
    );
    const marta = index.resolve('Quillon');
    expect(marta?.name).toBe('Marta Quillon');
    expect(marta?.mentions).toHaveLength(2);
    expect(marta?.aliases).toContain('Quillon');
  });

  it('takes a declared acronym and the initials of a name for that name', () => {
    const index = buildEntityIndex(
      article([
        'The Northern Fisheries Council (NFC) voted on Monday.',
        'The NFC said the quota stays.',
        'The Coastal Rail Authority also met. CRA officials said nothing.',
      ]),
    );
    expect(index.resolve('NFC')?.name).toBe('Northern Fisheries Council');
    expect(index.resolve('CRA')?.name).toBe('Coastal Rail Authority');
  });

  it('reads a possessive as the name itself', () => {
    const index = buildEntityIndex(
      article(['Velmora said it would appeal.', "Velmora's lawyers filed the papers on Friday."]),
    );
    const velmora = index.resolve("Velmora's");
    expect(velmora?.name).toBe('Velmora');
    expect(velmora?.mentions).toHaveLength(2);
  });

  it('takes a name that extends an organization name for the same body', () => {
    const index = buildEntityIndex(article(['Velmora Holdings bought the yard.', 'Velmora said the price was fair.']));
    expect(index.resolve('Velmora')).toBe(index.resolve('Velmora Holdings'));
    expect(index.resolve('Velmora')?.name).toBe('Velmora Holdings');
  });

  it('shows a company by the short name the article uses most, the suffixed one as an alias', () => {
    const index = buildEntityIndex(
      article([
        'Velmora Holdings Inc. bought the yard.',
        'Velmora said the price was fair.',
        'Workers at Velmora were told on Friday.',
      ]),
    );
    const velmora = index.resolve('Velmora Holdings Inc.');
    expect(velmora?.name).toBe('Velmora');
    expect(velmora?.aliases).toContain('Velmora Holdings Inc.');
  });

  it('keeps the full name when the shorter one is a place or the body is more than a company', () => {
    const index = buildEntityIndex(
      article([
        'The Tarnby University Press printed the book.',
        'In Tarnby, readers queued.',
        'Tarnby shops sold out.',
        'Tarnby is a small town.',
      ]),
    );
    expect(index.resolve('Tarnby University Press')?.name).toBe('Tarnby University Press');
  });

  it('takes "the company" for the company named before it', () => {
    const index = buildEntityIndex(
      article(['Velmora Holdings bought the yard.', 'The company said the price was fair.']),
    );
    const velmora = index.resolve('Velmora Holdings')!;
    expect(velmora.mentions.map((m) => m.text)).toContain('The company');
    expect(index.lastOfKind(1, 40, 'organization')?.entity).toBe(velmora);
  });

  it('takes "the cooperative", "the chamber" for the body whose name holds the word, and no other', () => {
    const index = buildEntityIndex(
      article([
        'Nils Varo heads the Tarn Bay Fishermen’s Cooperative. The Osla Chamber of Commerce backed the plan.',
        'The cooperative has asked for a review. The chamber said nothing.',
        'The board met on Friday.',
      ]),
    );
    const coop = index.resolve('Tarn Bay Fishermen’s Cooperative')!;
    expect(coop.name).toBe('Tarn Bay Fishermen’s Cooperative');
    expect(coop.mentions.map((m) => m.text)).toContain('The cooperative');
    expect(index.resolve('Osla Chamber of Commerce')?.mentions.map((m) => m.text)).toContain('The chamber');
    expect(index.entities.some((e) => e.mentions.some((m) => m.text === 'The board'))).toBe(false);
  });

  it('keeps apart two people who share a surname, and gives a bare surname to the one last named', () => {
    const index = buildEntityIndex(
      article([
        'Dana Okoro, the mayor, backed the plan.',
        'Her brother Felix Okoro, a fisherman, opposed it.',
        'Okoro said the harbour would be ruined.',
      ]),
    );
    const people = index.entities
      .filter((e) => e.name.endsWith('Okoro'))
      .map((e) => e.name)
      .sort();
    expect(people).toEqual(['Dana Okoro', 'Felix Okoro']);
    const last = index.mentionsIn(2).find((m) => m.text === 'Okoro');
    expect(last?.entity.name).toBe('Felix Okoro');
  });

  it('drops honorifics and titles in front of a name', () => {
    const index = buildEntityIndex(
      article(['Prime Minister Ilse Varga spoke first.', 'Mrs. Varga said the vote was close.']),
    );
    expect(index.resolve('Mrs. Varga')?.name).toBe('Ilse Varga');
    expect(index.resolve('President Varga')?.name).toBe('Ilse Varga');
  });

  it('merges inflected forms of a name in an inflecting language', () => {
    const index = buildEntityIndex(
      article(['Trenér Tomáš Novák chválí tým.', 'Podle slov Tomáše Nováka je sezona dobrá.', 'Nováka to těší.'], {
        lang: 'cs',
      }),
    );
    expect(index.resolve('Tomáše Nováka')?.name).toBe('Tomáš Novák');
    expect(index.resolve('Tomáš Novák')?.mentions).toHaveLength(3);
  });

  it('is case-sensitive about names but reads Unicode letters', () => {
    expect(names(['Ångström Økland met Željko Čapek in Lisbon.'])).toEqual(
      expect.arrayContaining(['Ångström Økland', 'Željko Čapek']),
    );
  });
});

describe('Chinese names', () => {
  it('finds a name of a common surname before a verb of speech, and its other mentions', () => {
    const index = buildEntityIndex(
      article(['在港口工作的王小明表示，渡轮明年停运。', '王小明还说，工人们很担心。'], { lang: 'zh' }),
    );
    const wang = index.resolve('王小明');
    expect(wang?.kind).toBe('person');
    expect(wang?.mentions).toHaveLength(2);
    expect(index.entities.map((e) => e.name)).not.toContain('王小明还');
  });
});
