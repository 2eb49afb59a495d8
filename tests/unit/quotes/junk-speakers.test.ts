// Words that are no speaker, met on pages nobody tuned for: a sentence adverb, a headline in title
// case, a profile's field labels, a name that only qualifies someone's title; and kin roles.
import { describe, expect, it } from 'vitest';
import { quote, quotesOf } from './fixture';

describe('words that are no speaker', () => {
  it('does not take a sentence adverb before a comma for a name', () => {
    const qs = quotesOf([
      'Dale Brenner owns a bakery in Milford.',
      'Nevertheless, Brenner said that he would back the levy. He went on to call the mayor “the most stubborn official in the county.”',
    ]);
    expect(quote(qs, 'the most stubborn').speaker).toBe('Dale Brenner');
  });

  it('reads no name out of a headline set in title case', () => {
    const qs = quotesOf([
      'Dale Brenner Sides With Mara Holt On Taxes.',
      '“We cannot raise the levy again this year,” Brenner said in Milford.',
    ]);
    expect(quote(qs, 'We cannot raise').speaker).toBe('Brenner');
  });

  it('reads the name of a profile, not its field labels', () => {
    const qs = quotesOf([
      'Name: Jo Parkin Age: 27City: Boston Job: Waitress Why she is protesting: “I never really know what I will make in a week here.”',
    ]);
    expect(quote(qs, 'I never really know').speaker).toBe('Jo Parkin');
  });

  it('gives a document to the name that owns it, not to the words qualifying its title', () => {
    const qs = quotesOf([
      'Presumptive GOP nominee Dale Brenner\'s first post Sunday was about the fire at a Milford bakery. "Terrible fire downtown. Crews are on the scene now and many are hurt."',
    ]);
    expect(quote(qs, 'Terrible fire').speaker).toBe('Dale Brenner');
  });

  it('lets the speaker before "said" keep the quote when a later name owns a document', () => {
    const qs = quotesOf([
      'Governor Carla Dunn said Brenner’s post about the strike meant that “the town will have to choose a side.”',
    ]);
    expect(quote(qs, 'the town will have').speaker).toBe('Carla Dunn');
  });
});

describe('roles of kin and of someone’s staff', () => {
  it('keeps the owner with a kin word: "Brenner’s son Hunter"', () => {
    const qs = quotesOf([
      'Mayor Dale Brenner spoke on Monday. Brenner’s son Hunter said: “My father will run again next year, I am sure.”',
    ]);
    expect(quote(qs, 'My father')).toMatchObject({ speaker: 'Hunter', role: 'Brenner’s son' });
  });

  it('gives no role when the possessive owns something that is not a person', () => {
    const qs = quotesOf([
      'Brenner’s remarks made resident Lou Ortiz angry. Brenner’s comments Lou Ortiz said were “a disgrace to this town and to everyone in it.”',
    ]);
    for (const q of qs) expect(q.role ?? '').not.toMatch(/^['’]s|comments/);
  });
});

describe('roles written between the verb and an inverted speaker', () => {
  it('takes no adverb or object for a role ("sagt auch Stenger")', () => {
    const qs = quotesOf(
      [
        'Der Bahnchef Fabian Stenger sprach am Montag in Berlin.',
        '„Wir wollen den Verkehr auf der Schiene verdoppeln und zwar schnell“, sagt auch Stenger.',
      ],
      'de',
    );
    expect(quote(qs, 'Wir wollen').role ?? '').not.toBe('auch');
  });

  it('keeps an agent noun as the role ("said freeholder Ed Coursey")', () => {
    const qs = quotesOf(['“Nobody will picket alone here this summer,” said freeholder Ed Coursey.']);
    expect(quote(qs, 'Nobody will picket')).toMatchObject({ speaker: 'Ed Coursey', role: 'freeholder' });
  });

  it('takes no clause before the name for a role ("The moment that Ms. Holt …")', () => {
    const qs = quotesOf([
      'The moment that Ms. Holt, 21, held up her signs, people tore them away, “screaming at her for no reason at all,” she said in an interview.',
    ]);
    expect(quote(qs, 'screaming').role ?? '').not.toMatch(/moment/);
  });

  it('gives the whole owner of an apposed role ("Pershing Square’s founder, Bill Ackman")', () => {
    const qs = quotesOf([
      'The fund lost a third of its value, and Pershing Square’s founder, Bill Ackman, said: “We will take a much more active role from now on.”',
    ]);
    expect(quote(qs, 'We will take')).toMatchObject({ speaker: 'Bill Ackman', role: 'Pershing Square’s founder' });
  });
});
