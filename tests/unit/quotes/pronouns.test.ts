import { describe, expect, it } from 'vitest';
import { quote, quotesOf } from './fixture';

describe('he and she', () => {
  it('go to the speaker of the paragraph, past a report named since', () => {
    const qs = quotesOf([
      'Lena Ortiz, a Spanish physician, runs the lab.',
      '“In general, the samples are very pure,” says Ortiz. Compare the Northland Drug Report 2014, which reports lower figures.“We have found samples that were entirely pure,” she adds.',
    ]);
    expect(quote(qs, 'We have found').speaker).toBe('Lena Ortiz');
  });

  it('point at "one mother" rather than an earlier name when none fits', () => {
    const qs = quotesOf([
      'Reporters spoke to one mother, who knew her children posed as a Tax Preparation Service on the app. “I am so far ahead of every other parent I know,” she said.',
    ]);
    expect(quote(qs, 'I am so far')).toMatchObject({ speaker: null, anonymous: true });
  });
});
