import { describe, expect, it } from 'vitest';
import { quote, quotesOf } from './fixture';

describe('speaker labels before a colon', () => {
  it('gives a digest item to the name after the dash, never to the heading in capitals', () => {
    const qs = quotesOf([
      'Polls in brief.',
      'HARBOUR TOWNS FAVOR THE MAYOR, BUT ROADS FAVOR HER RIVAL - Dana Whitfield: “Coastal voters have long looked past the ring road when they choose a mayor.”',
    ]);
    expect(quote(qs, 'Coastal voters').speaker).toBe('Dana Whitfield');
  });

  it('gives a transcript turn in capitals to the person the article names', () => {
    const qs = quotesOf([
      'Omar Haddad, the ferry captain, spoke to the council on Tuesday.',
      'HADDAD: “The pier will not survive another winter like this one.”',
    ]);
    expect(quote(qs, 'The pier will not').speaker).toBe('Omar Haddad');
  });

  it('keeps a turn with an honorific as the article writes it when the name appears nowhere else', () => {
    const qs = quotesOf([
      'A transcript of the hearing follows.',
      'MS. WHITFIELD: “We were never told about the storm warning.”',
    ]);
    expect(quote(qs, 'We were never told').speaker).toBe('MS. WHITFIELD');
  });

  it('reads a reporting verb before the colon as a verb, not as part of a name', () => {
    const qs = quotesOf([
      'Roger Kell spoke for an hour at the harbour office.',
      'Continued Kell: “The single best thing the council can do is to repair the pier.”',
    ]);
    expect(quote(qs, 'The single best').speaker).toBe('Roger Kell');
  });

  it('does not take a label that is a sentence for a name', () => {
    const qs = quotesOf(['Dana Whitfield made one point at the meeting:', '“The pier comes first.”']);
    expect(quote(qs, 'The pier comes first').speaker).toBe('Dana Whitfield');
  });
});
