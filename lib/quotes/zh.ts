// Chinese attribution: no capitals and no spaces, so a speaker is read as the two or three
// characters before a verb of saying (卢宇表示：“…”), starting with a common family name.
import { ZH } from './cues';
import { SURNAMES_ZH } from '../lang/zh';
import type { Who } from './attribution';
import { JaAttributor, isJapanese } from './ja';

// The commonest family names cover most people a news story quotes.
const SURNAMES = new Set(SURNAMES_ZH.split(''));
const PUNCT = /[，。：；、！？“”「」『』《》（）\s,.:;!?"()]/;
const ADVERB_TAIL =
  /(?:还|也|则|都|曾|又|就|便|再|亦|更|同时|随后|接着|最后|首先|此前|当时|对此|坦率地|恳切地|\p{Script=Han}{1,3}地)$/u;

export function isChinese(paragraphs: string[], lang: string | null): boolean {
  if (lang === 'zh' || lang === 'ja') return true;
  if (lang) return false;
  const sample = paragraphs.slice(0, 5).join('');
  const han = (sample.match(/\p{Script=Han}/gu) ?? []).length;
  return han > 0.3 * sample.length;
}

export class ZhAttributor {
  private counts = new Map<string, number>();
  private lastNamed: { name: string; paragraph: number } | null = null;

  /** Japanese marks speech with と after the quote and titles after names: its own reader. */
  private ja: JaAttributor | null;

  constructor(private masked: string[]) {
    this.ja = isJapanese(masked) ? new JaAttributor(masked) : null;
    for (const text of masked) {
      for (let i = 0; i < text.length; i++) {
        if (!SURNAMES.has(text[i])) continue;
        for (const len of [2, 3]) {
          const cand = text.slice(i, i + len);
          if (cand.length === len && !PUNCT.test(cand)) this.counts.set(cand, (this.counts.get(cand) ?? 0) + 1);
        }
      }
    }
  }

  /** The name at the end of a run of characters ("…留学的卢宇" → "卢宇"). */
  private nameAtEnd(s: string): string | null {
    let t = s;
    for (let n = 0; n < 3 && ADVERB_TAIL.test(t); n++) t = t.replace(ADVERB_TAIL, '');
    const c3 = t.slice(-3);
    const c2 = t.slice(-2);
    const ok = (c: string) => c.length >= 2 && SURNAMES.has(c[0]) && !PUNCT.test(c);
    // prefer the three-character name when the article uses it as often as the two-character one
    if (ok(c3) && (this.counts.get(c3) ?? 0) >= Math.max(2, (this.counts.get(c2) ?? 0) * 0.8)) return c3;
    if (ok(c2) && (this.counts.get(c2) ?? 0) >= 2) return c2;
    if (ok(c3)) return c3;
    if (ok(c2)) return c2;
    return null;
  }

  /** The last name the article uses more than once that appears in this text. */
  private lastNameIn(text: string): string | null {
    for (let i = text.length - 2; i >= 0; i--) {
      if (!SURNAMES.has(text[i])) continue;
      const c3 = text.slice(i, i + 3);
      const c2 = text.slice(i, i + 2);
      const n3 = this.counts.get(c3) ?? 0;
      const n2 = this.counts.get(c2) ?? 0;
      if (c3.length === 3 && n3 >= 2 && n3 >= n2 * 0.8) return c3;
      if (n2 >= 2 && !PUNCT.test(c2)) return c2;
    }
    return null;
  }

  /**
   * The subject of the last verb of saying or thinking in this text ("教授刘晓峰认为，…。他说"),
   * even when the article names them only once: a pronoun after it is theirs.
   */
  private lastSpeakerIn(text: string): string | null {
    let best: { k: number; name: string } | null = null;
    for (const v of ZH.verbs) {
      const k = text.lastIndexOf(v);
      if (k <= 0 || (best && k <= best.k)) continue;
      const clause = text.slice(0, k).split(PUNCT).filter(Boolean).pop() ?? '';
      const name = this.nameAtEnd(clause);
      if (name) best = { k, name };
    }
    return best?.name ?? null;
  }

  private subject(before: string, p: number, last: Who | null, at = 0): Who | null {
    const clause = before.split(PUNCT).filter(Boolean).pop() ?? '';
    // "…汪文斌在记者会上表示": the place or time between name and verb goes
    let t = clause.replace(/(?:在|于)[^在于]{1,12}(?:上|中|里|时|期间|后|前)$/u, '');
    for (let n = 0; n < 3 && ADVERB_TAIL.test(t); n++) t = t.replace(ADVERB_TAIL, '');
    if (/[他她]$/.test(t) || /[他她]们$/.test(t)) {
      const before = this.masked[p].slice(0, at);
      const near =
        this.lastSpeakerIn(before.slice(0, Math.max(0, before.lastIndexOf(clause)))) ??
        this.lastNameIn(before) ??
        (p > 0 ? this.lastNameIn(this.masked[p - 1]) : null);
      if (near) return { speaker: near, role: null, anonymous: false };
      if (this.lastNamed && this.lastNamed.paragraph >= p - 3)
        return { speaker: this.lastNamed.name, role: null, anonymous: false };
      return last;
    }
    const name = this.nameAtEnd(t);
    if (!name) return null;
    this.lastNamed = { name, paragraph: p };
    return { speaker: name, role: null, anonymous: false };
  }

  attribute(head: string, tail: string, p: number, at: number, last: Who | null): (Who & { cue: string }) | null {
    if (this.ja) return this.ja.attribute(head, tail);
    // tail first: ”卢宇恳切地说。 — the clause right after the mark must end in the verb
    const tailClause = (tail.split(/[，。！？：；,]/)[0] ?? '').trim();
    for (const v of ZH.verbs) {
      const k = tailClause.lastIndexOf(v);
      if (k > 0 && k < 16 && /^道?$/.test(tailClause.slice(k + v.length))) {
        const who = this.subject(tailClause.slice(0, k), p, last, at);
        if (who) return { ...who, cue: v };
      }
    }
    // head: 马素湘说：“… / 他认为：“… / 李博灏表示，“…
    const headClause = head.split(/[。！？]/).pop() ?? '';
    let best: { k: number; v: string } | null = null;
    for (const v of ZH.verbs) {
      const k = headClause.lastIndexOf(v);
      if (k > 0 && (!best || k > best.k)) best = { k, v };
    }
    if (best) {
      const who = this.subject(headClause.slice(0, best.k), p, last, at);
      if (who) return { ...who, cue: best.v };
    }
    // a name somewhere in the lead-in: the sentences before the quote in this paragraph
    const text = this.masked[p].slice(0, at);
    const sentences = text.split(/[。！？]/).filter((s) => s.trim());
    for (let n = sentences.length - 1; n >= Math.max(0, sentences.length - 2); n--) {
      const s = sentences[n];
      for (const v of ZH.verbs) {
        const k = s.indexOf(v);
        if (k > 0) {
          const who = this.subject(s.slice(0, k), p, last, at);
          if (who) return { ...who, cue: v };
        }
      }
      // a sentence whose subject is a name ("在李博灏看来，…")
      const m = /(\p{Script=Han}{2,3})(?:看来|认为|是|也|还|有着|聊起)/u.exec(s);
      if (m) {
        for (const cand of [m[1], m[1].slice(-2)]) {
          if (SURNAMES.has(cand[0]) && (this.counts.get(cand) ?? 0) >= 2) {
            this.lastNamed = { name: cand, paragraph: p };
            return { speaker: cand, role: null, anonymous: false, cue: '' };
          }
        }
      }
    }
    return null;
  }
}
