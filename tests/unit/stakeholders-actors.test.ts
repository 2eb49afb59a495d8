// Who is an actor, of which kind, listed once: the rules an editor's reading asked for (issue 11).
// Every name and sentence here is made up.
import { describe, expect, it } from 'vitest';
import { buildEntityIndex, guessKind, nameKey } from '../../lib/entities';
import { buildStakeholders, speakerIsNoActor, withActorSpeakers } from '../../lib/stakeholders';
import { article, said, stakeholdersOf } from './fixtures';

const quote = (text: string, speaker: string | null) => said(text, speaker);
const kindOf = (name: string) => guessKind(name.split(' '), nameKey(name));

describe('the kind of an actor', () => {
  it('takes a one-word name with a chairman or shareholders of its own for a company, whatever its appositive says', () => {
    const list = stakeholdersOf([
      'Velmora bought a stake in Quillbury, the former owner of the Harbour Gazette, on Monday.',
      'It bought the shares held by Quillbury’s former chairman, Dale Okoro. Quillbury said it welcomed the offer.',
    ]);
    expect(list.find((s) => s.name === 'Quillbury')?.kind).toBe('organization');
  });

  it('takes a country that acts once for its government, however often it is also the setting', () => {
    const list = stakeholdersOf([
      'Growers in Peru lost a season. Prices in Peru fell, and traders from Peru left the market.',
      'Peru imposed an export ban on Friday, and the Tarn Growers Union said it would sue.',
    ]);
    expect(list.find((s) => s.name === 'Peru')?.kind).toBe('government');
  });

  it('takes a workplace named in a role for a body, however personal its name looks', () => {
    const index = buildEntityIndex(
      article([
        'Shares of Velmora rose again on Monday.',
        'Dana Pirrel, equity strategist at Hollis Tabner, says the stock could climb further.',
        '“It is a turn in the trend,” Pirrel said. Hollis Tabner has covered Velmora for years.',
      ]),
    );
    const list = buildStakeholders(index, [quote('It is a turn in the trend', 'Dana Pirrel')]);
    expect(list.find((s) => s.name === 'Dana Pirrel')?.kind).toBe('person');
    expect(list.find((s) => s.name === 'Hollis Tabner')?.kind).toBe('organization');
  });

  it('opens no person’s name with a point of the compass', () => {
    expect(kindOf('West Harlow')).toBe('organization');
    expect(kindOf('Marta Quillon')).toBe('person');
  });

  it('takes a body of the United Nations for an organization, not a government', () => {
    expect(kindOf('U.N. General Assembly')).toBe('organization');
    expect(kindOf('UN Security Council')).toBe('organization');
  });

  it('reads a capitalised first word as a given name, though elsewhere it is a particle', () => {
    expect(kindOf('Al Brannock')).toBe('person');
    expect(kindOf('De Varnell')).toBe('person');
  });

  it('types a quoted speaker the index did not know by the words of its name', () => {
    const index = buildEntityIndex(article(['Tariffs rose again this year.']));
    const list = buildStakeholders(index, [
      quote('Tariffs are a tax on our own buyers', 'Centre for Harbour Trade Research'),
    ]);
    expect(list.find((s) => s.name === 'Centre for Harbour Trade Research')?.kind).toBe('organization');
  });

  it('takes the State written with a capital in Spanish, French, Italian or German for a government', () => {
    for (const name of ['Estado', 'État', 'Stato', 'Staat']) expect(kindOf(name)).toBe('government');
  });
});

describe('who is an actor', () => {
  it('leaves out a relative named once by a first name, who neither acts nor speaks', () => {
    const index = buildEntityIndex(
      article([
        'Tomas Brenn has stored whale bones in his backyard since spring.',
        'Brenn with his daughter Lirael in his backyard, where he keeps the jawbones.',
        'Brenn said the bones belong to the tribe. Brenn has asked the council for a shed.',
      ]),
    );
    const names = buildStakeholders(index, []).map((s) => s.name);
    expect(names).toContain('Tomas Brenn');
    expect(names).not.toContain('Lirael');
  });

  it('lists one person once when the quotes give the whole name the article uses in parts', () => {
    const index = buildEntityIndex(
      article([
        'Kauri (Aro Tenui Robert) Maru carved a design at home.',
        'Aro Tenui Robert went back to the beach on Friday.',
        'Aro Tenui Maru said the tide was turning. Aro Tenui Maru has spoken to elders.',
        '“People dismiss us when we speak,” says Aro Tenui.',
      ]),
    );
    const list = buildStakeholders(index, [quote('People dismiss us when we speak', 'Aro Tenui Robert Maru')]);
    const his = list.filter((s) => s.name.startsWith('Aro Tenui'));
    expect(his.map((s) => s.name)).toEqual(['Aro Tenui Robert Maru']);
    expect(his[0].aliases).toEqual(expect.arrayContaining(['Aro Tenui Maru', 'Aro Tenui Robert']));
  });
});

describe('a body that speaks through its findings', () => {
  it('lists the maker of a poll the article reports, though it never says anything itself', () => {
    const index = buildEntityIndex(
      article([
        'Young voters favour Marta Quillon, according to a new poll by the Tarnshire University Institute of Politics.',
        'Quillon leads among voters under 30. Quillon said she was grateful.',
      ]),
    );
    expect(buildStakeholders(index, []).map((s) => s.name)).toContain('Tarnshire University Institute of Politics');
  });

  it('leaves a scholar named as a study’s author to the person rules', () => {
    const index = buildEntityIndex(
      article(['In 2007, a study by Oren Halvard of Tarnshire University found the census had been misused.']),
    );
    expect(index.resolve('Oren Halvard')?.speaks ?? 0).toBe(0);
  });
});

describe('who can be a speaker', () => {
  it('is not a section heading written in capitals', () => {
    const index = buildEntityIndex(article(['Polls open on Tuesday.']));
    expect(speakerIsNoActor('HARLOW’S VOTERS FAVOR QUILLON', index)).toBe(true);
    expect(speakerIsNoActor('Marta Quillon', index)).toBe(false);
  });

  it('is not a town the article only ever names as where things happened', () => {
    const index = buildEntityIndex(
      article([
        'A protester was punched at a rally in Fendale on Wednesday.',
        'Marta Quillon said she had not seen the episode in Fendale.',
        'Later in Fendale, the crowd chanted again.',
      ]),
    );
    const quotes = withActorSpeakers([quote('please hold a sign over your head', 'Fendale')], index);
    expect(quotes[0].speaker).toBeNull();
    expect(withActorSpeakers([quote('We will be back', 'Marta Quillon')], index)[0].speaker).toBe('Marta Quillon');
  });
});

describe('a word that names no one', () => {
  it('lists no connective and no dateline abbreviation as an actor, and credits them no quote', () => {
    const paragraphs = [
      'TARNVILLE, OH -- Gov. Dale Okoro spoke at the harbour on Tuesday.',
      'Nevertheless, "the worst budget in the state," as Okoro put it, passed.',
    ];
    const index = buildEntityIndex(article(paragraphs));
    const quotes = withActorSpeakers(
      [quote('the worst budget in the state', 'Nevertheless'), quote('We will sail', 'OH')],
      index,
    );
    expect(quotes.map((q) => q.speaker)).toEqual([null, null]);
    const names = buildStakeholders(index, quotes, 'en', paragraphs).map((s) => s.name);
    expect(names).not.toContain('OH');
    expect(names).not.toContain('Nevertheless');
  });

  it('credits no quote to an adjective before a body’s acronym: "Presumptive GOP"', () => {
    const paragraphs = [
      'The presumptive GOP nominee, Dale Okoro, wrote on Twitter. Presumptive GOP nominee Okoro posted again.',
    ];
    const index = buildEntityIndex(article(paragraphs));
    const [q] = withActorSpeakers([quote('Really bad storm in Tarnville', 'Presumptive GOP')], index);
    expect(q.speaker).toBeNull();
  });

  it('lists no link code as an actor: "pic.twitter.com/QwR7tz9Kmd"', () => {
    const names = stakeholdersOf([
      'Dale Okoro posted a photo of the harbour. QwR7tz9Kmd said the post. QwR7tz9Kmd was shared widely.',
      'QwR7tz9Kmd drew replies from the council.',
    ]).map((s) => s.name);
    expect(names).not.toContain('QwR7tz9Kmd');
  });

  it('still hears a country written as a short form: "US"', () => {
    const index = buildEntityIndex(article(['The US said the talks would go on. The US sent an envoy.']));
    const [q] = withActorSpeakers([quote('The talks will go on', 'US')], index);
    expect(q.speaker).toBe('US');
  });
});
