import { describe, expect, it } from 'vitest';
import { nameRuns, splitTitle } from '../../../lib/quotes/names';
import { quote, quotesOf } from './fixture';

const runs = (s: string) => nameRuns(s).map((r) => r.text);

describe('names cut at their true boundaries', () => {
  it('keeps an abbreviated title with its name', () => {
    expect(runs('said Sen. Ada Quill on Monday')).toEqual(['Sen. Ada Quill']);
    expect(splitTitle('Gov. Ada Quill')).toMatchObject({ name: 'Ada Quill', title: 'Gov.' });
  });

  it('ends a person’s name before where they are from', () => {
    expect(runs('said Sen. Ada Quill of Vermont')).toEqual(['Sen. Ada Quill']);
    expect(runs('Chancellor Ida Brenner of Austria condemned it')).toEqual(['Chancellor Ida Brenner']);
  });

  it('leaves names of bodies and places whole', () => {
    expect(runs('the Bank of Ruritania')).toEqual(['Bank of Ruritania']);
    expect(runs('the United States of Ruritania')).toEqual(['United States of Ruritania']);
    expect(runs('said Secretary of State Ada Quill')).toEqual(['Secretary of State Ada Quill']);
  });

  it('reads a title word after a first name as a surname', () => {
    expect(splitTitle('Representative Tom R. King')).toMatchObject({ name: 'Tom R. King', title: 'Representative' });
    expect(splitTitle('Tom Luther King Jr.')).toMatchObject({ name: 'Tom Luther King Jr.', title: null, gender: null });
  });

  it('reads "M." after a first name as an initial', () => {
    expect(splitTitle('Senate Leader Harold M. Ruud')).toMatchObject({
      name: 'Harold M. Ruud',
      title: 'Senate Leader',
    });
  });

  it('does not take a participle opening a sentence for a name', () => {
    expect(runs('Weighing in on the plan, Ada Quill agreed')).toEqual(['Ada Quill']);
    expect(runs('Hours later, Quill returned')).toEqual(['Quill']);
  });
});

describe('party and state tags', () => {
  it('credits the lawmaker, not "(D-Nev.)"', () => {
    const qs = quotesOf([
      '“We will not accept these cuts to the program,” Senate Leader Harold M. Ruud (D-Nev.) said.',
      'Sen. Ada Quill (R-Texas) told reporters that she “would be surprised if this is the last one.”',
    ]);
    expect(quote(qs, 'We will not')).toMatchObject({ speaker: 'Harold M. Ruud', role: 'Senate Leader' });
    expect(quote(qs, 'would be surprised').speaker).toBe('Ada Quill');
  });

  it('credits "said Sen. X of State" to X', () => {
    const qs = quotesOf(['“It’s something we should debate in the open,” said Sen. Tom Carrow of Delaware.']);
    expect(quote(qs, 'It’s something')).toMatchObject({ speaker: 'Tom Carrow', role: 'Sen.' });
  });
});

describe('the subject of the cue verb', () => {
  it('takes the subject before "says", not the name in the reported clause after it', () => {
    const qs = quotesOf([
      'Dana Rowe, a 55-year-old salesman from Sumter, says Cruz will “leave here with real momentum.”',
    ]);
    expect(quote(qs, 'leave here').speaker).toBe('Dana Rowe');
  });

  it('still reads an inverted name before the quote', () => {
    const qs = quotesOf([
      'Asked about the plan, said Sen. Ted Carrow, a Texas Republican: “We will not vote for this bill.”',
    ]);
    expect(quote(qs, 'We will not').speaker).toBe('Ted Carrow');
  });
});

describe('nationalities', () => {
  it('are no speaker and no part of a name', () => {
    expect(runs('the American people are seeking a leader')).toEqual([]);
    expect(runs('used to support fellow Kentuckian Rand Pauling')).toEqual(['Rand Pauling']);
    expect(runs('the American Enterprise Institute')).toEqual(['American Enterprise Institute']);
  });

  it('but a surname that is one still speaks ("Cuban said")', () => {
    expect(runs('Mark Cuban owns the team. Cuban said no.')).toEqual(['Mark Cuban', 'Cuban']);
  });

  it('credits a judging verb to its subject, past the nationality', () => {
    const qs = quotesOf([
      'Leaders affirmed their friendship with the American people. Chancellor Ida Brenner of Austria condemned “such a murderous attack on the city.”',
    ]);
    expect(quote(qs, 'such a murderous').speaker).toBe('Ida Brenner');
  });
});

describe('coordinated verbs', () => {
  it('gives "X said … and accused him of “…”" to X', () => {
    const qs = quotesOf([
      'Senator Ada Quill, also campaigning in Ohio, said Tom Becker is responsible for his events and accused him of “inciting violent behavior at every rally.”',
    ]);
    expect(quote(qs, 'inciting').speaker).toBe('Ada Quill');
  });

  it('but not a passive: "X was asked by Y, who … and dismissed"', () => {
    const qs = quotesOf([
      'Ada Quill was asked by host Tom Becker, who backs her and dismissed the story, “Now, you famously said you were tired of hearing about it.”',
    ]);
    expect(quote(qs, 'Now, you').speaker).not.toBe('Ada Quill');
  });
});

describe('cues after a quote', () => {
  it('credits a fragment to "according to X" at the end of its sentence', () => {
    const qs = quotesOf([
      'Why whales strand is unclear, but “sickness, navigational error and extreme weather” are all thought to contribute, according to the Harbour Department of Conservation.',
    ]);
    expect(quote(qs, 'sickness').speaker).toBe('Harbour Department of Conservation');
  });

  it('does not give a quote to the next speaker’s "X agreed:"', () => {
    const qs = quotesOf([
      'Ada Quill and Kate Yorn wrote the songs. “It’s a totally different muscle,” Yorn said. “You have to take yourself out of it a little bit.” Quill agreed: “It’s a different job altogether.”',
    ]);
    expect(quote(qs, 'You have to').speaker).toBe('Kate Yorn');
    expect(quote(qs, 'It’s a different job').speaker).toBe('Ada Quill');
  });

  it('reads "begged" as a cue', () => {
    const qs = quotesOf([
      'Tim Morrow told the committee, “My fears have been realized today.”',
      'He begged lawmakers “not to lose sight of the conflict.”',
    ]);
    expect(quote(qs, 'not to lose').speaker).toBe('Tim Morrow');
  });
});

describe('documents', () => {
  it('credit a survey to its author, not the body the author is from', () => {
    const qs = quotesOf([
      'According to a 2018 survey by Pia Muse Arne of the University of Northland, the firm’s practice has been to “consolidate copy editing and page design” at one center.',
    ]);
    expect(quote(qs, 'consolidate').speaker).toBe('Pia Muse Arne');
  });

  it('"X said that according to its analysis “…”" is X’s', () => {
    const qs = quotesOf([
      'Win Hla, a member of the party’s committee, said that according to its analysis, the party has won, but “we are still counting the seats.”',
    ]);
    expect(quote(qs, 'we are still').speaker).toBe('Win Hla');
  });

  it('"according to his aunt, Jane Starr," names her', () => {
    const qs = quotesOf([
      'Everyone called him Mike. According to his aunt, Jane Starr, “He was brilliant from the start, reading at an adult level.”',
    ]);
    expect(quote(qs, 'He was brilliant').speaker).toBe('Jane Starr');
  });
});

describe('a fragment woven into a sentence', () => {
  it('is credited to a titled name and verb closing the sentence', () => {
    const qs = quotesOf([
      'Teachers are “looking to see who is on the other side of the ticket,” NEA President Lily Eskel García said.',
    ]);
    expect(quote(qs, 'looking to see').speaker).toBe('Lily Eskel García');
  });

  it('reads "sniped" as a cue', () => {
    const qs = quotesOf(['Walter Hewlin sniped that the new chief was “learning on the job every single day.”']);
    expect(quote(qs, 'learning on').speaker).toBe('Walter Hewlin');
  });
});

describe('an officer of a named body', () => {
  it('speaks as the person named in the apposition, with the office as role', () => {
    const qs = quotesOf([
      '“That program is at a minimum worth a very close look,” the White House spokesman, Josh Ernst, said on Thursday.',
      '“We should not build walls but bridges,” said the Vatican spokesman, Federico Lombard.',
    ]);
    expect(quote(qs, 'That program')).toMatchObject({ speaker: 'Josh Ernst', role: 'White House spokesman' });
    expect(quote(qs, 'We should not')).toMatchObject({ speaker: 'Federico Lombard', role: 'Vatican spokesman' });
  });
});

describe('German compound offices', () => {
  it('are no part of the name, hyphenated or not', () => {
    const qs = quotesOf(
      ['Freenet-Chef Christoph Vilanek will ein Angebot, das „billiger sein soll als alle anderen“.'],
      'de',
    );
    expect(quote(qs, 'billiger').speaker).toBe('Christoph Vilanek');
  });
});
