// Who one comma-free part of a noun phrase names: a pronoun, a title, "a spokesperson for X", a
// name, a handle, an unnamed source, "the company". Each reading is tried in turn, most specific first.
import {
  ANONYMOUS_HEAD,
  DOCUMENT_NOUNS,
  FEMALE_NOUNS,
  MALE_NOUNS,
  ORG_NOUNS,
  SPOKES_NOUNS,
  PERSON_NOUNS,
} from '../cues';
import { personNoun } from '../role-before';
import {
  endsInRoleNoun,
  isRolePhrase,
  looksLikeOrg,
  authorOfDocument,
  nameRuns,
  qualifiesTitle,
  splitTitle,
  type Gender,
  type NameRun,
} from '../names';
import { ministryAt } from '../../entities/romance';
import {
  PREPOSITIONS,
  DETERMINERS,
  CLITICS,
  LOCATIVES,
  GENERIC_ORG_NOUNS,
  SOURCE_OF,
  PLURAL_PRONOUNS,
  FIRST_SECOND_PRONOUNS,
  OBJECT_PRONOUNS,
} from './words';
import { GROUP_NOUNS_EN, GROUP_SYNONYMS_EN } from '../../lang/en';
import { type Who, type Phrase, NOT_THIS, ANONYMOUS } from './types';
import {
  TITLE_HOLDER_REACH,
  ORG_NOUN_REACH,
  ORG_STEM_CHARS,
  GROUP_REACH,
  MAX_ROLE_CHARS,
  MAX_LEAD_ROLE_WORDS,
} from './reach';
import type { Reading } from './reading';
import type { Pronouns } from './pronouns';
import { isGermanPersonNoun } from '../../lang/de';
import type { Antecedents } from './antecedents';

/** An owner in the possessive at the head of a name run: "Fox News’ ", "CNN's ". */
const OWNER_BEFORE_NAME = /^.*\S(?:['’]s|s['’])\s+(?=\p{Lu}\p{Ll})/u;

export class PartReadings {
  constructor(
    private readonly ctx: Reading,
    private readonly pronouns: Pronouns,
    private readonly antecedents: Antecedents,
  ) {}

  /**
   * Who one comma-free part of a noun phrase names. Each reading below is tried in turn, from the
   * most specific; the first that recognises the phrase decides (a Who, or null for "nobody").
   */
  whoOfPart(part: string, p: number, at: number, mode: 'before' | 'after'): Who | null {
    const text = part.trim();
    if (!text) return null;
    const words = text.split(/\s+/);
    const phrase: Phrase = {
      text,
      words,
      lower: words.map((w) => w.toLowerCase().replace(/[.,;:'’]+$/, '')),
      p,
      at,
      mode,
    };
    for (const read of this.partReadings) {
      const who = read.call(this, phrase);
      if (who !== NOT_THIS) return who;
    }
    return null;
  }

  /** The readings of whoOfPart, most specific first. */
  private readonly partReadings: ((ph: Phrase) => Who | null | typeof NOT_THIS)[] = [
    this.pronounPart,
    this.titleOnlyPart,
    this.sourceBodyPart,
    this.ministryPart,
    this.documentPart,
    this.spokespersonPart,
    this.germanOfficePart,
    this.namedPart,
    this.handlePart,
    this.unnamedSourcePart,
    this.describedPart,
  ];

  /** "he", "she", "Она откровенно": a pronoun leading or ending a short phrase ("He Jianxiong" is a name). */
  private pronounPart({ words, lower, p, at }: Phrase): Who | null | typeof NOT_THIS {
    const leadPronoun = this.ctx.isPronoun(lower[0]) && !/^\p{Lu}/u.test(words[1] ?? '');
    if (!(words.length <= 2 || (words.length <= 3 && leadPronoun))) return NOT_THIS;
    const w = leadPronoun ? lower[0] : lower[words.length - 1];
    if (this.ctx.cues.male.has(w) && !OBJECT_PRONOUNS.has(w)) return this.pronouns.pronoun('m', p, at);
    if (this.ctx.cues.female.has(w) && !OBJECT_PRONOUNS.has(w)) return this.pronouns.pronoun('f', p, at);
    if (PLURAL_PRONOUNS.has(w)) return this.pronouns.pronoun('plural', p, at);
    if (FIRST_SECOND_PRONOUNS.has(w)) return null;
    return NOT_THIS;
  }

  /**
   * A title without a name ("le ministre des Affaires étrangères"): whoever the article gave that
   * title, else the person the paragraph goes on to quote with a verb of saying.
   */
  private titleOnlyPart({ text, lower, p, at }: Phrase): Who | null | typeof NOT_THIS {
    if (!this.roleOnly(text)) return NOT_THIS;
    const noun = lower.find((w) => PERSON_NOUNS.has(w.replace(/^l['’]/, ''))) ?? '';
    const holder = this.ctx.book.lastBefore(
      p,
      at,
      (n) => this.ctx.book.isPerson(n) && (this.ctx.book.roleOf(n) ?? '').toLowerCase().split(/\s+/).includes(noun),
      TITLE_HOLDER_REACH,
    );
    const ahead = holder ?? this.antecedents.personAhead(p, at);
    return ahead ? this.ctx.who(ahead, holder ? null : text.replace(/^(?:\p{Ll}+\s+|l['’])/u, '').trim()) : null;
  }

  /** "una fuente de los servicios": outside English a source is credited to the body it is from, when the article names it. */
  private sourceBodyPart({ text, p }: Phrase): Who | null | typeof NOT_THIS {
    if (this.ctx.english) return NOT_THIS;
    return this.sourceBody(text, p) ?? NOT_THIS;
  }

  /** "le ministère des Affaires étrangères": a ministry written in lower case. */
  private ministryPart({ text }: Phrase): Who | null | typeof NOT_THIS {
    const ministry = ministryAt(text);
    return ministry ? { speaker: this.ctx.book.speaker(ministry), role: null, anonymous: false } : NOT_THIS;
  }

  /** "a statement from Meta", "a report by the ministry": the document's author speaks. */
  private documentPart({ words, lower, p, at, mode }: Phrase): Who | null | typeof NOT_THIS {
    const docAt = lower.findIndex((w) => DOCUMENT_NOUNS.has(w));
    if (docAt < 0 || docAt > 2 || !/^(?:from|by|of|issued by|de|del|du|von|od)$/.test(lower[docAt + 1] ?? ''))
      return NOT_THIS;
    const rest = words.slice(docAt + 2).join(' ');
    return (rest ? this.whoOfPart(rest, p, at, mode) : null) ?? NOT_THIS;
  }

  /** "a spokesperson for Meta", "Meta spokesperson Andy Stone", "Swift's rep", "the spokesman for the department". */
  private spokespersonPart({ words, lower, p, at }: Phrase): Who | null | typeof NOT_THIS {
    const spokesAt = lower.findIndex((w) => SPOKES_NOUNS.has(w));
    if (spokesAt < 0) return NOT_THIS;
    const after = words.slice(spokesAt + 1).join(' ');
    const forOrg = /^(?:for|of|at|from|de|da|do|del)\s+(?:the\s+)?(.+)$/iu.exec(after);
    if (forOrg) return this.organisationOfSpokesperson(forOrg[1], p, at);
    const named = nameRuns(after)[0];
    if (named) {
      const t = splitTitle(named.text);
      if (t.name) {
        this.ctx.book.markPerson(this.ctx.book.canonical(t.name));
        return this.ctx.who(
          t.name,
          words
            .slice(0, spokesAt + 1)
            .join(' ')
            .replace(/^(?:a|an|the)\s+/i, '') || null,
        );
      }
    }
    const owner = nameRuns(words.slice(0, spokesAt).join(' ')).at(-1);
    if (owner) return { speaker: this.ctx.book.speaker(owner.text), role: null, anonymous: false };
    if (DETERMINERS.has(lower[0])) {
      const named = this.antecedents.nearWord(p, at, /spokes(?:person|man|woman)|representative/i, (n) =>
        this.ctx.book.isOrg(n),
      );
      if (named) return { speaker: named, role: null, anonymous: false };
      const org = this.ctx.book.orgBefore(p, at, []);
      if (org) return { speaker: this.ctx.book.speaker(org), role: null, anonymous: false };
    }
    return ANONYMOUS;
  }

  /** "for Meta" → Meta; "for the department" → the department the article named, else an unnamed source. */
  private organisationOfSpokesperson(body: string, p: number, at: number): Who {
    const run = nameRuns(body)[0];
    if (run) return { speaker: this.ctx.book.speaker(run.text), role: null, anonymous: false };
    const noun = body.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
    const stem = noun.slice(0, ORG_STEM_CHARS);
    const org =
      stem.length >= 4
        ? this.ctx.book.lastBefore(
            p,
            at,
            (n) =>
              this.ctx.book.isOrg(n) &&
              n
                .toLowerCase()
                .split(/\s+/)
                .some((t) => t.startsWith(stem)),
            ORG_NOUN_REACH,
          )
        : null;
    return org ? { speaker: this.ctx.book.speaker(org), role: null, anonymous: false } : ANONYMOUS;
  }

  /**
   * The first name not hanging off a preposition or a possessive ("Steenburgen's son"), nearest
   * the verb ("Hungarian-American billionaire George Soros said"), with the role in front of it.
   */
  private namedPart(ph: Phrase): Who | null | typeof NOT_THIS {
    const { text, p, at, mode } = ph;
    if (this.descriptive(ph)) return NOT_THIS;
    const runs = nameRuns(text)
      .map((r) => this.ctx.book.trimCommon(r))
      .filter((r) => !this.ctx.book.commonWord(r.text));
    for (let run of this.runsInOrder(runs, text, mode)) {
      // "Trump's first tweet", "the senator's statement": whoever owns the document wrote it
      if (run.possessive && !authorOfDocument(text, run, runs)) continue;
      if (qualifiesTitle(text, run)) continue;
      const pre = text.slice(0, run.start).trim().split(/\s+/).pop()?.toLowerCase() ?? '';
      if (PREPOSITIONS.has(pre) && runs.length > 1) continue;
      if (LOCATIVES.has(pre) && mode === 'before') continue;
      // "Fox News’ Sean Hannity", "CNN's Jake Tapper": the outlet owns the name, it is not part of it
      const owned = OWNER_BEFORE_NAME.exec(run.text);
      if (owned) run = { ...run, start: run.start + owned[0].length, text: run.text.slice(owned[0].length) };
      let t = splitTitle(run.text);
      // "Centre for Economic Policy Research" is not Research with a title
      if (t.name && t.title && !t.name.includes(' ') && this.ctx.book.commonWord(t.name))
        t = { name: run.text, title: null, gender: null };
      if (!t.name) {
        const holder = this.titleWithoutName(run, t.title, p, at);
        if (holder) return holder;
        continue;
      }
      if (this.unnamedMember(text, run, t.name, pre)) return ANONYMOUS;
      const name = this.ctx.book.canonical(t.name);
      if (t.title || t.gender) this.ctx.book.markPerson(name);
      return this.ctx.who(name, this.roleBefore(text, runs, run, t.title));
    }
    return NOT_THIS;
  }

  /** After the verb ("řekl serveru Aktuálně.cz ministr Jan Novák") a person outranks an outlet; before it, the nearest name speaks. */
  private runsInOrder(runs: NameRun[], text: string, mode: 'before' | 'after'): NameRun[] {
    if (mode === 'before') return [...runs].reverse();
    if (runs.length < 2) return runs;
    // "Judicial Watch president Tom Fitton": a person noun before a name makes it the phrase's head
    const introduced = (r: NameRun) =>
      PERSON_NOUNS.has(text.slice(0, r.start).trim().split(/\s+/).pop()?.toLowerCase() ?? '');
    const personish = (r: NameRun) =>
      this.ctx.book.isPerson(this.ctx.book.canonical(splitTitle(r.text).name || r.text)) || !!splitTitle(r.text).title;
    return [
      ...runs.filter(introduced),
      ...runs.filter((r) => !introduced(r) && personish(r)),
      ...runs.filter((r) => !introduced(r) && !personish(r)),
    ];
  }

  /** "says Doctor" (a surname that is also a title) or "the Prime Minister" (whoever the article gave that title). */
  private titleWithoutName(run: NameRun, title: string | null, p: number, at: number): Who | null {
    if (!run.text.includes(' ')) {
      const e = this.ctx.entities.resolve(run.text);
      if (e && e.kind === 'person') return this.ctx.who(e.name, null);
      const full = this.ctx.book.canonical(run.text);
      if (full !== run.text && this.ctx.book.isPerson(full)) return this.ctx.who(full, null);
    }
    const holder = this.ctx.book.lastBefore(
      p,
      at,
      (n) => (this.ctx.book.roleOf(n) ?? '').toLowerCase().includes((title ?? '').toLowerCase()),
      TITLE_HOLDER_REACH,
    );
    return holder ? this.ctx.who(holder, title) : null;
  }

  /** "an official at Meta", "a Meta employee": one of a body's people, unnamed. */
  private unnamedMember(text: string, run: NameRun, name: string, pre: string): boolean {
    if (!/^(?:a|an|one|some|two|three|several)\s/i.test(text)) return false;
    const before = text.slice(0, run.start).trim();
    if (PREPOSITIONS.has(pre) || /\s(?:of|at|for|from|in|on|with)\s/i.test(before + ' ')) return true;
    return (
      looksLikeOrg(name) === false &&
      before.split(/\s+/).length >= 2 &&
      /official|source|person|aide|insider|employee|staffer|member|executive/i.test(text.slice(run.end))
    );
  }

  /** The role is what stands between the previous name and this one ("ministr" in "serveru Aktuálně.cz ministr Jan Novák"), with the title. */
  private roleBefore(text: string, runs: NameRun[], run: NameRun, title: string | null): string | null {
    const prev = runs.filter((r) => r.end <= run.start).at(-1);
    let lead = text
      .slice(prev?.end ?? 0, run.start)
      .trim()
      // an opening quote mark left by the masked quote ("'' the assailant"), not a possessive's
      .replace(/^(?:['‘’“”"](?![s]\s))+\s*/, '')
      .replace(/^(?:the|a|an)\s+/i, '');
    // "Biden's son Hunter": a kin or job word owned by the name before is the role, owner and all;
    // "Trump's comments make him wish" is no role
    if (prev && /^['’]s?\s/.test(lead))
      lead = personNoun(lead.split(/\s+/).at(-1) ?? '') ? text.slice(prev.start, run.start).trim() : '';
    const leadOk =
      lead &&
      !DETERMINERS.has(lead.toLowerCase()) &&
      isRolePhrase(lead) &&
      endsInRoleNoun(lead) &&
      lead.split(/\s+/).length <= MAX_LEAD_ROLE_WORDS;
    const role = [leadOk ? lead : '', title ?? ''].filter(Boolean).join(' ').trim() || null;
    return role && role.length < MAX_ROLE_CHARS ? role : null;
  }

  /** "Бывшая супермодель", "Mladá superstar": a capitalised adjective before a person noun is no name. */
  private descriptive({ words, lower }: Phrase): boolean {
    return (
      lower.length >= 2 &&
      lower.length <= 4 &&
      PERSON_NOUNS.has(lower[lower.length - 1]) &&
      !/\p{Lu}/u.test(words.slice(1).join(''))
    );
  }

  /**
   * "sagte die Grünen-Politikerin", "so der Verbandssprecher": a German noun of office
   * (lib/lang/de.ts) with only an article before it names no one new; it is the person just named.
   */
  private germanOfficePart({ words, lower, p, at }: Phrase): Who | null | typeof NOT_THIS {
    const noun = lower[lower.length - 1];
    if (this.ctx.english || words.length > 2 || noun.length < 8 || !isGermanPersonNoun(noun)) return NOT_THIS;
    if (words.length === 2 && !/^(?:der|die|den|dem)$/.test(lower[0])) return NOT_THIS;
    return this.pronouns.pronoun(null, p, at);
  }

  /** User handles: "elmo666", "user jayk1984", "@dana_k". */
  private handlePart({ words }: Phrase): Who | null | typeof NOT_THIS {
    const handle = words.find((w) => /^[\p{L}_][\p{L}\p{N}_.-]*\d[\p{L}\p{N}_]*$/u.test(w) || /^@\w+$/.test(w));
    return handle ? { speaker: handle.replace(/[.,]$/, ''), role: null, anonymous: false } : NOT_THIS;
  }

  /** "a source", "officials", "people familiar with the matter". */
  private unnamedSourcePart({ lower }: Phrase): Who | null | typeof NOT_THIS {
    const head = lower[0];
    if (ANONYMOUS_HEAD.has(head) && !DETERMINERS.has(head)) return ANONYMOUS;
    if (/^(?:sources?|officials?|insiders?|people|analysts|experts)$/.test(head)) return ANONYMOUS;
    return NOT_THIS;
  }

  /** "the company", "the statement", "the doctors", "the actress": an actor named earlier, found by its kind. */
  private describedPart(ph: Phrase): Who | null | typeof NOT_THIS {
    const { lower, p, at } = ph;
    const head = lower[0];
    const noun = lower[lower.length - 1];
    if (this.descriptive(ph)) return this.pronouns.pronoun(null, p, at);
    if (!DETERMINERS.has(head) && !/^(?:this|that|its|their|his|her)$/.test(head)) return NOT_THIS;
    if (ORG_NOUNS.has(noun)) {
      const org = this.ctx.book.orgBefore(p, at, GENERIC_ORG_NOUNS.has(noun) ? lower.slice(1, -1) : lower.slice(1));
      return org ? { speaker: this.ctx.book.speaker(org), role: null, anonymous: false } : null;
    }
    if (DOCUMENT_NOUNS.has(noun)) return this.issuerOf(noun, lower, p, at);
    if (GROUP_NOUNS_EN.has(noun)) {
      const alike = [noun, ...(GROUP_SYNONYMS_EN[noun] ?? [])];
      const group = this.ctx.book.lastBefore(
        p,
        at,
        (n) =>
          n
            .toLowerCase()
            .split(/\s+/)
            .some((t) => alike.includes(t)),
        GROUP_REACH,
      );
      return group ? { speaker: this.ctx.book.speaker(group), role: null, anonymous: false } : null;
    }
    if (PERSON_NOUNS.has(noun) || FEMALE_NOUNS.has(noun) || MALE_NOUNS.has(noun)) {
      const g: Gender = FEMALE_NOUNS.has(noun) ? 'f' : MALE_NOUNS.has(noun) ? 'm' : null;
      return this.pronouns.pronoun(g, p, at);
    }
    return NOT_THIS;
  }

  /** "the statement continued": the statement just quoted, else whoever issued one nearby. */
  private issuerOf(noun: string, lower: string[], p: number, at: number): Who | null {
    if (
      this.ctx.last?.who.speaker &&
      this.ctx.book.isOrg(this.ctx.last.who.speaker) &&
      this.ctx.last.paragraph >= p - 1
    )
      return this.ctx.last.who;
    const issuer = this.antecedents.nearWord(
      p,
      at,
      new RegExp(`\\b${noun}\\b`, 'i'),
      (n) => this.ctx.book.isOrg(n),
      true,
    );
    if (issuer) return { speaker: issuer, role: null, anonymous: false };
    const org = this.ctx.book.orgBefore(p, at, lower.slice(1, -1));
    return org ? { speaker: this.ctx.book.speaker(org), role: null, anonymous: false } : null;
  }

  /** "una fuente de los servicios", "une source du ministère": the body the source belongs to, or null. */
  private sourceBody(text: string, p: number): Who | null {
    const m = SOURCE_OF.exec(text);
    if (!m) return null;
    const rest = m[1].trim().split(/\s+/);
    while (rest.length > 1 && CLITICS.has(rest[rest.length - 1].toLowerCase())) rest.pop();
    const phrase = rest.join(' ');
    const run = nameRuns(phrase)[0];
    if (run && run.start === 0 && !this.ctx.book.commonWord(run.text))
      return { speaker: this.ctx.book.speaker(run.text), role: null, anonymous: false };
    // a group the article names in lower case: its fullest earlier form ("servicios de inteligencia")
    const head = rest[0];
    if (rest.length !== 1 || !/^\p{Ll}{4,}$/u.test(head)) return null;
    const fuller = new RegExp(`(?<![\\p{L}])${head}\\s+(?:de|da|do|des|du)\\s+(\\p{Ll}{4,})(?![\\p{L}])`, 'u');
    for (let q = 0; q <= p; q++) {
      const hit = fuller.exec(this.ctx.masked[q]);
      if (hit) return { speaker: hit[0].replace(/\s+/g, ' '), role: null, anonymous: false };
    }
    return null;
  }

  /** "le ministre des Affaires étrangères", "the foreign minister": a job, and no name but one hanging off a preposition. */
  private roleOnly(np: string): boolean {
    const words = np.trim().split(/\s+/);
    const lower = words.map((w) => w.toLowerCase());
    let k = DETERMINERS.has(lower[0]) || lower[0] === "l'" || lower[0] === 'the' ? 1 : 0;
    if (lower[0].startsWith("l'") || lower[0].startsWith('l’')) k = 0;
    const noun = lower[k]?.replace(/^l['’]/, '');
    if (!noun || !PERSON_NOUNS.has(noun) || /^\p{Lu}/u.test(words[k].replace(/^l['’]/i, ''))) return false;
    const rest = words.slice(k + 1);
    return (
      !rest.length || PREPOSITIONS.has(rest[0].toLowerCase()) || /^(?:des|du|de|d['’])/.test(rest[0].toLowerCase())
    );
  }
}
