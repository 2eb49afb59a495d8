// Who is never an actor of the story: the outlet, its domain, its staff, picture credits.
import type { Article } from '../types';
import { nameKey } from './key';

/** Names of picture agencies and credits: never actors of the story. */
export const CREDIT_NAME = /\b(?:Getty|Images|Shutterstock|AFP|AP Photo|Reuters\/|EPA|Alamy|iStock|Pool)\b/;

/**
 * Two to four capitalised words ("Jane Doe", "J. R. Smith"): names a credit may give. A word
 * starts only where no letter, apostrophe or hyphen stands before it, and its letters are taken
 * whole (the lookahead-and-backreference spelling of an atomic group): tried at every capital of
 * a 100,000-letter word and backing off one letter at a time, the plain pattern took seconds.
 */
const CAPITALISED_RUN = /(?<![\p{L}'’-])\p{Lu}(?:(?=([\p{L}'’-]+))\1|\.)(?: \p{Lu}(?:(?=([\p{L}'’-]+))\2|\.)){1,3}/gu;

/** A predicate: is this name the outlet, its domain, or a member of its staff? */
export function excludedNames(article: Article): (text: string, key: string) => boolean {
  const squash = (s: string) =>
    nameKey(s)
      .replace(/^the /, '')
      .replace(/[^\p{L}\p{N}]/gu, '');
  const outlet = new Set<string>();
  if (article.siteName) {
    outlet.add(squash(article.siteName));
    outlet.add(squash(article.siteName.replace(/\.(?:com|org|net|co\.uk|cz|fr|es|com\.br)$/i, '')));
  }
  try {
    const host = new URL(article.url).hostname.replace(/^www\./, '').split('.');
    const label =
      host.length > 2 && host[host.length - 2].length <= 3 ? host[host.length - 3] : (host[host.length - 2] ?? host[0]);
    if (label && label.length >= 2) outlet.add(label.toLowerCase());
  } catch {
    /* a bad URL only means no domain to exclude */
  }
  const staff = new Set<string>();
  for (const part of (article.byline ?? '').split(/,|\band\b|&|\bby\b|\bBy\b|\||;|\/|\n/)) {
    const k = squash(
      part
        .replace(/\.(?:com|org|net|co\.uk|cz|fr|es|com\.br)$/i, '')
        .replace(/^\s*(?:by|por|par|von|autor|author)\s*:?/i, ''),
    );
    if (k.length >= 3 && !outlet.has(k)) staff.add(k);
  }
  // credits in the text: "Photo by X", "X / Getty Images", "Reporting by X"
  const CREDIT_HINT =
    /photo|image|video|illustration|graphic|reporting|editing|writing|edited|written|produced|compiled|\/|\||contributed|reported|reporter|editor|producer|correspondent|journalist|columnist/i;
  const CREDIT_BEFORE =
    /(?:photo(?:graph)?s?|image|video|illustration|graphic|reporting|editing|writing|edited|written|produced|compiled)(?: by|:)\s*$/i;
  const CREDIT_AFTER =
    /^\s*(?:\/|\||for (?:Getty|AP|AFP|Reuters)|(?:reported|contributed)\b|is an? [^.]{0,80}\b(?:reporter|editor|producer|correspondent|writer|journalist|contributor|columnist|photographer)\b)/i;
  // the words CREDIT_BEFORE and CREDIT_AFTER need: a paragraph with none of them holds no credit
  // (unless it is a bare name), and its names need not be read one by one
  const BEFORE_WORD =
    /photo|image|video|illustration|graphic|reporting|editing|writing|edited|written|produced|compiled/i;
  const AFTER_WORD = /[/|]|for (?:Getty|AP|AFP|Reuters)|reported|contributed/i;
  const STAFF_NOUN = /reporter|editor|producer|correspondent|writer|journalist|contributor|columnist|photographer/i;
  const n = article.paragraphs.length;
  article.paragraphs.forEach((p, i) => {
    // only paragraphs that could hold a credit, or are a bare name
    if (p.length > 60 && !CREDIT_HINT.test(p)) return;
    const bareNameLate = i > n * 0.6;
    if (!bareNameLate && !BEFORE_WORD.test(p) && !AFTER_WORD.test(p) && !(/is an? /i.test(p) && STAFF_NOUN.test(p)))
      return;
    for (const w of p.matchAll(CAPITALISED_RUN)) {
      const before = p.slice(Math.max(0, w.index! - 30), w.index!);
      const after = p.slice(w.index! + w[0].length, w.index! + w[0].length + 120);
      const whole = bareNameLate && p.trim() === w[0];
      if (CREDIT_BEFORE.test(before) || CREDIT_AFTER.test(after) || whole) staff.add(squash(w[0]));
    }
  });
  // "NBC" of "NBC News", "Fox" of foxnews.com, "Times" of the Los Angeles Times
  const OUTLET_TAIL = /^(?:news|times|post|media|online|daily|tv|com|network|journal|herald)$/;
  const outletPart = (s: string) => {
    for (const o of outlet) {
      if (o.startsWith(s) && s.length >= 3 && OUTLET_TAIL.test(o.slice(s.length))) return true;
      if (o.endsWith(s) && s.length >= 4 && OUTLET_TAIL.test(s) && o.length > s.length) return true;
    }
    return false;
  };
  // asked for every mention, and most names are mentioned many times: each answered once
  const answers = new Map<string, boolean>();
  return (text, key) => {
    const asked = `${text}\n${key}`;
    let answer = answers.get(asked);
    if (answer === undefined) {
      const s = squash(text.replace(/\.(?:com|org|net|co\.uk|cz|fr|es|com\.br|in)$/i, ''));
      const k = key.replace(/[^\p{L}\p{N}]/gu, '');
      answer = outlet.has(s) || outlet.has(k) || staff.has(s) || staff.has(k) || outletPart(k);
      answers.set(asked, answer);
    }
    return answer;
  };
}
