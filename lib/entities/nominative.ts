// Which of a name's inflected forms is the nominative, in languages that decline names (Czech,
// Slovak, Polish, Russian…): "Declan Rice" beside "Declana Rice", "Radek Šimůnek" beside "Radka
// Šimůnka". The nominative is the base the other forms add their case ending to; a nominative
// ending in -ek, -ec or -el loses its e before an ending ("Radek" → "Radka", "Němec" → "Němce",
// "Vaněk" → "Vaňka").

/** The stem case endings are added to: "radek" → "radk", "wells" → "wells". */
export function declensionStem(word: string): string {
  if (word.length < 4) return word;
  // after n, d, t the fleeting ě leaves its softness on the consonant ("Vaněk" → "Vaňka")
  const soft: Record<string, string> = { n: 'ň', d: 'ď', t: 'ť' };
  return word.replace(/([ndt])ě([kcl])$/u, (_, c: string, k: string) => soft[c] + k).replace(/[eě]([kcl])$/u, '$1');
}

/** Whether `base` is the form `other` adds a case ending to ("kieran" of "kierana", "radek" of "radka"). */
export function isBaseOf(base: string, other: string): boolean {
  if (base === other || other.length <= base.length - 1) return false;
  const stem = declensionStem(base);
  return other.startsWith(stem) && other.length - stem.length >= 1 && other.length - stem.length <= 3 && stem !== other;
}

/**
 * How many of a form's words are the base of the same word in another form of the name: the
 * nominative scores highest ("Kieran Wells" 2 against "Kierana Wellse").
 */
export function nominativeScore(words: string[], others: string[][]): number {
  let n = 0;
  for (const o of others) {
    if (o === words || o.length !== words.length) continue;
    words.forEach((w, i) => {
      if (isBaseOf(w.toLowerCase(), o[i].toLowerCase())) n++;
    });
  }
  return n;
}
