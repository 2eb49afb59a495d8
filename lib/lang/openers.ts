// Words that open a sentence and are written large only there, per language: prepositions that
// attribute ("Podle Kierana Wellse…", "Laut…", "Selon…", "Según…", "Segundo…"), conjunctions and
// adverbs. A capitalised run that starts with one of them starts a name after it, never with it.
// Lower case.

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

const OPENERS: Record<string, ReadonlySet<string>> = {
  cs: words(
    'podle dle kvůli díky během kromě mimo vedle místo naopak proto tedy ale avšak však přesto zatím potom pak nyní teď ' +
      'také ani když pokud protože jestli zda aby kde kdy jak co kdo který která které toto tento tato tyto ten ta to ' +
      'jeho její jejich jeden jedna jedno dva dvě tři čtyři pět všichni nikdo někdo už ještě již hned letos loni dnes včera',
  ),
  sk: words('podľa kvôli vďaka počas okrem pretože ale aj keď ak kde kedy ako jeho jej ich'),
  pl: words('według zdaniem dzięki podczas oprócz ponieważ ale jednak także gdy jeśli gdzie kiedy jak jego jej ich'),
  de: words(
    'laut zufolge gemäß nach trotz wegen während seit bereits zudem außerdem jedoch allerdings dennoch deshalb daher',
  ),
  fr: words("selon d’après d'après pour lors pendant malgré depuis cependant pourtant ainsi ensuite enfin puis"),
  es: words('según tras durante mediante pese sin embargo así luego entonces además aunque mientras'),
  pt: words('segundo conforme após durante mediante apesar contudo entretanto assim logo então além embora enquanto'),
  it: words('secondo dopo durante mediante nonostante però quindi poi inoltre anche mentre'),
};

/** Whether a lower-case word opens sentences in this language and is no part of a name. */
export function isSentenceOpener(lang: string | null, lower: string): boolean {
  return !!lang && !!OPENERS[lang]?.has(lower);
}
