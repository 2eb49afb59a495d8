import { describe, expect, it } from 'vitest';
import { quote, quotesOf } from './fixture';

describe('the subject of a reporting clause', () => {
  it('is not a place the sentence happens in', () => {
    const qs = quotesOf([
      'Dana Whitfield toured the coast this week.',
      'At a town hall in Lisburn, Oregon, on Sunday, Ms. Whitfield tried to explain her plan, saying that the state should “rebuild every pier before the next storm season.”',
    ]);
    expect(quote(qs, 'rebuild every pier').speaker).toBe('Dana Whitfield');
  });

  it('is the person a place-named office belongs to, not the place', () => {
    const qs = quotesOf([
      'The campaign hired staff in every state.',
      'The campaign’s Oregon state director, Mark Tallis, reached out to the vendor, writing in an email: “We want to use this as soon as we can.”',
    ]);
    expect(quote(qs, 'We want to use').speaker).toBe('Mark Tallis');
  });
});

describe('a paragraph that is all quote', () => {
  it('belongs to the speaker the paragraph before names, past a scare quote in it', () => {
    const qs = quotesOf([
      'Omar Haddad said on Monday that the council would act.',
      'What “act” means is anyone’s guess, since Haddad spoke only in generalities during the interview.',
      '“We have to do something and it is the only way to keep the pier open.”',
    ]);
    expect(quote(qs, 'We have to do something').speaker).toBe('Omar Haddad');
  });
});

describe('pronouns', () => {
  it('never resolve to the person the quote itself speaks of by full name', () => {
    const qs = quotesOf([
      'Dana Whitfield wrote the harbour song. Her sister Ana Whitfield sang it first.',
      'Ana remembers the summer well. “It could have been easy for Dana Whitfield to put her name on it and move on, but she did not,” she said.',
    ]);
    expect(quote(qs, 'It could have been easy').speaker).not.toBe('Dana Whitfield');
  });

  it('do not tell the gender of a subject when a person noun stands between them', () => {
    const qs = quotesOf([
      'Tom Carrow wrote six novels in twenty years.',
      'Patience, close reading and faith that the author knows what he is doing are essential. When his editors asked for more, he would reply, “I have a horror of being obvious.”',
    ]);
    expect(quote(qs, 'I have a horror').speaker).toBe('Tom Carrow');
  });
});

describe('characters in a film', () => {
  it('give what the article has them sing or say to the actor who plays them', () => {
    const qs = quotesOf([
      'Lena Morrow had agreed to play Rose Tallis, a singer from the coast.',
      'In the last scene Rose Tallis walks to the stage. She apologizes to her family: “I pushed you away, then I got lost in the storm.”',
    ]);
    expect(quote(qs, 'I pushed you away').speaker).toBe('Lena Morrow');
  });

  it('leave a person someone portrays as something alone', () => {
    const qs = quotesOf([
      'Dana Whitfield spent the week portraying Omar Haddad as out of touch.',
      '“The pier is the only thing that matters here,” Haddad said.',
    ]);
    expect(quote(qs, 'The pier is the only').speaker).toBe('Omar Haddad');
  });
});
