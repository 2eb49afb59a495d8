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
