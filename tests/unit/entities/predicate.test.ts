import { describe, expect, it } from 'vitest';
import { actsAfter, actsBefore, speaksDirectly } from '../../../lib/entities/predicate';

describe('actsAfter: the name is the subject of what follows', () => {
  it('reads past an apposition that holds a state or title abbreviation', () => {
    expect(actsAfter(', a ferry pilot from Tarn, Miss., attending the meeting, said the yard must stay.')).toBe(2);
    expect(actsAfter(', R-N.Y., noted in a column that the yard must stay.')).toBe(2);
    expect(actsAfter(', a senior adviser to Mr. Okoro, said on Tuesday that talks had failed.')).toBe(2);
  });

  it('reads past an apposition that holds a short quoted title', () => {
    expect(
      actsAfter(', a contestant on the show "The Harbour," who later ran the yard, said the town would fight.'),
    ).toBe(2);
  });

  it('does not read past the end of a sentence into the next one', () => {
    expect(actsAfter(', a welder in Tarn. Okoro said the yard would close.')).toBe(0);
  });

  it('takes "this past week" as a time before the verb', () => {
    expect(actsAfter(' this past week announced a rescue plan.')).toBe(2);
  });

  it('gives nothing to a name before an inverted attribution (", said Quillon")', () => {
    expect(actsAfter(', said Quillon, does not forgive.')).toBe(0);
    expect(actsAfter(', said the senator.')).toBe(0);
    // but "X, says the plan …" is X speaking
    expect(actsAfter(', says the plan could cost 400 jobs.')).toBe(2);
  });
});

describe('actsAfter: passives and nouns are not speech', () => {
  it('reads "is told", "was written" as the name acted upon', () => {
    expect(actsAfter(', a story of the moon, is told not by the diplomats but by their children.')).toBe(0);
    expect(actsAfter(' was written in a week.')).toBe(0);
    // the active voice still speaks
    expect(actsAfter(' told reporters the yard would close.')).toBe(2);
  });

  it('reads a plural noun after a name as a noun unless "that" follows ("Western states", "The Ledger notes that")', () => {
    expect(actsAfter(' states will vote in March.')).toBe(0);
    expect(actsAfter(' notes that the yard will close.')).toBe(2);
  });
});

describe('actsAfter: the verb that says what the name does', () => {
  it('reads the verb after "to" ("continues to give" acts, "continues to insist" speaks)', () => {
    expect(actsAfter(' continues to give mixed signals about the deal.')).toBe(1);
    expect(actsAfter(' continues to insist the deal is near.')).toBe(2);
    expect(actsAfter(' spoke to reporters on Monday.')).toBe(2);
  });

  it('reads a stance held after "is" as acting ("is concerned about", "was reluctant to")', () => {
    expect(actsAfter(' is also concerned about the yard.')).toBe(1);
    expect(actsAfter(' was reluctant to sign.')).toBe(1);
  });

  it('knows a verb by the verb it is joined to ("needs and wants to buy")', () => {
    expect(actsAfter(' needs and wants to buy the yard.')).toBe(1);
  });
});

describe('speaksDirectly: the name itself is the subject of a verb of speech', () => {
  it('takes the verb right after the name or after an apposition', () => {
    expect(speaksDirectly(' reported that the yard would close.')).toBe(true);
    expect(speaksDirectly(', a data writer at the Ledger, explained that the yard would close.')).toBe(true);
  });

  it('does not take a body or a bare comma before the verb', () => {
    expect(speaksDirectly(' officials said the yard would close.')).toBe(false);
    expect(speaksDirectly(', feel this way?')).toBe(false);
  });
});

describe('actsBefore: the words before the name make it the speaker', () => {
  it('reads past whose title it is ("said Velmora’s chief port engineer X")', () => {
    expect(actsBefore('“The yard is finished,” said Velmora’s chief port engineer ')).toBe(2);
  });

  it('reads "X calculates that 400 jobs …" as speech: a clause with its own subject follows the verb', () => {
    expect(actsAfter(' calculates that 400 jobs will go.')).toBe(2);
    expect(actsAfter(' reckoned that the yard would close.')).toBe(2);
    // a plural noun and its relative clause
    expect(actsAfter(' voters that attended the rally cheered.')).toBe(0);
  });

  it('reads "According to" at the start of a sentence as "according to"', () => {
    expect(actsBefore('According to ')).toBe(2);
    expect(actsBefore('According to the ')).toBe(2);
  });
});
