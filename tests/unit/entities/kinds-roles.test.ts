import { describe, expect, it } from 'vitest';
import { buildEntityIndex } from '../../../lib/entities';
import { article } from './fixture';
import { quotesOf } from '../quotes/fixture';

describe('roles', () => {
  it('reads a role set off by commas after the name', () => {
    const index = buildEntityIndex(article(["Joel Brandt, Velmora's chief of staff, said the yard would close."]));
    expect(index.resolve('Joel Brandt')?.role).toBe("Velmora's chief of staff");
  });

  it('reads a title standing before the name', () => {
    const index = buildEntityIndex(
      article([
        'Interior Minister Ilse Varga announced the ban.',
        'Harbour Board press secretary Tomas Lind said more.',
      ]),
    );
    expect(index.resolve('Ilse Varga')?.role).toBe('Interior Minister');
    expect(index.resolve('Tomas Lind')?.role).toBe('Harbour Board press secretary');
  });

  it('reads a role set off by commas before the name, with its owner or article', () => {
    const index = buildEntityIndex(
      article([
        'The board’s executive director, Graham Osk, said the yard would close.',
        'Her mother, Ida Penn, said nothing.',
      ]),
    );
    expect(index.resolve('Graham Osk')?.role).toBe('board’s executive director');
    expect(index.resolve('Ida Penn')?.role).toBeNull();
  });

  it('ends a role where a relative clause begins, and drops a relation with no one to relate to', () => {
    const index = buildEntityIndex(
      article([
        'Ada Quist, a marine ecologist at Fenwick University who has studied the bay for years, said it would recover.',
        'Joe Marr, a friend who moved away, agreed.',
      ]),
    );
    expect(index.resolve('Ada Quist')?.role).toBe('marine ecologist at Fenwick University');
    expect(index.resolve('Joe Marr')?.role).toBeNull();
  });

  it('takes a title in another language off the name and keeps it as the role', () => {
    const de = buildEntityIndex(
      article(
        [
          'Bundeskanzler Olaf Brenner sprach am Abend.',
          'Außenministerin Ida Kernberg sagte: „Das ist ein wichtiger Schritt.“',
        ],
        { lang: 'de' },
      ),
    );
    expect(de.resolve('Olaf Brenner')).toMatchObject({ name: 'Olaf Brenner', role: 'Bundeskanzler' });
    expect(de.resolve('Ida Kernberg')).toMatchObject({ name: 'Ida Kernberg', role: 'Außenministerin' });
    const it_ = buildEntityIndex(article(['Il sindaco Marco Velluti ha parlato a lungo.'], { lang: 'it' }));
    expect(it_.resolve('Marco Velluti')).toMatchObject({ name: 'Marco Velluti', role: 'sindaco' });
  });

  it('drops a compound modifier in front of a company name', () => {
    const index = buildEntityIndex(
      article(['Kremlin-operated Nord Media said it would appeal.', 'Nord Media declined to comment further.']),
    );
    expect(index.entities.map((e) => e.name)).toContain('Nord Media');
    expect(index.entities.map((e) => e.name).some((n) => n.includes('Kremlin'))).toBe(false);
  });

  it('reads "a welder" after a name as a role even when the job is not in the word lists', () => {
    const index = buildEntityIndex(
      article([
        'Lena Marsh, a welder who lost her job, came to the meeting.',
        'Ivo Rask, a retired pharmacist, agreed.',
      ]),
    );
    expect(index.resolve('Lena Marsh')?.role).toBe('welder');
    expect(index.resolve('Ivo Rask')?.role).toBe('retired pharmacist');
  });

  it('does not end a role at an initial or a company abbreviation', () => {
    const index = buildEntityIndex(
      article(['Tomas Lind, president of Osla-based Dana F. Varga Co. in Tarn, said prices fell.']),
    );
    expect(index.resolve('Tomas Lind')?.role).toBe('president of Osla-based Dana F. Varga Co. in Tarn');
    const qs = quotesOf(['“Prices fell by half this month,” said Tomas Lind, president of Dana F. Varga Company.']);
    expect(qs[0].role).toBe('president of Dana F. Varga Company');
  });

  it('gives no role for a clause that is no job', () => {
    const index = buildEntityIndex(article(['Ilse Varga, urged by her party, resigned on Monday.']));
    expect(index.resolve('Ilse Varga')?.role).toBeNull();
  });
});

describe('kinds', () => {
  it('tells people, organizations, governments, places and groups apart', () => {
    const index = buildEntityIndex(
      article([
        'Marta Quillon met officials of the Northern Fisheries Council and the Ministry of Transport in Norway.',
        'Republicans in the assembly said they would vote against it, and the Harbour Workers Union agreed.',
      ]),
    );
    const kind = (n: string) => index.resolve(n)?.kind;
    expect(kind('Marta Quillon')).toBe('person');
    expect(kind('Northern Fisheries Council')).toBe('organization');
    expect(kind('Ministry of Transport')).toBe('government');
    expect(kind('Norway')).toBe('place');
    expect(kind('Republicans')).toBe('group');
    expect(kind('Harbour Workers Union')).toBe('organization');
  });

  it('sees the Trump-style "X administration" as a government, apart from the person', () => {
    const index = buildEntityIndex(
      article(['Ilse Varga took office in May.', 'The Varga administration said the port would stay open.']),
    );
    expect(index.resolve('Varga administration')?.kind).toBe('government');
    expect(index.resolve('Ilse Varga')?.kind).toBe('person');
  });
});

describe('what is never an entity', () => {
  it('skips the outlet, its domain and its staff', () => {
    const index = buildEntityIndex(
      article(
        [
          'Marta Quillon said the ferry would run. Harbour Gazette asked her twice.',
          'Photo by Lena Fiskar. Reporting by Omar Tell; editing by Ruth Bale.',
          'Pia Holm is a Harbour Gazette reporter covering the port.',
        ],
        { byline: 'By Pia Holm and Jonas Brek', siteName: 'Harbour Gazette' },
      ),
    );
    const names = index.entities.map((e) => e.name);
    expect(names).toContain('Marta Quillon');
    for (const staff of ['Harbour Gazette', 'Lena Fiskar', 'Omar Tell', 'Ruth Bale', 'Pia Holm'])
      expect(names).not.toContain(staff);
    expect(index.isExcluded('Getty Images')).toBe(true);
  });

  it('skips days, months and common words opening a sentence', () => {
    const index = buildEntityIndex(
      article([
        'On Monday, officials met in March.',
        'Officials said the officials would meet again. Meanwhile Velmora Holdings said no.',
      ]),
    );
    const names = index.entities.map((e) => e.name);
    expect(names).not.toContain('Monday');
    expect(names).not.toContain('March');
    expect(names).not.toContain('Officials');
    expect(names).not.toContain('Meanwhile');
    expect(names).toContain('Velmora Holdings');
  });

  it('skips headline-case lines except for names found in the text', () => {
    const index = buildEntityIndex(
      article(['Velmora Says Ferry Plans Face Serious Delays', 'Velmora Holdings said the ferry would be late.']),
    );
    const names = index.entities.map((e) => e.name);
    expect(names).not.toContain('Ferry Plans Face Serious Delays');
    expect(names).not.toContain('Says Ferry Plans Face Serious Delays');
  });
});

describe('runs of capitalised words', () => {
  it('keeps a sentence-initial word that belongs to a name the article uses mid-sentence', () => {
    const index = buildEntityIndex(
      article(['New Zealand imposed a levy. Ferries from New Zealand stopped.', 'The new levy is high.']),
    );
    expect(index.resolve('New Zealand')?.mentions).toHaveLength(2);
    expect(index.entities.map((e) => e.name)).not.toContain('Zealand');
  });

  it('joins "and" inside a body name but not between a body and a person', () => {
    const index = buildEntityIndex(
      article([
        'Customs and Border Protection turned the offer down.',
        'Letters went to the Department of Harbours and Quillon Marta Vale.',
      ]),
    );
    const names = index.entities.map((e) => e.name);
    expect(names).toContain('Customs and Border Protection');
    expect(names).toContain('Department of Harbours');
    expect(names).not.toContain('Department of Harbours and Quillon Marta Vale');
  });

  it('splits a person from the body or place they are "of"', () => {
    const names = buildEntityIndex(
      article(['The whales were sick, said ranger Tama Reihana of Ngāwhare.']),
    ).entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Tama Reihana', 'Ngāwhare']));
  });
});

describe('acting', () => {
  it('counts a name followed by its verb, through an apposition, but not a passive', () => {
    const index = buildEntityIndex(
      article([
        'Tomas Lind, the union leader, said the strike would go on.',
        'Velmora Holdings was sued by the union on Monday.',
      ]),
    );
    expect(index.resolve('Tomas Lind')?.speaks).toBe(1);
    expect(index.resolve('Velmora Holdings')?.acts).toBe(0);
  });
});

describe('names run together', () => {
  it('cuts two names apart when each is used on its own elsewhere', () => {
    const index = buildEntityIndex(
      article([
        'The merger of Velmora and Tarn Shipping Group was approved.',
        'Velmora said the deal was done. Tarn Shipping Group agreed.',
        'He met the envoy to the Northern Fisheries Council Dana Okoro on Friday. Okoro said little.',
      ]),
    );
    const names = index.entities.map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining(['Velmora', 'Tarn Shipping Group', 'Northern Fisheries Council', 'Dana Okoro']),
    );
    expect(names).not.toContain('Velmora and Tarn Shipping Group');
    expect(names).not.toContain('Northern Fisheries Council Dana Okoro');
  });
});

describe('months and modals in names', () => {
  it('keeps "May" and "Will" inside a name but not a date', () => {
    const names = buildEntityIndex(
      article(['The vote was set for May 5, said Prime Minister Theresa May.', 'Her aide Will Hartley agreed.']),
    ).entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Theresa May', 'Will Hartley']));
    expect(names).not.toContain('May');
  });
});

describe('a lone surname', () => {
  it('is a person when a title, an honorific or a job goes with it', () => {
    const index = buildEntityIndex(
      article([
        'Chairman Brantley opened the hearing.',
        'Mr. Osgood objected.',
        'Prices will rise, said Lindqvist, a harbour economist.',
      ]),
    );
    expect(index.resolve('Brantley')?.kind).toBe('person');
    expect(index.resolve('Osgood')?.kind).toBe('person');
    expect(index.resolve('Lindqvist')?.kind).toBe('person');
  });
});
