import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fillMessage, setMessageSource, t } from '../../lib/i18n';

const dir = join(__dirname, '../../public/_locales');
const catalogues = Object.fromEntries(
  readdirSync(dir).map((lang) => [lang, JSON.parse(readFileSync(join(dir, lang, 'messages.json'), 'utf8')) as Record<string, { message: string; placeholders?: Record<string, unknown> }>]),
);

describe('locales', () => {
  it('ships English and at least one more language', () => {
    expect(Object.keys(catalogues)).toContain('en');
    expect(Object.keys(catalogues).length).toBeGreaterThan(1);
  });

  it('gives every language the same keys and placeholders as English', () => {
    const en = catalogues.en;
    for (const [lang, cat] of Object.entries(catalogues)) {
      expect(Object.keys(cat).sort(), lang).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en)) {
        expect(cat[key].message.trim(), `${lang}.${key}`).not.toBe('');
        expect(Object.keys(cat[key].placeholders ?? {}).sort(), `${lang}.${key}`).toEqual(Object.keys(en[key].placeholders ?? {}).sort());
        for (const name of Object.keys(en[key].placeholders ?? {})) expect(cat[key].message.toLowerCase(), `${lang}.${key}`).toContain(`$${name}$`);
      }
    }
  });

  it('uses key names browsers accept', () => {
    for (const key of Object.keys(catalogues.en)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });
});

describe('t', () => {
  afterEach(() => setMessageSource(null));

  it('answers in English without a browser, with placeholders filled', () => {
    expect(t('keyQuotes')).toBe('Key quotes');
    expect(t('minRead', 3)).toBe('3 min read');
  });

  it('asks the browser first and falls back when it has no answer', () => {
    setMessageSource((name, subs) => (name === 'keyQuotes' ? 'Citations clés' : name === 'minRead' ? `${subs?.[0]} min de lecture` : ''));
    expect(t('keyQuotes')).toBe('Citations clés');
    expect(t('minRead', 5)).toBe('5 min de lecture');
    expect(t('copy')).toBe('Copy');
  });

  it('fills placeholders the way browsers do', () => {
    expect(fillMessage({ message: 'Saved $FILE$ ($FILE$)', placeholders: { file: { content: '$1' } } }, ['a.md'])).toBe('Saved a.md (a.md)');
  });
});
