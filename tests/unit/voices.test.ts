import { describe, expect, it } from 'vitest';
import type { Quote } from '../../lib/types';
import { quotedWordCount, voiceRows } from '../../lib/voices';

const quote = (text: string, speaker: string | null, anonymous = false): Quote => ({
  text,
  speaker,
  role: null,
  cue: null,
  partial: false,
  anonymous,
  position: { paragraph: 0, start: 0, end: text.length },
  score: 1,
});

describe('who gets to speak', () => {
  it('gives each speaker their quotes and share of the quoted words, most words first', () => {
    const rows = voiceRows([
      quote('We will build it', 'Ada Lindqvist'),
      quote('Not on our watch, not this year or next', 'Tom Berg'),
      quote('It is late', 'Ada Lindqvist'),
    ]);
    expect(rows.map((r) => [r.name, r.quotes, r.words])).toEqual([
      ['Tom Berg', 1, 9],
      ['Ada Lindqvist', 2, 7],
    ]);
    expect(rows[0].share).toBeCloseTo(9 / 16);
  });

  it('keeps unnamed sources and unattributed quotes apart, after the named speakers', () => {
    const rows = voiceRows([
      quote('a senior official said nothing would change', 'a senior official', true),
      quote('no one knows', null),
      quote('We are ready now', 'Ada Lindqvist'),
    ]);
    expect(rows.map((r) => r.kind)).toEqual(['named', 'anonymous', 'unattributed']);
    expect(rows.reduce((n, r) => n + r.share, 0)).toBeCloseTo(1);
  });

  it('counts words in scripts without spaces by character', () => {
    expect(quotedWordCount('我们不会接受')).toBe(6);
    expect(quotedWordCount('It’s the port’s turn')).toBe(4);
  });

  it('has no rows when nothing is quoted', () => {
    expect(voiceRows([])).toEqual([]);
  });
});
