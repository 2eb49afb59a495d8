// Rules that decide whether two names found in an article are one entity, and which of its
// names it is shown by: company suffixes, short first names, other spellings, inflected forms.
import type { StakeholderKind } from '../types';
import type { NameSpan } from './scan';
import { nameKey } from './key';
import { ORG_SUFFIXES } from './lexicon';
import { isBaseOf } from './nominative';

/** The spans of one name (one key) with what the index counted about them. */
export interface Raw {
  id: number;
  key: string;
  words: string[];
  forms: Map<string, number>;
  spans: NameSpan[];
  roles: string[];
  acts: number;
  possessive: number;
  midSentence: number;
  titleWords: boolean;
  theBefore: number;
  theLower: number;
  body: number;
  /** Possessives followed by a company's office or holding ("Tribune's former chairman"): a company's name. */
  corporate?: number;
  locative: number;
  personish?: boolean;
  spoke?: boolean;
  /** guessKind of the words, asked once: for the role and again for the kind. */
  guessed?: StakeholderKind;
}

export const EXTENSIONS = new Set([
  'platforms',
  'label',
  'investment',
  'market',
  'markets',
  'music',
  'records',
  'media',
  'studios',
  'brands',
  'worldwide',
  'international',
  'global',
  'america',
  'usa',
  'us',
]);

/** A company's group in other languages ("Freenet Gruppe"): dress like "Inc.", but the name keeps it. */
export const GROUP_DRESS = new Set(['gruppe', 'groupe', 'grupo', 'gruppo', 'konzern']);

/**
 * Bodies known by another name, keyed by that name (as nameKey writes it), with the keys of the
 * full names it stands for: merged only when the article uses both.
 */
export const OTHER_NAMES = new Map<string, RegExp>([
  ['fed', /^(?:u\.?s\.? )?federal reserve(?: board| system)?$/],
  [
    "quai d'orsay",
    /^(?:ministère des affaires étrangères|french foreign ministry|ministère de l'europe et des affaires étrangères)$/,
  ],
  ['pentagon', /^(?:department of defen[cs]e|defen[cs]e department|u\.?s\.? department of defen[cs]e)$/],
  ['foggy bottom', /^(?:state department|department of state|u\.?s\.? state department)$/],
  ['whitehall', /^(?:british government|uk government)$/],
]);

/** Words that only dress a company's name ("Meta Platforms Inc."), unlike a body's head ("Canterbury University"). */
export const CORPORATE = new Set([
  'inc',
  'inc.',
  'corp',
  'corp.',
  'corporation',
  'co',
  'co.',
  'company',
  'ltd',
  'ltd.',
  'llc',
  'plc',
  'ag',
  'sa',
  'gmbh',
  'lp',
  'llp',
  'group',
  'holdings',
  'capital',
  'investments',
  'ventures',
  'technologies',
  'systems',
  'software',
  'motors',
  'industries',
  'entertainment',
  'pictures',
  'productions',
  'labs',
]);

/** The surname key a person is filed under: a doubled last letter undone ("zelenskyy" under "zelensky"). */
export function lastName(words: string[]): string {
  const last = words[words.length - 1];
  return last.length >= 7 && last[last.length - 1] === last[last.length - 2] ? last.slice(0, -1) : last;
}

/**
 * Whether two person names (content words) are one person: the same surname, or one spelt with its
 * last letter doubled; first names the same, or one the short form of the other ("Josh"/"Joshua",
 * 3 letters at least, 2 fewer than the long one); middle names and initials may be missing from one.
 */
export function samePerson(a: string[], b: string[]): boolean {
  if (lastName(a) !== lastName(b)) return false;
  // a lone surname: only another spelling is news here (the same one is merged above)
  if (a.length === 1 || b.length === 1) return a[a.length - 1] !== b[b.length - 1];
  const [fa, fb] = [a[0], b[0]];
  const [short, long] = fa.length <= fb.length ? [fa, fb] : [fb, fa];
  // two letters more at least: "Eric" is not "Erica", "Pete" may not be "Peter" either
  if (short !== long && (short.length < 3 || long.length - short.length < 2 || !long.startsWith(short))) return false;
  // "Patrick W. Carlineo" and "Patrick Carlineo Jr.": middle words of the shorter all in the longer
  const [x, y] = a.length <= b.length ? [a, b] : [b, a];
  return x.slice(1, -1).every((w) => y.includes(w)) && (short === long || a.length <= 3);
}

export function indexOfRun(hay: string[], needle: string[]): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * The name an organization is shown by: its fullest form, unless that only adds a company suffix
 * or a word like "Platforms" to a shorter form the article uses more ("Meta Platforms Inc." once,
 * "Meta" throughout: "Meta").
 */
export function shortForm(full: Raw, members: Raw[], content: (r: Raw) => string[], kinds: StakeholderKind[]): Raw {
  const long = content(full);
  let best = full;
  // a body's other name ("Fed") is shown when the article uses it more than the full one
  for (const r of members) if (r !== full && OTHER_NAMES.has(r.key) && r.spans.length > full.spans.length) return r;
  for (const r of members) {
    const mine = content(r);
    if (!mine.length || mine.length >= long.length || r.spans.length <= best.spans.length) continue;
    // "Canterbury" (University Press), "Palestinian" (Authority): a place or an adjective alone
    if (kinds[r.id] !== 'organization' || !r.midSentence || /(?:an|ese|ish|ic)$/.test(mine[mine.length - 1])) continue;
    if (
      mine.every((w, i) => w === long[i]) &&
      long.slice(mine.length).every((w) => CORPORATE.has(w) || EXTENSIONS.has(w)) &&
      !mine.every((w) => ORG_SUFFIXES.has(w) || EXTENSIONS.has(w))
    )
      best = r;
  }
  return best;
}

export function firstSpanOrder(r: Raw): number {
  const s = r.spans[0];
  return s ? s.paragraph * 1e6 + s.start : Infinity;
}

export function mostUsedForm(r: Raw): string {
  let best = '',
    n = -1;
  for (const [f, c] of r.forms) {
    const clean = f.replace(/['’]s$/, ''); // soft hyphens kept: a name shown is a span of the article
    if (c > n || (c === n && clean.length > best.length)) [best, n] = [clean, c];
  }
  return best;
}

export function dedupeKeys(names: string[], canonical: string): string[] {
  const seen = new Set([nameKey(canonical)]);
  const out: string[] = [];
  for (const n of names) {
    const k = nameKey(n);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(n);
  }
  return out;
}

/** Slavic and other inflecting languages: "Součka" is "Souček", "Moyesem" is "Moyes". */
export function inflectedSame(strong: boolean) {
  return (a: string, b: string): boolean => {
    if (a === b) return true;
    // a nominative's fleeting e ("Radek" / "Radka", "Šimůnek" / "Šimůnka")
    if (strong && (isBaseOf(a, b) || isBaseOf(b, a))) return true;
    const [s, l] = a.length <= b.length ? [a, b] : [b, a];
    let p = 0;
    while (p < s.length && s[p] === l[p]) p++;
    const minPrefix = strong ? 4 : 5;
    return p >= minPrefix && s.length - p <= 2 && l.length - p <= 3;
  };
}

export function groupKind(members: Raw[], kinds: StakeholderKind[]): StakeholderKind {
  const counts = new Map<StakeholderKind, number>();
  for (const r of members)
    counts.set(kinds[r.id], (counts.get(kinds[r.id]) ?? 0) + r.spans.length + (r.words.length > 1 ? 5 : 0));
  // a person's full name decides: "Kaplan" alone looks like a company
  if (members.some((r) => kinds[r.id] === 'person' && r.words.length > 1)) return 'person';
  for (const k of ['government', 'organization', 'group', 'place'] as StakeholderKind[])
    if (members.some((r) => kinds[r.id] === k && r.words.length > 1)) return k;
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'organization';
}
