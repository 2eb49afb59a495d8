// Span rewriting before names are grouped: German descriptors come off a name, and a run that
// joins two names ("Gannett and GateHouse Media") is cut in two.
import type { NameSpan } from './scan';
import { germanName, germanTitle, isDescriptor } from './german';
import { guessKind } from './kinds';
import { nameKey } from './key';
import { ORG_SUFFIXES, PLACES } from './lexicon';

/** A German span without the descriptor nouns in front ("Plattformbetreiber Flixbus" → "Flixbus", titled "Plattformbetreiber"); none for "Glauben Sie". */
export function germanSpan(sp: NameSpan): NameSpan[] {
  const found = germanName(sp.text);
  if (!found) return [];
  if (found.name === sp.text) return [sp.title ? { ...sp, title: germanTitle(sp.title) } : sp];
  const at = sp.text.lastIndexOf(found.name);
  if (at < 0) return [sp];
  if (at === 0)
    return [
      {
        ...sp,
        end: sp.start + found.name.length,
        text: found.name,
        words: found.name.split(/\s+/),
        possessive: false,
        untrimmed: undefined,
      },
    ];
  const descriptor = sp.text
    .slice(0, at)
    .trim()
    .replace(/\s+(?:von|des|der|vom)$/, '');
  const words = found.name.split(/\s+/);
  // only a descriptor is a title: "Deutschlandtakt von Deutscher Bahn" gives the Bahn no role
  // a single descriptor is a title; a sentence's opener before it is not ("Laut Verkehrsminister")
  const single = germanTitle(descriptor) ?? '';
  const head = single.split(' ').pop()!;
  const title = single.split(' ').length <= 2 && isDescriptor(head.toLowerCase()) ? single : null;
  const named: NameSpan = {
    ...sp,
    start: sp.start + at,
    text: found.name,
    words,
    title,
    sentenceStart: false,
    trimmedStart: false,
    untrimmed: undefined,
  };
  // "GVL-Chef Markus Wendler", "Siemens-Sprecherin Ina Graf": the body before the hyphen is named too
  const body = title ? /^(\p{Lu}[\p{L}\p{N}&]*)-\p{L}+$/u.exec(title) : null;
  const bodyAt = body ? sp.text.lastIndexOf(title!, at) : -1;
  if (body && bodyAt >= 0 && !isDescriptor(body[1].toLowerCase()) && germanName(body[1])) {
    const start = sp.start + bodyAt;
    const part: NameSpan = {
      ...sp,
      start,
      end: start + body[1].length,
      text: body[1],
      words: [body[1]],
      title: null,
      possessive: false,
      sentenceStart: false,
      trimmedStart: false,
      untrimmed: undefined,
    };
    return [part, named];
  }
  return [named];
}

/** A span cut in two where it runs two names together (see the call). */
export function splitJoined(sp: NameSpan, midKeys: Set<string>, keyCount: Map<string, number>): NameSpan[] {
  const ws = sp.words;
  if (ws.length < 2) return [sp];
  const key = (from: number, to: number) => nameKey(ws.slice(from, to).join(' '));
  const seen = (k: string) => midKeys.has(k) || (keyCount.get(k) ?? 0) > 0;
  // where each word stands in the span's text
  const starts: number[] = [];
  let cursor = 0;
  for (const w of ws) {
    const at = sp.text.indexOf(w, cursor);
    if (at < 0) return [sp];
    starts.push(at);
    cursor = at + w.length;
  }
  const piece = (from: number, to: number): NameSpan => {
    const a = starts[from],
      b = starts[to - 1] + ws[to - 1].length;
    return {
      ...sp,
      start: sp.start + a,
      end: sp.start + b,
      text: sp.text.slice(a, b),
      words: ws.slice(from, to),
      title: from === 0 ? sp.title : null,
      possessive: to === ws.length && sp.possessive,
      sentenceStart: from === 0 && sp.sentenceStart,
      untrimmed: undefined,
    };
  };
  const k = ws.findIndex((w) => w === 'and' || w === 'of');
  if (k > 0 && k < ws.length - 1) {
    const left = key(0, k),
      right = key(k + 1, ws.length);
    if (ws[k] === 'and' && (seen(left) || seen(right))) return [piece(0, k), piece(k + 1, ws.length)];
    if (ws[k] === 'of' && k === 1 && PLACES.has(left.replace(/ /g, '_'))) return [piece(0, 1), piece(2, ws.length)];
    return [sp];
  }
  if ((keyCount.get(key(0, ws.length)) ?? 0) > 1) return [sp];
  if (sp.sentenceStart && /(?:ing|ed|ly)$/.test(ws[0]) && midKeys.has(key(1, ws.length))) return [piece(1, ws.length)];
  for (let cut = 2; cut <= ws.length - 2; cut++) {
    // the right part may be a person the article otherwise calls by surname ("Sondland")
    if (guessKind(ws.slice(cut), key(cut, ws.length)) !== 'person') continue;
    const rightKnown = seen(key(cut, ws.length)) || (ws.length - cut <= 3 && seen(key(ws.length - 1, ws.length)));
    const leftKnown = seen(key(0, cut)) || ORG_SUFFIXES.has(nameKey(ws[cut - 1]));
    if (leftKnown && rightKnown) return [piece(0, cut), piece(cut, ws.length)];
  }
  return [sp];
}

/**
 * A name that starts over inside its own run ("Ilhan Omar Ilhan OmarHillicon Valley", a site's
 * hover card pasted after the name): the name ends where its first word comes again, two words
 * in at least.
 */
export function cutAtRepeat(sp: NameSpan): NameSpan {
  const again = sp.words.indexOf(sp.words[0], 2);
  if (again < 0) return sp;
  const words = sp.words.slice(0, again);
  const text = words.join(' ');
  if (!sp.text.startsWith(text + ' ')) return sp;
  return { ...sp, end: sp.start + text.length, text, words, possessive: false, untrimmed: undefined };
}
