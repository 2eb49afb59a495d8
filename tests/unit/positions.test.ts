import { describe, expect, it } from 'vitest';
import { buildEntityIndex } from '../../lib/entities';
import { buildStakeholders } from '../../lib/stakeholders';
import { findPositions, positionsAndVoices, summaryLine } from '../../lib/positions';
import { sentencesOf } from '../../lib/text/sentences';
import type { Quote } from '../../lib/types';
import { article } from './entities/fixture';

function positionsOf(paragraphs: string[], quotes: Quote[] = []) {
  const a = article(paragraphs);
  const index = buildEntityIndex(a);
  const stakeholders = buildStakeholders(index, quotes);
  return { positions: findPositions(sentencesOf(a.paragraphs), stakeholders, index, quotes), paragraphs };
}

function expectVerbatim(positions: ReturnType<typeof positionsOf>['positions'], paragraphs: string[]) {
  for (const p of positions) {
    p.evidence.forEach((e, i) => {
      const at = p.evidencePositions[i];
      expect(paragraphs[at.paragraph].slice(at.start, at.end)).toBe(e);
    });
  }
}

const STORY = [
  'Velmora Holdings will close its shipyard in Tarn, the company said on Monday.',
  'Marta Quillon, the port director, said that the closure would cost 400 jobs. She called for a rescue plan backed by the state.',
  'The Harbour Workers Union warned of strikes if the yard shuts.',
  'Velmora Holdings declined to comment on the union’s threat.',
];

describe('findPositions', () => {
  it('gives each actor who speaks or decides a position backed by verbatim sentences', () => {
    const { positions, paragraphs } = positionsOf(STORY);
    const holders = positions.map((p) => p.holder);
    expect(holders).toEqual(expect.arrayContaining(['Velmora Holdings', 'Marta Quillon', 'Harbour Workers Union']));
    expectVerbatim(positions, paragraphs);
  });

  it('follows "she" into the next sentence and keeps the clause after "said that" as the line', () => {
    const { positions } = positionsOf(STORY);
    const marta = positions.find((p) => p.holder === 'Marta Quillon')!;
    expect(marta.evidence).toContain('She called for a rescue plan backed by the state.');
    expect(marta.text).toBe('the closure would cost 400 jobs.');
  });

  it('takes the sentences that hold a quote of theirs', () => {
    const paragraphs = [
      '“We will not let this yard die quietly,” Tomas Lind told the crowd.',
      'Tomas Lind runs a bakery by the docks.',
    ];
    const quoteStart = paragraphs[0].indexOf('We');
    const quote: Quote = {
      text: 'We will not let this yard die quietly,',
      speaker: 'Tomas Lind',
      role: null,
      cue: 'told',
      partial: false,
      anonymous: false,
      position: { paragraph: 0, start: quoteStart, end: quoteStart + 38 },
      score: 1,
    };
    const { positions } = positionsOf(paragraphs, [quote]);
    expect(positions.find((p) => p.holder === 'Tomas Lind')?.evidence[0]).toBe(paragraphs[0]);
  });

  it('labels the camps when the article sets supporters against opponents', () => {
    const { positions } = positionsOf([
      'The Coastal Greens Party supports the new ferry line.',
      'The Harbour Workers Union opposes the ferry line, saying it will cost jobs.',
      'Velmora Holdings announced record profits.',
    ]);
    const side = (h: string) => positions.find((p) => p.holder === h)?.side;
    expect(side('Coastal Greens Party')).toBe('in favour');
    expect(side('Harbour Workers Union')).toBe('against');
    expect(side('Velmora Holdings')).toBeNull();
  });

  it('leaves sides empty when no one is set against anyone', () => {
    const { positions } = positionsOf(STORY.slice(0, 2));
    expect(positions.every((p) => p.side === null)).toBe(true);
  });
});

describe('summaryLine', () => {
  it('only ever shortens the sentence', () => {
    const sentence = 'But Quillon argued that the port could survive without the yard.';
    const line = summaryLine(sentence);
    expect(sentence).toContain(line);
    expect(line).toBe('the port could survive without the yard.');
  });
});

describe('summaryLine: an object is not a clause', () => {
  it('keeps the sentence when the verb takes an object ("claimed the nomination on Tuesday")', () => {
    const sentence = 'Felix Okoro officially claimed the nomination on Tuesday.';
    expect(summaryLine(sentence)).toBe(sentence);
  });

  it('keeps the sentence when a preposition follows the verb ("warned against making a bad deal")', () => {
    const sentence = 'Okoro warned against making a bad deal during his address to the harbour board.';
    expect(summaryLine(sentence)).toBe(sentence);
  });

  it('takes the clause after "noted that"', () => {
    expect(summaryLine('Quillon noted that the closure would cost 400 jobs.')).toBe('the closure would cost 400 jobs.');
  });
});

describe('summaryLine after "told"', () => {
  it('takes the clause after "told <the one told> that"', () => {
    expect(summaryLine('Okoro told a cheering crowd in Tarn that he expects to win the vote.')).toBe(
      'he expects to win the vote.',
    );
  });

  it('keeps the sentence when what follows the one told is not a clause', () => {
    const sentence = 'Okoro told the television program “Harbour Live” after the meeting, which was filmed.';
    expect(summaryLine(sentence)).toBe(sentence);
  });
});

describe('summaryLine: what the reporter wrote, without stray marks', () => {
  it('leaves out the dateline that opens a story', () => {
    expect(summaryLine('PORT TARN — The harbour board voted on Thursday to sell the yard.')).toBe(
      'The harbour board voted on Thursday to sell the yard.',
    );
  });

  it('stops before a quotation the sentence never closes', () => {
    const line = summaryLine(
      'Councilor Ada Quist, who voted yes, answered that delay had its own cost: “Other ports are bidding now.',
    );
    expect(line).toBe('Councilor Ada Quist, who voted yes, answered that delay had its own cost');
  });

  it('keeps a quotation that closes', () => {
    expect(summaryLine('Quillon called the plan “a good start” on Monday.')).toBe(
      'Quillon called the plan “a good start” on Monday.',
    );
  });
});

describe('summaryLine in German', () => {
  it('reads „…“ as a closed quotation', () => {
    const line = 'Die Ministerin Ida Kernberg nannte den Plan am Montag „einen guten Anfang“ für alle.';
    expect(summaryLine(line)).toBe(line);
  });
});

describe('quotes of several sentences', () => {
  it('back their speaker’s position from the sentence where they open', () => {
    const paragraphs = [
      'The Tarn Gazette sees it the same way. "The yard has no buyer. The owners gave up on it long ago."',
    ];
    const quote: Quote = {
      text: 'The yard has no buyer. The owners gave up on it long ago.',
      speaker: 'Tarn Gazette',
      role: null,
      cue: 'sees',
      partial: false,
      anonymous: false,
      position: { paragraph: 0, start: 40, end: 97 },
      score: 0,
    };
    const { positions } = positionsOf(paragraphs, [quote]);
    expect(positions.find((p) => p.holder === 'Tarn Gazette')?.evidence.join(' ')).toContain('no buyer');
  });
});

describe('positions outside English', () => {
  it('counts the agent of a Romance passive as acting ("affrété par les autorités françaises")', () => {
    const a = article(
      [
        'L’avion affrété par les autorités françaises a ramené 200 passagers.',
        'Les autorités françaises restent sans nouvelles de vingt personnes.',
      ],
      { lang: 'fr' },
    );
    const index = buildEntityIndex(a);
    const stakeholders = buildStakeholders(index, [], 'fr');
    const positions = findPositions(sentencesOf(a.paragraphs), stakeholders, index, []);
    expect(positions.find((p) => p.holder === 'autorités françaises')?.text).toContain('affrété');
  });
});

describe('positions and quoted words', () => {
  const quoteAt = (paragraphs: string[], text: string, speaker: string, paragraph = 0): Quote => {
    const start = paragraphs[paragraph].indexOf(text);
    return {
      text,
      speaker,
      role: null,
      cue: null,
      partial: false,
      anonymous: false,
      position: { paragraph, start, end: start + text.length },
      score: 0,
    };
  };

  it('does not give a sentence of someone’s quote to an actor it names', () => {
    const paragraphs = [
      'Marta Quillon spoke at the meeting. "The yard is doomed. It all depends on Velmora Holdings now."',
    ];
    const q = quoteAt(paragraphs, 'The yard is doomed. It all depends on Velmora Holdings now.', 'Marta Quillon');
    const a = article(paragraphs, { title: 'Velmora Holdings and the yard' });
    const index = buildEntityIndex(a);
    const positions = findPositions(sentencesOf(paragraphs), buildStakeholders(index, [q]), index, [q]);
    expect(positions.find((p) => p.holder === 'Velmora Holdings')).toBeUndefined();
  });

  it('outside English, a name opening its sentence before a lower-case word is its acting subject', () => {
    const paragraphs = [
      'Petr Kovář zůstává konzervativní v sestavě, ale rozšířil kádr.',
      'Kovář nenechává hráče oddechnout. Kovář chce vyhrát a Kovář věří týmu.',
    ];
    const a = article(paragraphs, { lang: 'cs' });
    const index = buildEntityIndex(a);
    const stakeholders = buildStakeholders(index, [], 'cs');
    const positions = findPositions(sentencesOf(paragraphs), stakeholders, index, [], 'cs');
    expect(positions.find((p) => p.holder === 'Petr Kovář')?.text).toContain('konzervativní');
  });
});

describe('voices the stakeholder list left out', () => {
  const voicesOf = (paragraphs: string[], leaveOut: string[]) => {
    const a = article(paragraphs);
    const index = buildEntityIndex(a);
    const listed = buildStakeholders(index, []).filter((s) => !leaveOut.includes(s.name));
    return positionsAndVoices(sentencesOf(paragraphs), listed, index, [], 'en', paragraphs);
  };

  it('gives a name that is the subject of a verb of speech its words, and lists it', () => {
    const paragraphs = [
      'Velmora Holdings will close its yard in Tarn in March.',
      'Nate Orrin, a data writer at a local paper, explained that the yard had lost money for a decade.',
    ];
    const { positions, voices } = voicesOf(paragraphs, ['Nate Orrin']);
    expect(voices.map((v) => v.name)).toEqual(['Nate Orrin']);
    expect(voices[0].central).toBe(false);
    expect(positions.find((p) => p.holder === 'Nate Orrin')?.evidence).toEqual([paragraphs[1]]);
  });

  it('makes no voice of a place, nor of a name that speaks through a body ("Tarn officials said")', () => {
    const paragraphs = [
      'Velmora Holdings will close its yard in March.',
      'Tarn officials said the closure would cost 400 jobs.',
    ];
    const { voices } = voicesOf(paragraphs, ['Tarn']);
    expect(voices).toEqual([]);
  });
});

describe('the rest of a quotation', () => {
  it('gives the sentences after a quotation\'s first one to its speaker ("“…,” X replied. “I hate to say it. But …”")', () => {
    const paragraphs = ['“Carolina will win,” Tomas Lind replied. “I hate to say it. But they will win that one.”'];
    const quoteAt = (text: string): Quote => {
      const start = paragraphs[0].indexOf(text);
      return {
        text,
        speaker: 'Tomas Lind',
        role: null,
        cue: 'replied',
        partial: false,
        anonymous: false,
        position: { paragraph: 0, start, end: start + text.length },
        score: 1,
      };
    };
    const quotes = [quoteAt('Carolina will win,'), quoteAt('I hate to say it. But they will win that one.')];
    const a = article(paragraphs);
    const index = buildEntityIndex(a);
    const positions = findPositions(
      sentencesOf(paragraphs),
      buildStakeholders(index, quotes),
      index,
      quotes,
      'en',
      paragraphs,
    );
    // the three sentences follow each other: one passage, the whole paragraph
    expect(positions.find((p) => p.holder === 'Tomas Lind')?.evidence).toEqual(paragraphs);
  });
});

describe('one holder a sentence: the subject of its verb of speech', () => {
  const holderOf = (positions: ReturnType<typeof positionsOf>['positions'], sentence: string) =>
    positions.filter((p) => p.evidence.includes(sentence)).map((p) => p.holder);
  const STORY2 = [
    'Marta Quillon said that Velmora Holdings wants to sell the yard to a rival.',
    'Velmora Holdings will close the yard in March, Felix Okoro said.',
    'Velmora Holdings’s spokesman, Felix Okoro, told reporters the talks had failed.',
    'A welder in Tarn, Norway, told Okoro that the town would fight.',
    'Marta Quillon (Lab.) said the state should buy the yard.',
    'Marta Quillon and Felix Okoro said the union had been misled.',
    'Velmora Holdings declined to comment. Felix Okoro spoke again on Friday. Marta Quillon spoke once more.',
    'The Harbour Workers Union held a vote in Tarn.',
  ];
  const { positions } = positionsOf(STORY2);

  it('gives "X said Y wants …" to X, not to Y', () => {
    expect(holderOf(positions, STORY2[0])).toEqual(['Marta Quillon']);
  });

  it('gives "Y will …, X said" to X, who speaks in the trailing attribution', () => {
    expect(holderOf(positions, STORY2[1])).toEqual(['Felix Okoro']);
  });

  it('gives "the company’s spokesman, X, told" to the spokesman', () => {
    expect(holderOf(positions, STORY2[2])).toEqual(['Felix Okoro']);
  });

  it('reads a party in brackets after a name as no break ("Marta Quillon (Lab.) said")', () => {
    expect(holderOf(positions, STORY2[4])).toEqual(['Marta Quillon']);
  });

  it('gives "X and Y said" to both', () => {
    expect(holderOf(positions, STORY2[5]).sort()).toEqual(['Felix Okoro', 'Marta Quillon']);
  });

  it('gives a place named after a preposition nothing ("A welder in Tarn, Norway, told …")', () => {
    expect(holderOf(positions, STORY2[3])).not.toContain('Norway');
    expect(positions.find((p) => p.holder === 'Norway')).toBeUndefined();
  });
});

describe('sentences that belong to no listed actor', () => {
  it('leaves a sentence reported by an unlisted source to no one ("According to Lantern Weekly, …")', () => {
    const paragraphs = [
      'According to Lantern Weekly, Velmora Holdings will close the yard.',
      'Velmora Holdings said the yard had lost money for years.',
    ];
    const { positions } = positionsOf(paragraphs);
    const velmora = positions.find((p) => p.holder === 'Velmora Holdings');
    expect(velmora?.evidence).toEqual([paragraphs[1]]);
  });

  it('gives no position to an actor who is only mentioned', () => {
    const paragraphs = [
      'Marta Quillon said the Harbour Workers Union had a point.',
      'The Harbour Workers Union has 400 members in Tarn.',
      'The Harbour Workers Union met in Tarn on Monday.',
    ];
    const { positions } = positionsOf(paragraphs);
    expect(positions.map((p) => p.holder)).toEqual(['Marta Quillon']);
  });
});

describe('evidence in passages', () => {
  it('keeps a quotation the attribution cuts in two as one verbatim passage', () => {
    const paragraphs = [
      '“I wanted to keep the yard open,” said Marta Quillon, the port director. “Every week it stays shut costs us jobs.”',
    ];
    const first = '“I wanted to keep the yard open,”';
    const second = 'Every week it stays shut costs us jobs.';
    const quotes: Quote[] = [first, second].map((text) => {
      const start = paragraphs[0].indexOf(text.replace(/[“”]/g, '').replace(/,$/, ''));
      return {
        text: text.replace(/[“”]/g, ''),
        speaker: 'Marta Quillon',
        role: 'port director',
        cue: 'said',
        partial: false,
        anonymous: false,
        position: { paragraph: 0, start, end: start + text.replace(/[“”]/g, '').length },
        score: 1,
      };
    });
    const a = article(paragraphs);
    const index = buildEntityIndex(a);
    const positions = findPositions(
      sentencesOf(paragraphs),
      buildStakeholders(index, quotes),
      index,
      quotes,
      'en',
      paragraphs,
    );
    const marta = positions.find((p) => p.holder === 'Marta Quillon')!;
    expect(marta.evidence).toEqual([paragraphs[0]]);
    expect(marta.evidencePositions).toEqual([{ paragraph: 0, start: 0, end: paragraphs[0].length }]);
  });

  it('keeps sentences apart when another sentence stands between them', () => {
    const paragraphs = [
      'Marta Quillon said the yard must stay open. The weather was mild. Marta Quillon said the state should pay.',
    ];
    const a = article(paragraphs);
    const index = buildEntityIndex(a);
    const positions = findPositions(sentencesOf(paragraphs), buildStakeholders(index, []), index, [], 'en', paragraphs);
    expect(positions.find((p) => p.holder === 'Marta Quillon')?.evidence).toEqual([
      'Marta Quillon said the yard must stay open.',
      'Marta Quillon said the state should pay.',
    ]);
  });
});

describe('names that are not the subject of their sentence', () => {
  const holdersOf = (paragraphs: string[]) => positionsOf(paragraphs).positions.map((p) => p.holder);

  it('gives nothing to a name after a preposition ("gathered around Mr. Okoro laughed")', () => {
    expect(
      holdersOf(['The workers gathered around Mr. Felix Okoro laughed.', 'Felix Okoro runs the yard.']),
    ).not.toContain('Felix Okoro');
  });

  it('gives nothing to a name ranked in a poll ("followed closely by Okoro with 20 percent")', () => {
    expect(
      holdersOf([
        'Marta Quillon won with 22 percent, followed closely by Felix Okoro with 20 percent.',
        'Felix Okoro runs the yard.',
      ]),
    ).not.toContain('Felix Okoro');
  });

  it('gives nothing to a place described by "could be" ("Tarn could be an even better port")', () => {
    const described = 'Here is why Tarn could be an even better port for Velmora Holdings.';
    const { positions } = positionsOf([described, 'Tarn closed its old port in May.']);
    expect(positions.find((p) => p.holder === 'Tarn')?.evidence).toEqual(['Tarn closed its old port in May.']);
  });

  it('gives nothing to a name after a preposition and a title ("gravitating toward Sen. Okoro, a poll found")', () => {
    const { positions } = positionsOf([
      'Young voters are gravitating toward Sen. Felix Okoro, a self-described socialist, a new poll found.',
      'Felix Okoro said the yard must stay open.',
    ]);
    expect(positions.find((p) => p.holder === 'Felix Okoro')?.evidence).toEqual([
      'Felix Okoro said the yard must stay open.',
    ]);
  });

  it('gives nothing to names inside what someone announced ("Despite Okoro’s announcement that Velmora and Tarn had agreed, …")', () => {
    const sentence =
      'Despite Felix Okoro’s announcement that Velmora Holdings and the Harbour Board had reached a deal, signing it has proved elusive.';
    const { positions } = positionsOf([
      sentence,
      'Velmora Holdings said it would wait.',
      'The Harbour Board said it would wait.',
    ]);
    expect(positions.filter((p) => p.evidence.includes(sentence)).map((p) => p.holder)).not.toContain(
      'Velmora Holdings',
    );
    expect(positions.filter((p) => p.evidence.includes(sentence)).map((p) => p.holder)).not.toContain('Harbour Board');
  });

  it('gives nothing to who only names a thing ("Tarn Bay, as it is called by the Ngāti Tarn, …")', () => {
    const named = 'Whale experts regard Tarn Bay, as it is called by the Ngāti Tarn, as the capital of strandings.';
    const { positions } = positionsOf([named, 'The Ngāti Tarn said the whales were sick.']);
    expect(positions.find((p) => p.holder === 'Ngāti Tarn')?.evidence).toEqual([
      'The Ngāti Tarn said the whales were sick.',
    ]);
  });

  it('gives nothing to whose thing is the subject ("Okoro’s first tweet was a measured comment")', () => {
    const { positions } = positionsOf([
      'Felix Okoro’s first tweet on Sunday was a measured comment about the yard.',
      'Felix Okoro said the yard must stay open.',
    ]);
    expect(positions.find((p) => p.holder === 'Felix Okoro')?.evidence).toEqual([
      'Felix Okoro said the yard must stay open.',
    ]);
  });

  it('reads "Velmora state" as a noun, not a verb of speech', () => {
    const paragraphs = ['Marta Quillon opposes any Velmora state on the coast.', 'Velmora Holdings runs the yard.'];
    expect(positionsOf(paragraphs).positions.map((p) => p.holder)).not.toContain('Velmora Holdings');
  });

  it('gives "Two officials, including Okoro, said the Harbour Board should …" to Okoro, not the board', () => {
    const paragraphs = [
      'Two officials, including Felix Okoro, said the Harbour Board should refuse the sale.',
      'The Harbour Board met on Monday.',
    ];
    const { positions } = positionsOf(paragraphs);
    expect(positions.filter((p) => p.evidence.includes(paragraphs[0])).map((p) => p.holder)).toEqual(['Felix Okoro']);
  });

  it('gives nothing to the party told ("A welder told the Harbour Board the yard …")', () => {
    const paragraphs = [
      'A welder told the Harbour Board that the yard would close.',
      'The Harbour Board approved the sale on Monday.',
    ];
    const { positions } = positionsOf(paragraphs);
    expect(positions.filter((p) => p.evidence.includes(paragraphs[0])).map((p) => p.holder)).not.toContain(
      'Harbour Board',
    );
  });

  it('gives "Velmora will …, ” Okoro said" to Okoro after a quotation\'s closing mark', () => {
    const paragraphs = ['Velmora Holdings, though, would have to "sell the yard first," Felix Okoro said.'];
    const { positions } = positionsOf([...paragraphs, 'Velmora Holdings closed the yard.', 'Felix Okoro spoke.']);
    expect(positions.filter((p) => p.evidence.includes(paragraphs[0])).map((p) => p.holder)).toEqual(['Felix Okoro']);
  });

  it('gives a sentence that opens on a clause to the main clause\'s subject ("While Velmora closed the yard, Okoro …")', () => {
    const paragraphs = [
      'While Velmora Holdings closed the yard in Tarn, Felix Okoro opened a new dock at Brae.',
      'Velmora Holdings sold its ships.',
      'Felix Okoro runs the dock.',
    ];
    const { positions } = positionsOf(paragraphs);
    expect(positions.filter((p) => p.evidence.includes(paragraphs[0])).map((p) => p.holder)).toEqual(['Felix Okoro']);
  });

  it('gives a transcript\'s turn to its speaker ("QUILLON: Velmora Holdings closed the yard …")', () => {
    const paragraphs = [
      'Marta Quillon hosted the panel.',
      'Marta Quillon: Velmora Holdings closed the yard without a word to the town.',
      'Velmora Holdings sold its ships.',
    ];
    const { positions } = positionsOf(paragraphs);
    expect(positions.filter((p) => p.evidence.includes(paragraphs[1])).map((p) => p.holder)).toEqual(['Marta Quillon']);
  });

  it('gives a claim that unnamed people report to no one ("many analysts believe that Velmora …")', () => {
    const paragraphs = [
      'Velmora Holdings closed the yard in March.',
      'The talks stalled, given that many analysts believe that Velmora Holdings is bluffing.',
    ];
    const velmora = positionsOf(paragraphs).positions.find((p) => p.holder === 'Velmora Holdings');
    expect(velmora?.evidence).toEqual([paragraphs[0]]);
  });
});

describe('the line when the attribution stands alone', () => {
  it('is the quotation before "X said at an event."', () => {
    const paragraphs = [
      '“Without a buyer, what is the incentive to keep the yard?” Marta Quillon, the port director, said at a meeting on Monday.',
    ];
    const text = 'Without a buyer, what is the incentive to keep the yard?';
    const start = paragraphs[0].indexOf(text);
    const quote: Quote = {
      text,
      speaker: 'Marta Quillon',
      role: 'port director',
      cue: 'said',
      partial: false,
      anonymous: false,
      position: { paragraph: 0, start, end: start + text.length },
      score: 1,
    };
    const a = article(paragraphs);
    const index = buildEntityIndex(a);
    const positions = findPositions(
      sentencesOf(paragraphs),
      buildStakeholders(index, [quote]),
      index,
      [quote],
      'en',
      paragraphs,
    );
    expect(positions.find((p) => p.holder === 'Marta Quillon')?.text).toBe(`“${text}”`);
  });
});
