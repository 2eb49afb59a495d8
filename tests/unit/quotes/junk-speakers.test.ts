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

describe('the subject of the reporting verb, not another name in its sentence', () => {
  it('gives "X, a former aide, said of Y:" to X, with the whole apposition past "Mr."', () => {
    const qs = quotesOf([
      'Mara Holt, a former aide to Mr. Brenner, said of Mr. Brenner: “He is loyal to this town, but he is very in touch with his roots.”',
    ]);
    expect(quote(qs, 'He is loyal')).toMatchObject({ speaker: 'Mara Holt', role: 'a former aide to Mr. Brenner' });
  });

  it('reads past a place, its state and a clause of time to the subject', () => {
    const qs = quotesOf([
      'On Tuesday at Harwick College in Milford, OH, after winning the state primary, Gov. Dale Brenner (R-OH), said, “We are going west next, and we will not stop there.”',
    ]);
    expect(quote(qs, 'We are going west').speaker).toBe('Dale Brenner');
  });

  it('reads past an opening participle clause to the subject', () => {
    const qs = quotesOf([
      'Recalling that moment, Rita Haas, who ran the campaign for years, said of Brenner: “The question is whether he will rally behind the winner.”',
    ]);
    expect(quote(qs, 'The question is').speaker).toBe('Rita Haas');
  });
});
