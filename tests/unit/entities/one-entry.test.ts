// One entry per person: short first names, other spellings, offices and homes in the speaker's
// name. Every name here is invented.
import { describe, expect, it } from 'vitest';
import { buildEntityIndex } from '../../../lib/entities';
import { buildStakeholders } from '../../../lib/stakeholders';
import type { Quote } from '../../../lib/types';
import { article } from './fixture';

const quote = (text: string, speaker: string): Quote => ({
  text,
  speaker,
  role: null,
  cue: 'said',
  partial: false,
  anonymous: false,
  position: { paragraph: 0, start: 0, end: text.length },
  score: 1,
});

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
    const list = buildStakeholders(index, [quote('We will keep the yard open', 'Board Chairman Dale Okoro')]);
    const okoro = list.filter((s) => /Okoro/.test(s.name));
    expect(okoro).toHaveLength(1);
    expect(okoro[0].name).toBe('Dale Okoro');
    expect(okoro[0].aliases).toContain('Board Chairman Dale Okoro');
  });
});

describe('one body, one entry', () => {
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
