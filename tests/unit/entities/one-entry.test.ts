// One entry per person: short first names, other spellings, offices and homes in the speaker's
// name. Every name here is invented.
import { describe, expect, it } from 'vitest';
import { buildEntityIndex } from '../../../lib/entities';
import { buildStakeholders } from '../../../lib/stakeholders';
import { article, said, stakeholdersOf } from '../fixtures';

describe('one person, one entry', () => {
  it('takes a short first name and another spelling of the surname for the same person', () => {
    const index = buildEntityIndex(
      article([
        'Joshua Quarle, a harbour engineer, measured the silt. Josh Quarle said the channel was closing.',
        'President Vadim Oleksenko met the board. Later Oleksenkoo said he would help, and Oleksenko left.',
      ]),
    );
    expect(index.resolve('Josh Quarle')).toBe(index.resolve('Joshua Quarle'));
    expect(index.resolve('Oleksenkoo')).toBe(index.resolve('Vadim Oleksenko'));
  });

  it('keeps a father and a daughter whose first names differ by a letter apart', () => {
    const index = buildEntityIndex(
      article(['Eric Marrow founded the yard. His daughter Erica Marrow runs it now, and Erica Marrow said so.']),
    );
    expect(index.resolve('Erica Marrow')).not.toBe(index.resolve('Eric Marrow'));
  });

  it('cuts the home off a titled person: "Rep. Dale Okoro of Tarnshire"', () => {
    const index = buildEntityIndex(
      article(['Rep. Dale Okoro of Tarnshire voted no.', 'Okoro said the bill would fail.']),
    );
    expect(index.resolve('Okoro')?.name).toBe('Dale Okoro');
    expect(index.entities.map((e) => e.name)).not.toContain('Dale Okoro of Tarnshire');
  });

  it('lists a speaker named with an office once, under the name, with the quoted form as an alias', () => {
    const index = buildEntityIndex(
      article(['Dale Okoro chairs the harbour board.', 'Okoro left the meeting early.', 'Okoro said little.']),
    );
    const list = buildStakeholders(index, [said('We will keep the yard open', 'Board Chairman Dale Okoro')]);
    const okoro = list.filter((s) => /Okoro/.test(s.name));
    expect(okoro).toHaveLength(1);
    expect(okoro[0].name).toBe('Dale Okoro');
    expect(okoro[0].aliases).toContain('Board Chairman Dale Okoro');
  });
});

describe('one body, one entry', () => {
  it('takes a name the article says someone had before for the same actor', () => {
    const index = buildEntityIndex(
      article([
        'Ilse Varden, formerly Ilse Marrow, ran the yard for a decade. Ilse Varden said it would close.',
        'Velmora Shipping (formerly Tarn Lines) bought the yard. Tarn Lines had tried twice before.',
      ]),
    );
    expect(index.resolve('Ilse Marrow')).toBe(index.resolve('Ilse Varden'));
    expect(index.resolve('Tarn Lines')).toBe(index.resolve('Velmora Shipping'));
  });

  it('takes a body’s other name for the body when the article uses both', () => {
    const index = buildEntityIndex(
      article([
        'The Federal Reserve raised rates on Wednesday, and the Fed said more rises could follow.',
        'The Pentagon declined to comment. The Defense Department said the ships would sail.',
      ]),
    );
    expect(index.resolve('Fed')).toBe(index.resolve('Federal Reserve'));
    expect(index.resolve('Pentagon')).toBe(index.resolve('Defense Department'));
  });

  it('takes a two-word name for the label it dresses: "Big Lantern" is "Big Lantern Records"', () => {
    const index = buildEntityIndex(
      article([
        'Big Lantern Records signed the singer in 2005. Big Lantern said the masters were its own.',
        'Big Lantern has not commented since, and Big Lantern Records declined again.',
      ]),
    );
    expect(index.resolve('Big Lantern')).toBe(index.resolve('Big Lantern Records'));
  });

  it('leaves a body’s other name alone when the article names only it', () => {
    const index = buildEntityIndex(article(['The Fed raised rates on Wednesday. The Fed said more could follow.']));
    expect(index.resolve('Fed')?.name).toBe('Fed');
  });

  it('takes a one-word company name for its group in another language: "Velmanet" is the "Velmanet Gruppe"', () => {
    const index = buildEntityIndex(
      article(
        [
          'Velmanet kauft den Sendernetzbetreiber Tarnfunk. Die Velmanet Gruppe zahlt 200 Millionen Euro.',
          'Velmanet-Chef Ilja Brandt sagte, Velmanet werde das Netz ausbauen.',
        ],
        { lang: 'de' },
      ),
    );
    expect(index.resolve('Velmanet')).toBe(index.resolve('Velmanet Gruppe'));
  });
});

describe('one country, one entry', () => {
  it('lists a capital standing for its government and the people’s adjective under the country', () => {
    const list = stakeholdersOf([
      'China imposed new tariffs on soybeans on Monday. China said the duties would stay until talks resume.',
      'Beijing also warned that it would answer any new duty. Beijing said the talks were over for now.',
      'Chinese negotiators left the table early, and Chinese officials said the offer was too small.',
      'Tarn Harbour Co-operative said its members would lose their best buyer.',
    ]);
    const china = list.filter((s) => /China|Beijing|Chinese/.test(s.name));
    expect(china).toHaveLength(1);
    expect(china[0].name).toBe('China');
    expect(china[0].kind).toBe('government');
    expect(china[0].aliases).toEqual(expect.arrayContaining(['Beijing']));
  });

  it('leaves a capital alone when its country is not listed', () => {
    const list = stakeholdersOf([
      'Moscow denied the report on Tuesday. Moscow said the ships had never left port.',
      'Moscow later recalled its envoy.',
    ]);
    expect(list.map((s) => s.name)).toContain('Moscow');
  });
});

describe('no junk aliases', () => {
  it('gives a body no people’s adjective as an alias: "American" is not the Plains Growers Bureau', () => {
    const list = stakeholdersOf([
      'The American Plains Growers Bureau said the tariffs would hurt farmers. The American Plains Growers Bureau asked for aid.',
      'American farmers sold less this year, and American buyers paid more.',
    ]);
    const bureau = list.find((s) => s.name === 'American Plains Growers Bureau');
    expect(bureau).toBeDefined();
    expect(bureau!.aliases).not.toContain('American');
  });

  it('keeps no given name as an alias that the article only writes after the family name: "He Lianmo"', () => {
    const text = '“The deal will not hold without a rollback,” He Lianmo, a former trade envoy, said at a forum.';
    const list = stakeholdersOf([text], [said('The deal will not hold without a rollback', 'He Lianmo')]);
    const he = list.filter((s) => /Lianmo/.test(s.name));
    expect(he).toHaveLength(1);
    expect(he[0].name).toBe('He Lianmo');
    expect(he[0].aliases).not.toContain('Lianmo');
  });

  it('ends a name where it starts over: a hover card pasted after it is no part of it', () => {
    const index = buildEntityIndex(
      article([
        'A man threatened Rep. Dana Velko Dana VelkoHarbour Watch: Council delays vote MORE (D-Tarn), prosecutors said.',
        'Velko asked the court for compassion.',
      ]),
    );
    expect(index.resolve('Velko')?.name).toBe('Dana Velko');
    expect(index.resolve('Velko')?.kind).toBe('person');
  });
});
