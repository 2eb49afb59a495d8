import { describe, expect, it } from 'vitest';
import { FEATURES, holderFeatures, type FeatureName, type HolderCandidate } from '../../../lib/claims/features';
import { holderCandidates } from '../../../lib/claims/candidates';
import { pickHolder, type HolderChoice, type HolderPick, type HolderWeights } from '../../../lib/claims/holder';
import { HOLDER_WEIGHTS } from '../../../lib/claims/holder-weights';
import type { Stakeholder, StakeholderKind } from '../../../lib/types';
import { buildEntityIndex } from '../../../lib/entities';
import { buildStakeholders } from '../../../lib/stakeholders';
import { positionsAndVoices } from '../../../lib/positions';
import { sentencesOf } from '../../../lib/text/sentences';
import { article } from '../entities/fixture';

const sentenceOf = (text: string, previous = '') => ({ text, start: 0, previous });

/** A candidate named where `name` first stands in the sentence (or not named, with at: null). */
function named(text: string, name: string, more: Partial<HolderCandidate> = {}): HolderCandidate {
  const start = text.indexOf(name);
  return {
    name,
    kind: 'person',
    at: start >= 0 ? { start, end: start + name.length } : null,
    rules: false,
    quoteSpeaker: false,
    previousHolder: false,
    inPrevious: false,
    mentions: 3,
    firstRank: 1,
    ...more,
  };
}

/** The value of one feature for each candidate of a sentence. */
function feature(text: string, candidates: HolderCandidate[], name: FeatureName): number[] {
  return holderFeatures(sentenceOf(text), candidates).map((f) => f[FEATURES.indexOf(name)]);
}
const one = (text: string, name: string, f: FeatureName, more: Partial<HolderCandidate> = {}) =>
  feature(text, [named(text, name, more)], f)[0];

describe('holder features', () => {
  it('reads the subject of a verb of speech, and a name after one', () => {
    expect(one('Mara Okoro said the yard will close.', 'Mara Okoro', 'says')).toBe(1);
    expect(one('The yard will close, said Mara Okoro.', 'Mara Okoro', 'saidBy')).toBe(1);
    expect(one('Mara Okoro closed the yard on Friday.', 'Mara Okoro', 'says')).toBe(0);
    expect(one('Mara Okoro closed the yard on Friday.', 'Mara Okoro', 'acts')).toBe(1);
  });

  it('reads "according to" before or after the name', () => {
    expect(one('The yard will close, according to Velmora.', 'Velmora', 'accordingTo')).toBe(1);
    expect(one('Velmora said in a statement that the yard will close.', 'Velmora', 'accordingTo')).toBe(1);
    expect(one('Velmora will close the yard.', 'Velmora', 'accordingTo')).toBe(0);
  });

  it('tells a body speaking through its spokesman from a name that only owns the subject', () => {
    expect(one('A Velmora spokesman, Ian Dale, said the yard will close.', 'Velmora', 'through')).toBe(1);
    expect(one("Velmora's spokesman said the yard will close.", 'Velmora', 'possessive')).toBe(1);
    expect(one("Velmora's plan was costly.", 'Velmora', 'possessorOnly')).toBe(1);
  });

  it('marks a name after a preposition, inside a reported clause or in a relative clause', () => {
    expect(one('The yard in Velmora will close, officials said.', 'Velmora', 'complement')).toBe(1);
    expect(one('Okoro said that Velmora will close the yard.', 'Velmora', 'insideReport')).toBe(1);
    expect(one('Okoro, who met Velmora on Friday, said the yard will close.', 'Velmora', 'relative')).toBe(1);
    expect(one('Okoro, who met Velmora on Friday, said the yard will close.', 'Okoro', 'relative')).toBe(0);
  });

  it('marks a name in a clause that opens the sentence before its subject', () => {
    const text = 'Speaking in Port Halden, Okoro said the yard will close.';
    expect(one(text, 'Port Halden', 'fronted', { kind: 'place' })).toBe(1);
    expect(one(text, 'Okoro', 'fronted')).toBe(0);
  });

  it('places the name: opening the sentence, before the first verb of speech, how far in', () => {
    const text = 'Okoro told reporters that Velmora will close the yard.';
    expect(feature(text, [named(text, 'Okoro'), named(text, 'Velmora')], 'opensSentence')).toEqual([1, 0]);
    expect(feature(text, [named(text, 'Okoro'), named(text, 'Velmora')], 'beforeCue')).toEqual([1, 0]);
    const [first, later] = feature(text, [named(text, 'Okoro'), named(text, 'Velmora')], 'position');
    expect(first).toBe(0);
    expect(later).toBeGreaterThan(0.4);
  });

  it('compares candidates: the first and the only one that speaks', () => {
    const text = 'Okoro said Velmora will close the yard, according to Dale.';
    const all = [named(text, 'Okoro'), named(text, 'Velmora'), named(text, 'Dale')];
    expect(feature(text, all, 'firstSpeaker')).toEqual([1, 0, 0]);
    expect(feature(text, all, 'onlySpeaker')).toEqual([0, 0, 0]);
    const alone = 'Okoro said Velmora will close the yard.';
    expect(feature(alone, [named(alone, 'Okoro'), named(alone, 'Velmora')], 'onlySpeaker')).toEqual([1, 0]);
  });

  it('reads the candidate facts the rules pass: kind, quotation, the sentence before, the article', () => {
    const text = 'He said the yard will close.';
    const c = named(text, 'Okoro', { previousHolder: true, inPrevious: true, quoteSpeaker: true });
    expect(one(text, 'Okoro', 'unnamed')).toBe(1);
    expect(feature(text, [c], 'pronounStart')).toEqual([1]);
    expect(feature(text, [c], 'previousHolder')).toEqual([1]);
    expect(feature(text, [c], 'inPrevious')).toEqual([1]);
    expect(feature(text, [c], 'quoteSpeaker')).toEqual([1]);
    expect(one(text, 'Velmora', 'organization', { kind: 'organization' })).toBe(1);
    expect(one(text, 'Port Halden', 'place', { kind: 'place' })).toBe(1);
    expect(one(text, 'Okoro', 'firstMentioned', { firstRank: 0 })).toBe(1);
    expect(one(text, 'Okoro', 'frequent', { mentions: 0 })).toBe(0);
    expect(one(text, 'Okoro', 'frequent', { mentions: 50 })).toBe(1);
  });

  it('gives every feature a number in [0, 1]', () => {
    const text = 'Okoro, who met Velmora, said the yard will close, according to Dale.';
    for (const f of holderFeatures(sentenceOf(text), [named(text, 'Okoro'), named(text, 'Velmora')]))
      for (const v of f) expect(v >= 0 && v <= 1).toBe(true);
  });
});

describe('holder candidates', () => {
  const s = (name: string, kind: StakeholderKind = 'person'): Stakeholder => ({
    name,
    aliases: [],
    kind,
    role: null,
    mentions: 2,
    quoted: false,
    quoteCount: 0,
    quotedWords: 0,
    central: true,
  });

  it('lists each stakeholder once, named ones first, then quotation speakers, the sentence before and the rules', () => {
    const [okoro, velmora, dale] = [s('Okoro'), s('Velmora', 'organization'), s('Dale')];
    const { candidates, stakeholders } = holderCandidates({
      named: [
        { stakeholder: okoro, start: 0, end: 5 },
        { stakeholder: velmora, start: 11, end: 18 },
        { stakeholder: okoro, start: 30, end: 35 },
      ],
      quoteSpeakers: [dale],
      previousHolder: okoro,
      namedBefore: new Set([velmora]),
      rules: velmora,
      firstRank: new Map([[okoro, 0]]),
    });
    expect(stakeholders).toEqual([okoro, velmora, dale]);
    expect(candidates.map((c) => [c.name, c.rules, c.previousHolder, c.inPrevious, c.quoteSpeaker])).toEqual([
      ['Okoro', false, true, false, false],
      ['Velmora', true, false, true, false],
      ['Dale', false, false, false, true],
    ]);
    expect(candidates[0].at).toEqual({ start: 0, end: 5 });
    expect(candidates[2].at).toBeNull();
    expect(candidates.map((c) => c.firstRank)).toEqual([0, 1, 1]);
  });
});

describe('pickHolder', () => {
  it('picks the subject of "said" over a name inside the clause, even against the rules', () => {
    const text = 'Okoro said that Velmora would close the yard.';
    const candidates = [named(text, 'Okoro'), named(text, 'Velmora', { kind: 'organization', rules: true })];
    expect(pickHolder(sentenceOf(text), candidates)).toBe(0);
  });

  it('gives nothing to a name inside what someone else reported, whatever its weight', () => {
    const text = 'She denied that Okoro formed a committee.';
    const candidates = [named(text, 'Okoro'), named(text, 'Quillon', { rules: true, previousHolder: true })];
    expect(pickHolder(sentenceOf(text), candidates, { features: ['insideReport'], weights: [5] })).toBe(1);
  });

  it('keeps the named source of a trailing "according to" over the subject of the clause', () => {
    const text = 'Velmora will close the yard, according to Okoro.';
    const candidates = [named(text, 'Velmora', { kind: 'organization' }), named(text, 'Okoro', { rules: true })];
    expect(pickHolder(sentenceOf(text), candidates)).toBe(1);
  });

  it('keeps the rules when the model weighs only them, and on a tie', () => {
    const rulesOnly: HolderWeights = { features: ['rules'], weights: [1] };
    const text = 'Okoro said that Velmora would close the yard.';
    const candidates = [named(text, 'Okoro'), named(text, 'Velmora', { rules: true })];
    expect(pickHolder(sentenceOf(text), candidates, rulesOnly)).toBe(1);
    expect(pickHolder(sentenceOf(text), candidates, { features: [], weights: [] })).toBe(1);
  });

  it('leaves the sentence to no one when the keeper judges the pick unlikely', () => {
    const text = 'Okoro said the yard will close.';
    const doubtful: HolderWeights = { ...HOLDER_WEIGHTS, keep: { features: ['bias'], weights: [-5], threshold: 0.5 } };
    expect(pickHolder(sentenceOf(text), [named(text, 'Okoro', { rules: true })], doubtful)).toBe(-1);
  });

  it('loads the shipped weights, one per feature, and decides well under a millisecond', () => {
    expect(HOLDER_WEIGHTS.weights.length).toBe(HOLDER_WEIGHTS.features.length);
    expect(HOLDER_WEIGHTS.weights.every(Number.isFinite)).toBe(true);
    const text =
      'Senator Mara Okoro of Velmora, who met Ian Dale in Port Halden on Friday, said the yard will close, according to aides.';
    const candidates = [
      named(text, 'Mara Okoro', { rules: true }),
      named(text, 'Velmora', { kind: 'place' }),
      named(text, 'Ian Dale'),
      named(text, 'Port Halden', { kind: 'place' }),
    ];
    pickHolder(sentenceOf(text), candidates);
    const runs = 2000;
    const t0 = performance.now();
    for (let k = 0; k < runs; k++) pickHolder(sentenceOf(text), candidates);
    const perDecision = (performance.now() - t0) / runs;
    expect(perDecision).toBeLessThan(1);
  });
});

describe('the holder seam in positions', () => {
  const paragraphs = [
    'Velmora Holdings will close its shipyard in Tarn, the company said on Monday.',
    'Marta Quillon, the port director, told Velmora Holdings that the yard would lose 400 jobs.',
  ];
  const run = (choice: HolderChoice) => {
    const a = article(paragraphs);
    const index = buildEntityIndex(a);
    return positionsAndVoices(
      sentencesOf(paragraphs),
      buildStakeholders(index, []),
      index,
      [],
      'en',
      paragraphs,
      choice,
    );
  };

  it('asks with the rules’ candidates, the rules’ choice marked, and keeps it when told to (model: null)', () => {
    const picks: HolderPick[] = [];
    const kept = run({ model: null, onDecision: (p) => picks.push(p) });
    const second = picks.find((p) => p.sentence.paragraph === 1)!;
    expect(second.candidates.map((c) => c.name)).toEqual(['Marta Quillon', 'Velmora Holdings']);
    expect(second.candidates[second.picked].rules).toBe(true);
    expect(second.candidates[second.picked].name).toBe('Marta Quillon');
    expect(kept.positions.find((p) => p.holder === 'Marta Quillon')?.evidence).toEqual([paragraphs[1]]);
  });

  it('gives the sentence to the model’s pick, and to no one when the keeper doubts it', () => {
    // a model that trusts any organization over the subject of "said"
    const bodies: HolderWeights = { features: ['organization'], weights: [5] };
    const moved = run({ model: bodies });
    expect(moved.positions.find((p) => p.holder === 'Marta Quillon')).toBeUndefined();
    expect(moved.positions.find((p) => p.holder === 'Velmora Holdings')?.evidence).toContain(paragraphs[1]);
    const doubting: HolderWeights = {
      features: [],
      weights: [],
      keep: { features: ['bias'], weights: [-5], threshold: 0.5 },
    };
    expect(run({ model: doubting }).positions).toEqual([]);
  });
});
