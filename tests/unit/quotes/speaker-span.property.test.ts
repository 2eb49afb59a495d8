// Faithful: a speaker or role shown is named in the article. Whatever sentences the article is
// made of, every speaker and every role the engine returns is a span of the article's text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quotesOf } from './fixture';

const name = fc.constantFrom(
  'Ada Quill',
  'Sen. Tom Carrow',
  'Harold M. Ruud',
  'Dr. Lena Ortiz',
  'Mark Cuban',
  'Acme Corp',
  'the Harbour Department',
);
const role = fc.constantFrom(
  'a spokesman for Acme',
  'a self-styled “citizen” journalist',
  'the union’s negotiator',
  'Republican of Vermont',
  '55, a salesman from Sumter',
);
const words = fc.constantFrom(
  'We will not accept these cuts',
  'It is a different job altogether',
  'nobody expected the storm',
  'the plan is dead',
);
const sentence = fc.oneof(
  fc.tuple(words, name).map(([w, n]) => `“${w},” ${n} said.`),
  fc.tuple(words, name, role).map(([w, n, r]) => `“${w},” said ${n}, ${r}.`),
  fc.tuple(name, role, words).map(([n, r, w]) => `${n}, ${r}, said: “${w}.”`),
  fc.tuple(name, words).map(([n, w]) => `${n} (D-Nev.) told reporters that it was “${w}.”`),
  fc.tuple(name, words).map(([n, w]) => `According to a survey by ${n} of the University of Northland, “${w}.”`),
  fc.tuple(words).map(([w]) => `The American people are tired. “${w},” she added.`),
  fc.tuple(name).map(([n]) => `${n} of Delaware spoke to one mother on Tuesday.`),
  // labels: a digest item under a heading in capitals, a transcript turn
  fc.tuple(name, words).map(([n, w]) => `HARBOUR TOWNS FAVOR THE MAYOR - ${n}: “${w}.”`),
  fc.tuple(name, words).map(([n, w]) => `${n.split(' ').at(-1)!.toUpperCase()}: “${w}.”`),
  fc.tuple(words).map(([w]) => `MS. WHITFIELD: “${w}.”`),
  fc.tuple(name, words).map(([n, w]) => `At an event in Lisburn, Oregon, ${n} spoke, saying “${w}.”`),
);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((xs) => xs.join(' '));

describe('speakers and roles', () => {
  it('are spans of the article', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 5 }), (paragraphs) => {
        const text = paragraphs.join('\n');
        for (const q of quotesOf(paragraphs)) {
          if (q.speaker) expect(text).toContain(q.speaker);
          if (q.role) expect(text).toContain(q.role);
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
