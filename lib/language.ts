// Which language an article is written in: what the page declares, checked against a cheap guess
// from the text itself (writing system, then the commonest short words). Many pages declare
// nothing, and some templates declare "en" around text in another language.

/** Primary subtag of a BCP 47 tag or locale ("pt-BR" → "pt", "en_US" → "en"), or null. */
export function primaryLang(raw: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:$|[-_\s;,])/i.exec(raw ?? '');
  if (!m) return null;
  const tag = m[1].toLowerCase();
  return tag === 'und' || tag === 'mul' || tag === 'zxx' ? null : tag;
}

/** Whether the engine's English word lists apply: an English tag, or no language known. */
export const readsAsEnglish = (lang: string | null): boolean => !lang || lang.toLowerCase().startsWith('en');

// Scripts that, on their own, say which language the text is in (or, for Han and Cyrillic, the
// most likely one: Chinese, Russian).
const SCRIPTS: Array<[RegExp, string]> = [
  [/\p{Script=Hangul}/gu, 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Devanagari}/gu, 'hi'],
  [/\p{Script=Thai}/gu, 'th'],
];
const LATIN = /\p{Script=Latin}/gu;

// The commonest function words of languages written in Latin script; short and distinctive.
const STOPWORDS: Record<string, string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'is',
    'that',
    'it',
    'was',
    'for',
    'with',
    'he',
    'she',
    'said',
    'on',
    'this',
    'have',
    'are',
    'they',
    'from',
    'but',
    'not',
    'by',
    'be',
    'has',
  ],
  es: [
    'el',
    'la',
    'los',
    'las',
    'que',
    'y',
    'de',
    'del',
    'en',
    'un',
    'una',
    'por',
    'con',
    'para',
    'es',
    'se',
    'su',
    'al',
    'lo',
    'como',
    'pero',
    'más',
    'dijo',
  ],
  pt: [
    'o',
    'os',
    'as',
    'que',
    'e',
    'de',
    'do',
    'da',
    'dos',
    'das',
    'em',
    'no',
    'na',
    'um',
    'uma',
    'para',
    'com',
    'não',
    'por',
    'se',
    'ao',
    'mais',
    'disse',
    'é',
  ],
  fr: [
    'le',
    'la',
    'les',
    'des',
    'et',
    'de',
    'du',
    'un',
    'une',
    'est',
    'que',
    'qui',
    'dans',
    'pour',
    'pas',
    'sur',
    'au',
    'aux',
    'il',
    'elle',
    'avec',
    'ce',
    'a',
    'été',
  ],
  de: [
    'der',
    'die',
    'das',
    'und',
    'ist',
    'nicht',
    'den',
    'dem',
    'ein',
    'eine',
    'zu',
    'mit',
    'sich',
    'auf',
    'für',
    'von',
    'auch',
    'es',
    'im',
    'sie',
    'er',
    'wird',
    'sagte',
  ],
  it: [
    'il',
    'lo',
    'la',
    'gli',
    'le',
    'di',
    'che',
    'e',
    'è',
    'del',
    'della',
    'per',
    'con',
    'non',
    'un',
    'una',
    'sono',
    'nel',
    'alla',
    'ha',
    'anche',
    'ma',
  ],
  nl: [
    'de',
    'het',
    'een',
    'en',
    'van',
    'is',
    'dat',
    'niet',
    'op',
    'te',
    'met',
    'voor',
    'zijn',
    'ook',
    'die',
    'aan',
    'er',
    'maar',
    'wordt',
    'bij',
  ],
  cs: [
    'a',
    'se',
    'na',
    'je',
    'že',
    'to',
    'v',
    've',
    's',
    'z',
    'do',
    'jsou',
    'by',
    'jak',
    'ale',
    'od',
    'pro',
    'i',
    'tak',
    'byl',
    'už',
    'jeho',
  ],
  pl: [
    'i',
    'w',
    'się',
    'na',
    'nie',
    'z',
    'że',
    'do',
    'to',
    'jest',
    'jak',
    'o',
    'po',
    'ale',
    'od',
    'za',
    'dla',
    'tak',
    'już',
    'przez',
  ],
  id: [
    'yang',
    'dan',
    'di',
    'itu',
    'dengan',
    'untuk',
    'tidak',
    'ini',
    'dari',
    'dalam',
    'akan',
    'pada',
    'juga',
    'ke',
    'karena',
    'ada',
    'adalah',
    'oleh',
  ],
  tr: [
    've',
    'bir',
    'bu',
    'da',
    'de',
    'için',
    'ile',
    'çok',
    'daha',
    'olarak',
    'gibi',
    'ama',
    'değil',
    'olan',
    'kadar',
    'sonra',
  ],
  sv: [
    'och',
    'att',
    'det',
    'som',
    'en',
    'på',
    'är',
    'av',
    'för',
    'med',
    'till',
    'den',
    'har',
    'inte',
    'om',
    'ett',
    'var',
    'jag',
  ],
};
const STOPWORD_LANGS = Object.keys(STOPWORDS);
/** Each function word and the languages (indices in STOPWORD_LANGS) it is one of. */
const LANGS_OF_WORD = new Map<string, number[]>();
STOPWORD_LANGS.forEach((lang, i) => {
  for (const w of new Set(STOPWORDS[lang])) LANGS_OF_WORD.set(w, [...(LANGS_OF_WORD.get(w) ?? []), i]);
});

const SAMPLE_CHARS = 6000;

export interface LanguageGuess {
  lang: string;
  /** How clear the evidence is, 0..1: share of letters in the script, or stopword margin. */
  confidence: number;
  /** For Latin-script guesses: how many function words of each language the text has. */
  hits?: Record<string, number>;
}

/** A guess from the text alone, or null when there is too little of it to tell. */
export function guessLanguage(text: string): LanguageGuess | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters < 20) return null;
  let best: [string, number] | null = null;
  for (const [re, lang] of SCRIPTS) {
    const n = (sample.match(re) ?? []).length;
    if (!best || n > best[1]) best = [lang, n];
  }
  const latin = (sample.match(LATIN) ?? []).length;
  // Kana is mixed with Han in Japanese: a modest share of kana already means Japanese.
  const kana = (sample.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
  const han = (sample.match(/\p{Script=Han}/gu) ?? []).length;
  if (kana >= 10 && kana >= (kana + han) * 0.15 && kana + han > latin)
    return { lang: 'ja', confidence: (kana + han) / letters };
  if (best && best[1] > latin) return { lang: best[0], confidence: best[1] / letters };
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 8) return null;
  // one look-up a word, not one a word and language
  const found = STOPWORD_LANGS.map(() => 0);
  const distinct = STOPWORD_LANGS.map(() => new Set<string>());
  for (const w of words)
    for (const i of LANGS_OF_WORD.get(w) ?? []) {
      found[i]++;
      distinct[i].add(w);
    }
  const counts = STOPWORD_LANGS.map((lang, i) => [lang, found[i], distinct[i].size] as const).sort(
    (a, b) => b[1] - a[1],
  );
  const [top, second] = counts;
  // A real language shows many of its function words, and often: Latin filler text ("lorem
  // ipsum… et… est") shows two or three.
  if (top[1] < 3 || top[1] < words.length * 0.1 || top[2] < 5) return null;
  const hits = Object.fromEntries(counts.map(([lang, n]) => [lang, n]));
  return { lang: top[0], confidence: Math.min(1, (top[1] - second[1]) / top[1]), hits };
}

/**
 * The article's language: the declared one unless the text plainly says otherwise (another
 * writing system, or hardly any of the declared language's function words), else the guess
 * from the text.
 */
export function detectLanguage(declared: Array<string | null | undefined>, text: string): string | null {
  const stated = declared.map(primaryLang).find((l): l is string => !!l) ?? null;
  const guess = guessLanguage(text);
  if (!guess) return stated;
  if (!stated) return guess.lang;
  if (stated === guess.lang) return stated;
  const statedScript = scriptOfLang(stated);
  const guessScript = scriptOfLang(guess.lang);
  // Another writing system than the declared language uses: the declaration is a template's.
  if (statedScript && guessScript && statedScript !== guessScript && guess.confidence > 0.6) return guess.lang;
  // Same script: overrule only a language we can check, when its own function words are rare.
  const statedHits = guess.hits?.[stated];
  if (statedHits !== undefined && statedHits <= 0.25 * (guess.hits?.[guess.lang] ?? 0)) return guess.lang;
  return stated;
}

function scriptOfLang(lang: string): string | null {
  if (
    lang in STOPWORDS ||
    ['la', 'ro', 'hu', 'fi', 'da', 'no', 'nb', 'sk', 'sl', 'hr', 'vi', 'ms', 'ca', 'eu', 'gl'].includes(lang)
  )
    return 'latin';
  if (['ru', 'uk', 'bg', 'sr', 'be', 'mk', 'kk'].includes(lang)) return 'cyrillic';
  if (['zh', 'ja'].includes(lang)) return 'han';
  if (['ar', 'fa', 'ur'].includes(lang)) return 'arabic';
  const single: Record<string, string> = { ko: 'hangul', he: 'hebrew', el: 'greek', hi: 'devanagari', th: 'thai' };
  return single[lang] ?? null;
}
