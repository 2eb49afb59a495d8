import { describe, expect, it } from 'vitest';
import { SPEECH_VERBS_EN, verbForms } from '../../lib/lang/en';
import { quote, quotesOf } from './quotes/fixture';

describe('English verbs of saying', () => {
  it('writes out the regular forms of a stem', () => {
    expect(verbForms('warn')).toEqual(['warn', 'warns', 'warned', 'warning']);
    expect(verbForms('reply')).toEqual(['reply', 'replies', 'replied', 'replying']);
    expect(verbForms('quip')).toContain('quipped');
  });

  it('holds only past forms of words that are nouns as often ("press secretary")', () => {
    expect(SPEECH_VERBS_EN.has('pressed')).toBe(true);
    expect(SPEECH_VERBS_EN.has('press')).toBe(false);
  });

  it('attributes after a retort, a press or a shot back', () => {
    const qs = quotesOf([
      'Ada Quill and Tom Becker met on stage on Tuesday night.',
      '“Would it be negotiable at all for the families?” Quill pressed.',
      '“Tom wants to be a tough guy tonight,” Becker shot back.',
    ]);
    expect(quote(qs, 'Would it be').speaker).toBe('Ada Quill');
    expect(quote(qs, 'Tom wants').speaker).toBe('Tom Becker');
  });

  it('does not read "press secretary" as a verb', () => {
    const qs = quotesOf([
      '“We are deeply concerned about this rhetoric,” White House press secretary Joan Ernst told reporters.',
    ]);
    expect(quote(qs, 'We are deeply').speaker).toBe('Joan Ernst');
  });
});
