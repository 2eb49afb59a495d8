// Speaker labels: a name set before a colon that opens the quote, with no verb of saying.
//   transcript turns:   "LOPEZ: “…”", "MS. CLINTON: “…”", "Tapper: “…”"
//   a digest's items:   "INDIANA'S DEMOGRAPHICS FAVOR CRUZ - David Wasserman: “…”"
// The label opens the paragraph or follows a dash; a heading in capitals before the dash is a
// headline, never the speaker.
import { isCapitals, nameRuns, splitTitle } from '../names';
import type { Found, Who } from './types';
import type { Reading } from './reading';
import type { NounPhrases } from './noun-phrase';
import { MAX_LABEL_CHARS } from './reach';

/** The words between a paragraph start or the last spaced dash and the colon that ends the lead-in. */
const LABEL = new RegExp(`^(?<lead>.*\\s[-–—]\\s+)?(?<label>[^:;!?“”"]{1,${MAX_LABEL_CHARS}}?)\\s*:\\s*$`, 'su');

export class SpeakerLabels {
  constructor(
    private readonly ctx: Reading,
    private readonly np: NounPhrases,
  ) {}

  /** The speaker a label before the quote names, or null when the lead-in is no label. */
  fromLabel(head: string, p: number, base: number): Found | null {
    if (!/:\s*$/.test(head)) return null;
    const m = LABEL.exec(head);
    if (!m?.groups) return null;
    const { lead, label: raw } = m.groups;
    const label = raw.trim();
    const at = base + (lead?.length ?? 0) + raw.indexOf(label);
    // a label with no dash before it opens its paragraph: a transcript turn
    if (!lead && this.ctx.masked[p].slice(0, base).trim()) return null;
    // "Continued Stone:" is a reporting clause, not a label
    if (label.split(/\s+/).some((w) => this.ctx.cues.verbs.has(w.toLowerCase()))) return null;
    const who = isCapitals(label) ? this.turn(label) : this.named(label, p, at);
    return who ? { ...who, cue: ':' } : null;
  }

  /**
   * "LOPEZ", "MS. CLINTON": a transcript turn, when the article names that person elsewhere or the
   * label carries an honorific; shown under the article's fullest form of the name.
   */
  private turn(label: string): Who | null {
    const t = splitTitle(titleCase(label));
    if (!t.name || t.name.split(/\s+/).length > 3) return null;
    // the entity index may hold the label itself as a name ("HADDAD"): the article's own fuller form first
    const full = this.ctx.book.speaker(this.ctx.book.canonical(t.name));
    const known = this.ctx.book.mentions.some((m) => m.name === full) && this.ctx.book.isPerson(full);
    if (known && this.ctx.paragraphs.some((text) => text.includes(full))) return this.ctx.who(full, null);
    return t.title || t.gender ? { speaker: label, role: null, anonymous: false } : null;
  }

  /** "David Wasserman", "Pew Research": a label in ordinary case is one name, a person's or a body's. */
  private named(label: string, p: number, at: number): Who | null {
    const runs = nameRuns(label);
    if (runs.length !== 1 || runs[0].start > 0 || runs[0].end < label.length) return null;
    const who = this.np.resolveNP(label, p, at, 'before');
    if (!who?.speaker) return null;
    return this.ctx.book.isPerson(who.speaker) || this.ctx.book.isOrg(who.speaker) ? who : null;
  }
}

/** "MS. CLINTON" → "Ms. Clinton", "O'NEILL" → "O'Neill". */
function titleCase(label: string): string {
  return label.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, pre: string, c: string) => pre + c.toUpperCase());
}
