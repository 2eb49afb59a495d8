// A noun phrase naming the speaker, appositions included ("Kaplan, Meta's chief", "the White House
// spokesman, Josh Earnest") → the speaker and their role.
import { SPOKES_NOUNS, PERSON_NOUNS } from '../cues';
import { isRolePhrase, looksLikeOrg, nameRuns, type NameRun } from '../names';
import { charsOrSpace, trimEndWhere } from '../../text/trim';
import { splitTopCommas } from './tokens';
import { INTRO, LEAD_STRIP, PREPOSITIONS } from './words';
import type { Who } from './types';
import { MAX_NOUN_PHRASE_CHARS } from './reach';
import type { Reading } from './reading';
import type { PartReadings } from './part-readings';

/** Punctuation around a noun phrase (read from the end: a pattern re-reads a long run of dashes). */
const NP_EDGE = charsOrSpace(',;:—–-');

type Mode = 'before' | 'after';
/** A relative clause in apposition ("…, who …"): a description, not a name. */
const RELATIVE = /^(?:who|which|that|whose|where|when)\b/i;
/** A state or country written after a place ("Berea, OH", "Derry, N.H.", "Austin, Texas,"): no speaker. */
const STATE_TAG = /^\s*(?:\p{Lu}{2}|\p{Lu}\p{Ll}{0,4}\.|\p{Lu}\.\s?\p{Lu}\.)\s*$/u;
/** An opening participle clause: "Recalling that moment, David Axelrod …", "Speaking to reporters, …". */
const PARTICIPLE_OPENER = /^\s*\p{Lu}\p{Ll}+ing\s+\p{Ll}/u;
/** A clause of time or circumstance set off by commas after an opening adverbial ("after winning Ohio"). */
const ADVERBIAL_CLAUSE = /^\s*(?:after|before|while|when|since|having|despite|following|during|amid)\s/;
/** "a", "an", "one": an indefinite head describes someone, it is not their role. */
const INDEFINITE = /^(?:a|an|one)\s/i;

/**
 * The phrase stripped of its edges: punctuation, leading "and"/"but", a French inversion
 * ("a-t-il" → "il").
 */
function bareNounPhrase(raw: string): string {
  let text = trimEndWhere(raw.replace(/^[\s,;:—–-]+/, ''), NP_EDGE).replace(
    /^\p{L}+-(?:t-)?(il|elle|ils|elles|on)$/iu,
    '$1',
  );
  for (;;) {
    const m = /^(\p{L}+)\s+/u.exec(text);
    if (m && LEAD_STRIP.has(m[1].toLowerCase())) text = text.slice(m[0].length);
    else break;
  }
  return text;
}

export class NounPhrases {
  constructor(
    private readonly ctx: Reading,
    private readonly parts: PartReadings,
  ) {}

  /**
   * A noun phrase naming the speaker → the speaker. Handles appositive roles, titles, pronouns,
   * "the company", "a spokesperson for X", and unnamed sources.
   */
  resolveNP(raw: string, p: number, at: number, mode: 'before' | 'after'): Who | null {
    const text = bareNounPhrase(raw);
    if (!text || text.length > MAX_NOUN_PHRASE_CHARS) return null;
    const parts = splitTopCommas(text);
    // an opening adverbial ("In a post on LinkedIn, Kaplan …") is not the subject
    // and so is the rest of an opening adverbial: "…in Berea, OH, after winning Ohio, Gov. John Kasich said"
    while (parts.length > 1 && (INTRO.test(parts[0]) || PARTICIPLE_OPENER.test(parts[0]))) {
      parts.shift();
      while (parts.length > 1 && (STATE_TAG.test(parts[0]) || ADVERBIAL_CLAUSE.test(parts[0]))) parts.shift();
    }
    const core = parts[0];
    const apps = parts.slice(1).filter((x) => x.trim());
    const named = this.nameInApposition(core, apps, p, at, mode) ?? this.officerOfBody(core, apps, p, at, mode);
    if (named) return named;
    const coreWho = this.parts.whoOfPart(core, p, at, mode);
    if (coreWho && (coreWho.speaker || !apps.length)) {
      if (coreWho.speaker && !coreWho.role) {
        const role = apps.find((a) => isRolePhrase(a));
        if (role) coreWho.role = role.trim();
      }
      return coreWho;
    }
    // "one buyer on the market, elmo666," / "Meta's chief, Joel Kaplan": the name is in the appositive
    for (const a of apps) {
      if (RELATIVE.test(a.trim())) continue;
      const w = this.parts.whoOfPart(a, p, at, mode);
      if (w && w.speaker) {
        if (!w.role && isRolePhrase(core) && !INDEFINITE.test(core.trim())) w.role = core.trim();
        else if (!w.role && INDEFINITE.test(core.trim())) w.role = null;
        return w;
      }
    }
    return coreWho;
  }

  /**
   * "her mother, Fiona, said": a name in the apposition beats a description in the head; "El líder
   * del PP, Alberto Núñez Feijóo": a name hanging off a preposition in the head is not the head's.
   */
  private nameInApposition(core: string, apps: string[], p: number, at: number, mode: Mode): Who | null {
    const ownName = (r: NameRun) =>
      !r.possessive && !PREPOSITIONS.has(core.slice(0, r.start).trim().split(/\s+/).pop()?.toLowerCase() ?? '');
    const described = /^(?:[Tt]he|[Ee]l|[Ll]a|[Ll]e|[Oo]|[Aa]|[Ii]l|[Dd]er|[Dd]ie)\s+\p{Ll}/u.test(core.trim());
    if (
      !apps.length ||
      nameRuns(core).some((r) => (described ? ownName(r) : !r.possessive)) ||
      this.ctx.isPronoun(core.trim().toLowerCase())
    )
      return null;
    for (const a of apps) {
      if (!nameRuns(a).length || RELATIVE.test(a.trim())) continue;
      const w = this.parts.whoOfPart(a, p, at, mode);
      if (w && w.speaker) {
        if (!w.role && isRolePhrase(core) && !INDEFINITE.test(core.trim())) w.role = core.trim();
        return w;
      }
    }
    return null;
  }

  /**
   * "the White House spokesman, Josh Earnest," / "the LinkedIn chief executive, Jeff Weiner,": the
   * body in the head only says whose officer the named person is.
   */
  private officerOfBody(core: string, apps: string[], p: number, at: number, mode: Mode): Who | null {
    if (!apps.length || !this.officeOfBody(core)) return null;
    for (const a of apps) {
      const run = nameRuns(a)[0];
      if (!run || run.start > 0 || run.end < a.trim().replace(/[.,;:]+$/, '').length || looksLikeOrg(run.text))
        continue;
      const w = this.parts.whoOfPart(a, p, at, mode);
      if (w && w.speaker && this.ctx.book.isPerson(w.speaker))
        return { ...w, role: w.role ?? core.trim().replace(/^(?:the|a|an)\s+/i, '') };
    }
    return null;
  }

  /** "the White House spokesman", "the Vatican's spokesman", "Acme chief executive": an office of a named body. */
  private officeOfBody(core: string): boolean {
    const words = core.trim().split(/\s+/);
    const last = words[words.length - 1]?.toLowerCase() ?? '';
    return (
      words.length >= 2 &&
      /^\p{Ll}/u.test(words[words.length - 1]) &&
      (SPOKES_NOUNS.has(last) || PERSON_NOUNS.has(last)) &&
      nameRuns(core).length > 0
    );
  }
}
