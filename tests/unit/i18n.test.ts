// Every word the reader sees comes from the message table (public/_locales/<lang>/messages.json),
// in every language it ships, with the same placeholders and plural forms; and lib/'s codes are
// rendered from it, in the popup and the CLI alike.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { afterEach, describe, expect, it } from 'vitest';
import { fillMessage, say, setMessageSource, t, tn } from '../../lib/i18n';
import type { FailureNote, Notice } from '../../lib/notes';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const root = join(__dirname, '../..');
const dir = join(root, 'public/_locales');
const catalogues: Record<string, Record<string, Entry>> = Object.fromEntries(
  readdirSync(dir).map((lang) => [lang, JSON.parse(readFileSync(join(dir, lang, 'messages.json'), 'utf8'))]),
);
const en = catalogues.en;
const PLURAL = /_(zero|one|two|few|many|other)$/;
const pluralBases = new Set(
  Object.keys(en)
    .filter((k) => k.endsWith('_other'))
    .map((k) => k.replace(PLURAL, '')),
);

/** Answers as a browser whose UI is in `lang` would. */
const speak = (lang: string) =>
  setMessageSource((name, subs) =>
    catalogues[lang][name] ? fillMessage(catalogues[lang][name], [subs ?? []].flat()) : '',
  );

describe('locales', () => {
  it('ships English and at least one more language', () => {
    expect(Object.keys(catalogues)).toContain('en');
    expect(Object.keys(catalogues).length).toBeGreaterThan(1);
  });

  it('gives every language the same keys and placeholders as English', () => {
    for (const [lang, cat] of Object.entries(catalogues)) {
      expect(Object.keys(cat).sort(), lang).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en)) {
        expect(cat[key].message.trim(), `${lang}.${key}`).not.toBe('');
        expect(cat[key].placeholders ?? {}, `${lang}.${key}`).toEqual(en[key].placeholders ?? {});
        // a singular form may say "one" in words ("Quote copied") instead of the number
        const used = Object.keys(en[key].placeholders ?? {}).filter(
          (name) => !(key.endsWith('_one') && name === 'count'),
        );
        for (const name of used) expect(cat[key].message.toLowerCase(), `${lang}.${key}`).toContain(`$${name}$`);
      }
    }
  });

  it('names its own language, for plural rules and number formats', () => {
    for (const [lang, cat] of Object.entries(catalogues)) expect(cat.messagesLocale.message).toBe(lang);
  });

  it('gives every plural message the forms its languages use, counting in $COUNT$', () => {
    expect(pluralBases.size).toBeGreaterThan(3);
    for (const base of pluralBases) {
      expect(en[`${base}_one`], base).toBeDefined();
      expect(en[`${base}_other`].placeholders?.count?.content, base).toBe('$1');
      for (const lang of Object.keys(catalogues)) {
        // categories without a form of their own fall back to "other": that is fine only for "many"
        // (French millions) and "zero"; one, two and few must be written out where a language has them
        const needed = new Intl.PluralRules(lang)
          .resolvedOptions()
          .pluralCategories.filter((c) => c !== 'many' && c !== 'zero');
        for (const c of needed) expect(catalogues[lang][`${base}_${c}`], `${lang}.${base}_${c}`).toBeDefined();
      }
    }
  });

  it('uses key names browsers accept', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });
});

describe('t, tn and say', () => {
  afterEach(() => setMessageSource(null));

  it('answers in English without a browser, with placeholders filled', () => {
    expect(t('keyQuotes')).toBe('Key quotes');
    expect(t('minRead', 3)).toBe('3 min read');
  });

  it('asks the browser first and falls back when it has no answer', () => {
    setMessageSource((name, subs) =>
      name === 'keyQuotes' ? 'Citations clés' : name === 'minRead' ? `${subs?.[0]} min de lecture` : '',
    );
    expect(t('keyQuotes')).toBe('Citations clés');
    expect(t('minRead', 5)).toBe('5 min de lecture');
    expect(t('copy')).toBe('Copy');
  });

  it('fills placeholders the way browsers do', () => {
    expect(fillMessage({ message: 'Saved $FILE$ ($FILE$)', placeholders: { file: { content: '$1' } } }, ['a.md'])).toBe(
      'Saved a.md (a.md)',
    );
  });

  it('counts with the plural rules of the language that answers', () => {
    expect([0, 1, 2].map((n) => tn('quoteCount', n))).toEqual(['0 quotes', '1 quote', '2 quotes']);
    expect(tn('voicesMore', 1)).toBe('and 1 more speaker');
    speak('fr');
    // French counts zero as one, and groups thousands with a space
    expect([0, 1, 2].map((n) => tn('quoteCount', n))).toEqual(['0 citation', '1 citation', '2 citations']);
    expect(tn('wordCount', 1500).replace(/\s/g, ' ')).toBe('1 500 mots');
    expect(tn('copiedQuotes', 1)).toBe('Citation copiée dans le presse-papiers.');
  });

  it('renders lib’s codes in the reader’s language', () => {
    const notices: Notice[] = [
      { code: 'noticeNoQuotes' },
      { code: 'noticeLongPage', params: { count: 40 } },
      { code: 'noticeLanguage', params: { language: 'ko' } },
    ];
    const tooLarge: FailureNote = { code: 'whyTooLarge', params: { count: 150000 } };
    expect(notices.map(say)).toEqual([
      'This article quotes no one directly.',
      'This page is very long: only its first 40 paragraphs were digested.',
      'Standpoint does not fully read Korean yet: quotes are found by their marks, but speakers, stakeholders and positions may be missed.',
    ]);
    expect(say(tooLarge)).toBe('This page is too large to digest (more than 150,000 elements).');
    expect(say({ code: 'noticeLongPage', params: { count: 1 } })).toBe(
      'This page is very long: only its first paragraph was digested.',
    );
    speak('fr');
    expect(notices.map(say)).toEqual([
      'Cet article ne cite personne directement.',
      'Cette page est très longue : seuls ses 40 premiers paragraphes ont été résumés.',
      expect.stringContaining('cette langue (coréen)'),
    ]);
    expect(say({ code: 'whyLittleText', params: { count: 1 } })).toBe(
      'Cette page a trop peu de texte à résumer (1 mot).',
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The UI's own words: no sentence in components/ or entrypoints/ bypasses the message table.

/** Attributes a reader sees or hears. */
const SHOWN_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'title',
  'placeholder',
  'alt',
  'label',
  'ariaLabel',
]);
const hasWords = (s: string) => /\p{L}{2,}/u.test(s);

interface Finding {
  where: string;
  text: string;
}

/** User-facing text written into the source, and message keys used that the table lacks. */
function scan(
  file: string,
  source: string,
): { bypasses: Finding[]; keys: { key: string; plural: boolean; where: string }[] } {
  const sf = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const bypasses: Finding[] = [];
  const keys: { key: string; plural: boolean; where: string }[] = [];
  const where = (n: ts.Node) => `${file}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const literal = (n: ts.Node | undefined): string | null => {
    if (!n) return null;
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return n.text;
    if (ts.isTemplateExpression(n)) return [n.head.text, ...n.templateSpans.map((s) => s.literal.text)].join(' ');
    if (ts.isParenthesizedExpression(n)) return literal(n.expression);
    if (ts.isConditionalExpression(n))
      return (
        [literal(n.whenTrue), literal(n.whenFalse)]
          .filter((x) => x !== null)
          .join(' ')
          .trim() || null
      );
    return null;
  };
  const visit = (n: ts.Node) => {
    if (ts.isJsxText(n) && hasWords(n.text)) bypasses.push({ where: where(n), text: n.text.trim() });
    if (ts.isJsxExpression(n) && n.parent && !ts.isJsxAttribute(n.parent)) {
      const text = literal(n.expression);
      if (text && hasWords(text)) bypasses.push({ where: where(n), text });
    }
    if (ts.isJsxAttribute(n) && SHOWN_ATTRIBUTES.has(n.name.getText(sf))) {
      const init = n.initializer;
      const text =
        init && (ts.isStringLiteral(init) ? init.text : ts.isJsxExpression(init) ? literal(init.expression) : null);
      if (text && hasWords(text)) bypasses.push({ where: where(n), text });
    }
    if (
      ts.isBinaryExpression(n) &&
      n.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      /\.(title|textContent|innerText)$/.test(n.left.getText(sf))
    ) {
      const text = literal(n.right);
      if (text && hasWords(text)) bypasses.push({ where: where(n), text });
    }
    if (
      ts.isCallExpression(n) &&
      ts.isIdentifier(n.expression) &&
      (n.expression.text === 't' || n.expression.text === 'tn')
    ) {
      const arg = n.arguments[0];
      if (arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)))
        keys.push({ key: arg.text, plural: n.expression.text === 'tn', where: where(n) });
      else if (arg && ts.isTemplateExpression(arg))
        keys.push({ key: `${arg.head.text}*`, plural: false, where: where(n) });
    }
    if (ts.isPropertyAssignment(n) && n.name.getText(sf) === 'code' && ts.isStringLiteral(n.initializer)) {
      keys.push({ key: n.initializer.text, plural: pluralBases.has(n.initializer.text), where: where(n) });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return { bypasses, keys };
}

function sourcesUnder(...dirs: string[]): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
    }
  };
  for (const d of dirs) walk(join(root, d));
  return out;
}

const ui = sourcesUnder('components', 'entrypoints').map((p) => ({
  file: relative(root, p),
  ...scan(relative(root, p), readFileSync(p, 'utf8')),
}));

describe('the UI’s words', () => {
  it('finds words written into a component, so the check below can fail', () => {
    const found = scan(
      'x.tsx',
      `const X = () => <p title="Open it">Hello there {'and more'} {n ? 'yes please' : ''} · {t('keyQuotes')}</p>;`,
    );
    expect(found.bypasses.map((f) => f.text)).toEqual(['Open it', 'Hello there', 'and more', 'yes please']);
    expect(found.keys.map((k) => k.key)).toEqual(['keyQuotes']);
  });

  it('shows no words in components/ or entrypoints/ that do not come from the message table', () => {
    expect(ui.flatMap((f) => f.bypasses.map((b) => `${b.where}: ${b.text}`))).toEqual([]);
  });

  it('uses only messages every language has', () => {
    const used = ui.flatMap((f) => f.keys);
    expect(used.length).toBeGreaterThan(50);
    for (const { key, plural, where } of used) {
      for (const [lang, cat] of Object.entries(catalogues)) {
        if (key.endsWith('*'))
          expect(
            Object.keys(cat).some((k) => k.startsWith(key.slice(0, -1))),
            `${where} ${lang}.${key}`,
          ).toBe(true);
        else if (plural) expect(cat[`${key}_other`], `${where} ${lang}.${key}_other`).toBeDefined();
        else expect(cat[key], `${where} ${lang}.${key}`).toBeDefined();
      }
    }
  });

  it('keeps no message nobody shows', () => {
    const code = [...sourcesUnder('components', 'entrypoints', 'lib'), join(root, 'wxt.config.ts')]
      .map((p) => readFileSync(p, 'utf8'))
      .join('\n');
    const unused = Object.keys(en).filter((key) => {
      const base = key.replace(PLURAL, '');
      return (
        !new RegExp(`['"\`]${base}['"\`]|__MSG_${base}__`).test(code) && !/^kind_/.test(key) && key !== 'messagesLocale'
      );
    });
    expect(unused).toEqual([]);
  });
});
