// Names in the reporter's own words (quotes masked out): capitalised runs, the titles in front
// of them, the roles set beside them, and who is a person of which gender. This is what lets
// "Kaplan" become "Joel Kaplan", "he" become the last man named, and "Meta's Global Policy Chief
// Joel Kaplan" split into a role and a name.
import type { EntityIndex } from '../entities';

export interface NameRun {
  start: number;
  end: number;
  text: string;
  /** The run ended in a possessive ("Meta's"). */
  possessive: boolean;
}

const CONNECTORS = new Set(['de', 'van', 'von', 'der', 'da', 'di', 'del', 'la', 'le', 'dos', 'das', 'du', 'bin', 'al', 'ibn', 'of', 'for', 'y', 'e', 'den', 'ten', 'ter']);
const STOP = new Set(
  ('The A An And But Or If In On At For With From By As Of To After Before When While Since Although Though Despite During ' +
    'Under Over This That These Those There Their They Then He She It Its We I You His Her Our My Your Meanwhile However Still ' +
    'Yet Also So Now Today Yesterday Tomorrow Last Next Earlier Later Asked Speaking According Because Even Instead Like Unlike ' +
    'Both Each Every Some Many Most Other Another Such What Which Who Whom Whose Where Why How Here Not No Yes Only Just Why ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September ' +
    'October November December Mr Mrs Ms Miss Dr Prof El La Los Las Le Les Un Une Une Des Der Die Das Ein Eine Und Et Y Il ' +
    'Elle Ele Ela Ich Er Sie Wir Se Na Ve V A Po Při Для Он Она Это Но Но И В На Por Para Con Sin Em Com Pour Avec Dans Sur Mais ' +
    'Cuando Quando Lorsque Als Wenn Aber Oder Según Segundo Selon Laut Podle Ale Však Как Что Tras Após Après Nach Who')
    .split(' '),
);

// Words of a title or office in front of a name; the name is what follows the last of them.
const TITLE_WORDS = new Set(
  ('president vice-president president-elect senator sen sen. rep rep. representative gov gov. governor minister prime secretary ' +
    'chancellor judge justice chief director ceo cfo coo cto chairman chairwoman chair commissioner mayor dr dr. mr mr. mrs mrs. ' +
    'ms ms. miss mx prof prof. professor general gen gen. lt lt. col col. capt capt. sgt sgt. officer detective sheriff spokesperson ' +
    'spokesman spokeswoman ambassador speaker leader deputy vice executive founder co-founder cofounder coach manager pope king ' +
    'queen prince princess rabbi rev rev. reverend father bishop cardinal lord lady sir dame attorney counsel analyst economist ' +
    'head congressman congresswoman councilman councilwoman councilmember assemblyman assemblywoman superintendent inspector ' +
    'commander admiral marshal lawyer premier filmmaker actress actor singer producer writer author player striker midfielder ' +
    'forward defender goalkeeper star boss editor researcher scientist doctor nurse chef pastor imam captain sergeant lieutenant ' +
    'colonel major corporal private trooper agent partner principal dean provost chairperson treasurer comptroller auditor ' +
    'ministre président présidente ministro ministra presidente senador senadora diputado diputada alcalde alcaldesa gobernador ' +
    'gobernadora secretario secretaria jefe jefa portavoz sr sr. sra sra. don doña herr frau bundeskanzler kanzler kanzlerin ' +
    'předseda předsedkyně ministr ministryně premiér prezident prezidentka mluvčí trenér útočník záložník obránce brankář ' +
    'президент министр глава премьер-министр спикер депутат губернатор мэр u.s. us federal state national former acting interim ' +
    'senior assistant associate managing general global policy democratic republican house white')
    .split(' '),
);

const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'mx.', 'sr', 'sr.', 'sra', 'sra.', 'herr', 'frau', 'm.', 'mme', 'mme.']);
const FEMALE_HONORIFICS = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'sra', 'sra.', 'frau', 'mme', 'mme.', 'dame', 'lady', 'queen', 'princess']);
const MALE_HONORIFICS = new Set(['mr', 'mr.', 'sr', 'sr.', 'herr', 'sir', 'lord', 'king', 'prince', 'm.']);
const KEEP_DOT = new Set(['jr.', 'sr.', 'inc.', 'co.', 'corp.', 'ltd.', 'st.', 'dr.', 'mr.', 'mrs.', 'ms.']);

const ORG_WORDS = new Set(
  ('inc inc. corp corp. co co. ltd ltd. llc plc group company ministry department university college school association council ' +
    'agency party committee commission court bank union police office service league club center centre network records ' +
    'productions foundation institute news times post journal press media studios pictures records label government ' +
    'administration senate house congress parliament assembly board authority organization organisation federation ' +
    'coalition alliance campaign fund trust hospital clinic church army navy force forces corporation holdings partners ' +
    'capital ventures labs technologies systems airlines motors bureau project control doctors lawyers physicians ' +
    'nations ministerio gobierno ministère ministerium vláda ministerstvo министерство')
    .split(' '),
);

const WORD = /[\p{Lu}][\p{L}\p{M}\p{N}'’.\-]*/uy;

/** Capitalised word runs in text[from, to), each possibly joined by one name particle ("de", "van"). */
export function nameRuns(text: string, from = 0, to = text.length): NameRun[] {
  const runs: NameRun[] = [];
  let i = from;
  while (i < to) {
    const ch = text[i];
    if (!/\p{Lu}/u.test(ch) || (i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1]))) {
      i++;
      continue;
    }
    let end = i;
    let j = i;
    const words: [number, number][] = [];
    for (;;) {
      WORD.lastIndex = j;
      const m = WORD.exec(text);
      if (!m || j >= to) break;
      words.push([j, Math.min(j + m[0].length, to)]);
      end = Math.min(j + m[0].length, to);
      // a possessive or a comma ends the run
      if (/['’]s$/.test(m[0])) break;
      let k = end;
      if (text[k] !== ' ') break;
      k++;
      const conn = /^[\p{Ll}]+ /u.exec(text.slice(k, k + 5));
      if (conn && CONNECTORS.has(conn[0].trim())) k += conn[0].length;
      if (k >= to || !/\p{Lu}/u.test(text[k])) break;
      j = k;
    }
    i = Math.max(end, i + 1);
    // drop sentence-initial function words and dangling dots
    let w = 0;
    while (w < words.length && STOP.has(text.slice(words[w][0], words[w][1]).replace(/[.'’]+$/, ''))) w++;
    if (w >= words.length) continue;
    const s = words[w][0];
    let e = end;
    let t = text.slice(s, e);
    let possessive = false;
    if (/['’]s$/.test(t)) {
      t = t.slice(0, -2);
      e -= 2;
      possessive = true;
    }
    while (/[.'’\-]$/.test(t) && !KEEP_DOT.has(t.split(' ').at(-1)!.toLowerCase()) && !/(?:^|\s|\.)\p{Lu}\.$/u.test(t)) {
      t = t.slice(0, -1);
      e--;
    }
    if (t.length < 2) continue;
    runs.push({ start: s, end: e, text: t, possessive });
  }
  return runs;
}

export interface TitledName {
  /** The person or organization itself, titles removed; '' when the run is only a title. */
  name: string;
  /** The office in front of the name ("Meta's Global Policy Chief"), or null. */
  title: string | null;
  /** Gender an honorific gives away. */
  gender: Gender;
}

export type Gender = 'm' | 'f' | null;

/** "U.S. Attorney James Kennedy Jr." → title "U.S. Attorney", name "James Kennedy Jr.". */
export function splitTitle(run: string): TitledName {
  const words = run.split(/\s+/);
  let cut = -1;
  let gender: Gender = null;
  for (let k = 0; k < words.length - 1; k++) {
    const w = words[k].toLowerCase();
    if (TITLE_WORDS.has(w) || TITLE_WORDS.has(w.replace(/\.$/, '')) || /['’]s$/.test(w) || HONORIFICS.has(w)) cut = k;
    if (FEMALE_HONORIFICS.has(w)) gender = 'f';
    if (MALE_HONORIFICS.has(w)) gender = 'm';
  }
  // the last word alone can be a title only when nothing follows ("the Prime Minister")
  const lastWord = words[words.length - 1].toLowerCase();
  if (TITLE_WORDS.has(lastWord) || TITLE_WORDS.has(lastWord.replace(/\.$/, ''))) return { name: '', title: run, gender };
  if (cut < 0) return { name: run, title: null, gender };
  // a run that is an organization's name ("Department of Justice") has no title in it
  if (words.slice(cut + 1).some((w) => ORG_WORDS.has(w.toLowerCase())) && !/['’]s$/.test(words[cut])) return { name: run, title: null, gender };
  const titleWords = words.slice(0, cut + 1);
  const onlyHonorific = titleWords.every((w) => HONORIFICS.has(w.toLowerCase()));
  return { name: words.slice(cut + 1).join(' '), title: onlyHonorific ? null : titleWords.join(' '), gender };
}

export function looksLikeOrg(name: string): boolean {
  return name.split(/\s+/).some((w) => ORG_WORDS.has(w.toLowerCase()));
}

const tokensOf = (s: string) => s.toLowerCase().replace(/['’]s\b/g, '').split(/[\s.]+/).filter((t) => t && !HONORIFICS.has(t) && !HONORIFICS.has(t + '.'));

export interface Mention {
  paragraph: number;
  at: number;
  name: string;
}

/**
 * Every name the reporter uses outside quotes, with the fullest form, kind, gender and role the
 * article gives each. Built once per article.
 */
export class NameBook {
  /** Canonical name → how many times a run names it. */
  private counts = new Map<string, number>();
  private genderVotes = new Map<string, number>();
  private roles = new Map<string, string>();
  private persons = new Set<string>();
  readonly mentions: Mention[] = [];

  constructor(
    private masked: string[],
    private entities: EntityIndex,
    private pronouns: { male: Set<string>; female: Set<string> },
  ) {
    const found: { paragraph: number; run: NameRun; titled: TitledName }[] = [];
    masked.forEach((text, paragraph) => {
      for (const run of nameRuns(text)) {
        const titled = splitTitle(run.text);
        if (!titled.name) continue;
        found.push({ paragraph, run, titled });
        this.counts.set(titled.name, (this.counts.get(titled.name) ?? 0) + 1);
      }
    });
    found.forEach(({ paragraph, run, titled }, idx) => {
      const name = this.canonical(titled.name);
      this.mentions.push({ paragraph, at: run.start, name });
      if (titled.gender) this.vote(name, titled.gender === 'f' ? -3 : 3);
      if (titled.title) {
        this.persons.add(name);
        if (!this.roles.has(name) && !titled.title.split(/\s+/).every((w) => HONORIFICS.has(w.toLowerCase()))) this.roles.set(name, titled.title);
      }
      const text = masked[paragraph];
      // "Joel Kaplan, Meta's Global Policy Chief," → a role set beside the name
      if (!this.roles.has(name) && text[run.end] === ',' && !run.possessive) {
        const m = /^,\s+((?:a|an|the|\p{Lu}[\p{L}.'’-]*)\s[^,.;:()]{2,80}?)(?=,|\.\s|\.$|;|\)|$)/u.exec(text.slice(run.end, run.end + 100));
        if (m && isRolePhrase(m[1])) this.roles.set(name, m[1].trim());
      }
      // the first he/she after a name, before any other name, votes for its gender
      const nextRun = found[idx + 1]?.paragraph === paragraph ? found[idx + 1] : undefined;
      const stop = Math.min(nextRun ? nextRun.run.start : text.length, run.end + 160);
      const pm = /\b(\p{L}+)\b/gu;
      const window = text.slice(run.end, stop);
      for (const w of window.matchAll(pm)) {
        const lw = w[1].toLowerCase();
        if (this.pronouns.male.has(lw)) {
          this.vote(name, 1);
          break;
        }
        if (this.pronouns.female.has(lw)) {
          this.vote(name, -1);
          break;
        }
      }
    });
    for (const e of entities.entities) if (e.kind === 'person') this.persons.add(this.canonical(e.name));
  }

  private vote(name: string, v: number) {
    this.genderVotes.set(name, (this.genderVotes.get(name) ?? 0) + v);
    this.persons.add(name);
  }

  gender(name: string): Gender {
    const v = this.genderVotes.get(name) ?? 0;
    return v > 0 ? 'm' : v < 0 ? 'f' : null;
  }

  isPerson(name: string): boolean {
    if (looksLikeOrg(name)) return false;
    return this.persons.has(name) || this.entities.resolve(name)?.kind === 'person';
  }

  markPerson(name: string) {
    if (!looksLikeOrg(name)) this.persons.add(name);
  }

  isOrg(name: string): boolean {
    if (looksLikeOrg(name)) return true;
    const e = this.entities.resolve(name);
    if (e) return e.kind === 'organization' || e.kind === 'government' || e.kind === 'group';
    return !this.persons.has(name);
  }

  roleOf(name: string): string | null {
    return this.roles.get(name) ?? this.entities.resolve(name)?.role ?? null;
  }

  /** The fullest form the article uses for a name: "Kaplan" → "Joel Kaplan". */
  canonical(name: string): string {
    const clean = splitTitle(name.replace(/['’]s$/, '')).name || name;
    const want = tokensOf(clean);
    if (!want.length) return clean;
    let best = clean;
    let bestLen = want.length;
    const consider = (cand: string) => {
      const c = splitTitle(cand).name || cand;
      const have = tokensOf(c);
      if (have.length <= bestLen || have.length > 5) return;
      // the short form must be the surname, the first name, or a run of the long one's words
      const last = have[have.length - 1];
      const lastWant = want[want.length - 1];
      const fits = want.every((t) => have.includes(t)) && (have.includes(lastWant) && (last === lastWant || have[0] === want[0] || /^(jr|sr|ii|iii)$/.test(last)));
      if (!fits) return;
      best = c;
      bestLen = have.length;
    };
    const e = this.entities.resolve(clean);
    if (e) {
      consider(e.name);
      for (const a of e.aliases) consider(a);
    }
    for (const cand of this.counts.keys()) consider(cand);
    return best;
  }

  /** The most recent mention before (paragraph, at) that passes the test, within a few paragraphs. */
  lastBefore(paragraph: number, at: number, test: (name: string) => boolean, reach = 4): string | null {
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const m = this.mentions[k];
      if (m.paragraph > paragraph || (m.paragraph === paragraph && m.at >= at)) continue;
      if (m.paragraph < paragraph - reach) return null;
      if (test(m.name)) return m.name;
    }
    return null;
  }
}

const ROLE_STOP = /^(?:who|which|that|whose|when|where|after|before|while|in|on|at|during|speaking|according|adding|saying|noting|citing|as|with|told|said|says|and|but|for|from|to|by)\b/i;

/** An appositive that names an office or a description, not a clause. */
export function isRolePhrase(s: string): boolean {
  const t = s.trim();
  if (!t || ROLE_STOP.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 14) return false;
  // a clause has a verb of its own; roles rarely do
  if (/\b(?:said|says|is|was|were|are|has|had|have|told|will|would)\b/i.test(t)) return false;
  return true;
}
