// findPositions: what each central stakeholder holds, said, demands or decided, backed by
// verbatim sentences of the article. A sentence is evidence for an actor when the actor is the
// one speaking or acting in it ("X said that…", "X declined to…", "…, X said"), when it holds a
// quote of theirs, or when it follows such a sentence and speaks of them as "he", "she" or
// "the company". The one-line text is a slice of the first evidence, never new words.
import type { Position, Quote, Stakeholder, TextPosition } from './types';
import type { Sentence } from './text/sentences';
import type { Entity, EntityIndex, Mention } from './entities';
import { PASSIVE_AGENT_INTL, STANCE_VERBS } from './entities/lexicon';
import { actsAfter, actsBefore } from './entities/predicate';
import { letterRuns } from './text/letters';
import { charsOrSpace, trimEndWhere } from './text/trim';

const MAX_EVIDENCE = 3;

// single verbs by set look-up (a 300-way alternation is slow to run), the few phrases by a small pattern
const STANCE_WORDS = new Set(
  STANCE_VERBS.split('|')
    .filter((v) => !v.includes(' '))
    .flatMap((v) => (v.includes('?') ? [v.replace(/u\?/, ''), v.replace(/u\?/, 'u')] : [v])),
);
const STANCE_MULTI = new RegExp(`(?:^|[^\\p{L}])(?:${STANCE_VERBS.split('|').filter((v) => v.includes(' ')).join('|')})(?![\\p{L}])`, 'u');
const hasStanceVerb = (text: string): boolean => {
  const runs = letterRuns(text);
  for (let k = 0; k < runs.length; k += 2) if (STANCE_WORDS.has(text.slice(runs[k], runs[k + 1]).toLowerCase())) return true;
  return STANCE_MULTI.test(text);
};
const STANCE_PHRASE = /\b(?:according to|in a statement|in a (?:letter|memo|post|tweet|filing|report)|declined to comment|did not respond|has not commented)\b/i;
const PRONOUN_START = /^(?:["“”‘’«»]\s*)?(?:But |And |Yet |Still |However, )?(?:(He|She|They|It|The (?:company|firm|group|agency|ministry|department|organization|organisation|party|government|administration|commission|court|bank|network|label|retailer|chain|club|team|union))\b)/;
const CLAUSE_START = /^(?:\p{Ll}|(?:The|A|An|It|He|She|They|We|I|Its|This|That|These|Those|There|Their|His|Her|Our)\b)/u;
const NOT_A_CLAUSE = /^(?:in|on|at|after|before|during|to|of|from|with|for|while|as|by|about|when|through)\s/i;
const QUOTE_MARK = /["“”«»„]/;
const LEADING_JOINERS = /^(?:(?:But|And|Yet|Still|However|Meanwhile|Instead|Moreover|Also|So),?\s+)/;
// the reported clause: "X said (on Friday) (that) …", "X argues that …"
const THAT_CLAUSE =
  /\b(?:said|says|argued|argues|warned|warns|believes|believed|claimed|claims|insisted|insists|noted|notes|added|adds|stated|states|explained|explains|contends|contended|maintains|maintained|acknowledged|acknowledges|admitted|admits|stressed|stresses|wrote|writes|told (?:[\p{L}’']+ ){1,2})\s*(?:(?:on |last )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today) |in a [\p{L} ]{1,30} )?(?:that\s+)?([^“”"«»].{11,})$/u;

export function findPositions(sentences: Sentence[], stakeholders: Stakeholder[], entities?: EntityIndex, quotes: Quote[] = [], lang: string | null = null): Position[] {
  // the verb lists are mostly English: elsewhere a name opening its sentence before a lower-case word is its subject
  const english = !lang || lang.toLowerCase().startsWith('en');
  const central = stakeholders.filter((s) => s.central);
  if (!central.length) return [];
  const entityOf = new Map<string, Stakeholder>();
  const holders = new Map<Entity, Stakeholder>();
  for (const s of central) {
    entityOf.set(s.name, s);
    const e = entities?.entities.find((x) => x.name === s.name) ?? entities?.resolve(s.name) ?? s.aliases.map((a) => entities?.resolve(a)).find(Boolean) ?? null;
    if (e) holders.set(e, s);
  }
  // strength: 4 speaks, 3 is quoted, 2 acts, 1 "he"/"the company" after that, 0 named where a stance is reported
  const evidence = new Map<Stakeholder, { sentence: Sentence; strength: number }[]>();
  const leanings = new Map<Stakeholder, string[]>();
  const add = (s: Stakeholder, sentence: Sentence, strength: number) => {
    const list = evidence.get(s) ?? [];
    const had = list.find((x) => x.sentence === sentence);
    if (had) had.strength = Math.max(had.strength, strength);
    else list.push({ sentence, strength });
    evidence.set(s, list);
  };
  const quotesIn = new Map<number, Quote[]>();
  for (const q of quotes) if (q.speaker) quotesIn.set(q.position.paragraph, [...(quotesIn.get(q.position.paragraph) ?? []), q]);

  let previous: { sentence: Sentence; holder: Stakeholder } | null = null;
  const fallback = new Map<Stakeholder, Sentence>();
  for (const sentence of sentences) {
    const inside = mentionsWithin(entities, sentence).filter((m) => holders.has(m.entity));
    const text = sentence.text;
    let holderHere: Stakeholder | null = null;
    // quotes of theirs that stand in this sentence
    for (const q of quotesIn.get(sentence.paragraph) ?? []) {
      // a quote of several sentences counts where it opens
      if (q.position.start < sentence.start || q.position.start >= sentence.end) continue;
      const e = entities?.resolve(q.speaker!);
      const s = entityOf.get(q.speaker!) ?? (e ? holders.get(e) : undefined);
      if (s) {
        add(s, sentence, 3);
        holderHere ??= s;
      }
    }
    // read for stance verbs only when an answer is needed (an actor is named, or a pronoun could
    // stand for one): most sentences never ask, and the word scan is the costliest test here
    let stance: boolean | undefined;
    const hasStance = () => (stance ??= hasStanceVerb(text) || STANCE_PHRASE.test(text));
    // a sentence that is a quoted speaker's own words speaks for no one else
    const quoted = (quotesIn.get(sentence.paragraph) ?? []).some((q) => sentence.start >= q.position.start - 2 && sentence.start < q.position.end);
    {
      for (const m of inside) {
        const s = holders.get(m.entity)!;
        const after = sentenceText(sentence, m.end);
        const before = sentenceBefore(sentence, m.start);
        const opens = !english && !quoted && m.start - sentence.start <= AROUND_NAME && /^\s*$/.test(before) && /^\s+\p{Ll}/u.test(after);
        const agency = Math.max(actsAfter(after), actsBefore(before), /^[,;]?\s*(?:according to|in a statement)/i.test(after) ? 2 : 0, PASSIVE_AGENT_INTL.test(before.slice(-40)) || opens ? 1 : 0);
        if (agency) {
          add(s, sentence, agency === 2 ? 4 : 2);
          holderHere ??= s;
          leanings.set(s, [...(leanings.get(s) ?? []), after.slice(0, 90)]);
        }
      }
      // "He said…", "The company declined…": the actor of the sentence before
      if (!holderHere && previous && PRONOUN_START.test(text) && hasStance() && sentence.paragraph - previous.sentence.paragraph <= 1) {
        const pronoun = PRONOUN_START.exec(text)![1];
        const fits = /^(?:He|She)$/.test(pronoun) ? previous.holder.kind === 'person' : pronoun === 'They' ? true : previous.holder.kind !== 'person';
        if (fits) {
          add(previous.holder, sentence, 1);
          holderHere = previous.holder;
        }
      }
    }
    // weakest: the actor named in a sentence that reports a stance or a decision
    // (not in a sentence that already speaks for someone else)
    // nor in a sentence that is a quoted speaker's own words
    if (!holderHere && !quoted && inside.length && (hasStance() || QUOTE_MARK.test(text))) for (const m of inside) if (!fallback.has(holders.get(m.entity)!)) fallback.set(holders.get(m.entity)!, sentence);
    if (holderHere) previous = { sentence, holder: holderHere };
    else if (inside.length) previous = null;
  }
  for (const [s, sentence] of fallback) if (!evidence.has(s)) add(s, sentence, 0);

  const positions: Position[] = [];
  for (const s of central) {
    const found = evidence.get(s);
    if (!found?.length) continue;
    // strongest first for the summary line, article order for the evidence list
    const chosen = [...found].sort((a, b) => b.strength - a.strength || order(a.sentence) - order(b.sentence)).slice(0, MAX_EVIDENCE);
    const lead = chosen[0].sentence;
    chosen.sort((a, b) => order(a.sentence) - order(b.sentence));
    positions.push({
      holder: s.name,
      text: summaryLine(lead.text),
      evidence: chosen.map((c) => c.sentence.text),
      evidencePositions: chosen.map((c): TextPosition => ({ paragraph: c.sentence.paragraph, start: c.sentence.start, end: c.sentence.end })),
      side: null,
    });
  }
  assignSides(positions, positions.map((p) => leanings.get(entityOf.get(p.holder)!) ?? []));
  return positions;
}

const order = (s: Sentence) => s.paragraph * 1e6 + s.start;

function mentionsWithin(entities: EntityIndex | undefined, sentence: Sentence): Mention[] {
  if (!entities) return [];
  // the paragraph's mentions are sorted by start: find the sentence's first one, not filter them
  // all for each sentence (a paragraph of 5,000 "X said." sentences asked 25 million times)
  const all = entities.mentionsIn(sentence.paragraph);
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].start < sentence.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let k = lo; k < all.length && all[k].start < sentence.end; k++) if (all[k].end <= sentence.end) out.push(all[k]);
  return out;
}

/**
 * How far around a name its sentence is read for the verb that makes it act: the patterns of
 * predicate.ts look a few words each way. Bounded, so a sentence naming thousands of actors is
 * not read whole once per name.
 */
const AROUND_NAME = 400;
/** The sentence's text after an offset of its paragraph. */
const sentenceText = (s: Sentence, paragraphOffset: number) => {
  const from = Math.max(0, paragraphOffset - s.start);
  return s.text.slice(from, from + AROUND_NAME);
};
const sentenceBefore = (s: Sentence, paragraphOffset: number) => {
  const to = Math.max(0, paragraphOffset - s.start);
  return s.text.slice(Math.max(0, to - AROUND_NAME), to);
};

const SUMMARY_READ = 1200;

/** One line from the evidence: the clause after "said that" when there is one, else the sentence. */
export function summaryLine(sentence: string): string {
  // the line shows at most 240 characters: past a few times that, no sentence a reader would
  // call one (a pasted list, a page without full stops) needs reading for its clause
  let line = sentence.slice(0, SUMMARY_READ).replace(DATELINE, '').replace(LEADING_JOINERS, '');
  // a quotation the sentence splitter cut open ("… its own cost: “Other ports are bidding."):
  // the reporter's words before the mark, when they say enough on their own
  const open = unclosedMark(line);
  if (open > 0 && line.slice(0, open).trim().split(/\s+/).length >= 6) line = line.slice(0, open);
  const clause = THAT_CLAUSE.exec(line);
  // the clause a speaker said, not the speaker's name after "said" ("…,” said Martin Indyk, …"),
  // nor what follows the attribution of a quotation ("…,” she said in a statement.")
  const attribution = clause && /["”]/.test(line.slice(0, clause.index));
  if (clause && !attribution && CLAUSE_START.test(clause[1]) && !NOT_A_CLAUSE.test(clause[1]) && clause[1].split(/\s+/).length >= 4) line = clause[1];
  line = trimEndWhere(line, charsOrSpace(',;:'));
  if (line.length > 240) {
    const cut = line.lastIndexOf(' ', 237);
    line = line.slice(0, cut > 120 ? cut : 237) + '…';
  }
  return line;
}

/** "PORT HALDEN — ", "WASHINGTON (AP) — ": the dateline that opens a story is not the actor's stance. */
const DATELINE = /^\p{Lu}[\p{Lu}\p{M} .,'’-]{1,40}(?:\s*\([^)]{1,20}\))?\s+[—–-]{1,2}\s+/u;

/** Offset of an opening double mark the line never closes, or -1. */
function unclosedMark(line: string): number {
  let open = -1;
  let opener = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (open >= 0 && (ch === '”' || ch === '»' || (ch === '“' && opener === '„'))) open = -1;
    else if (open < 0 && (ch === '“' || ch === '«' || ch === '„')) [open, opener] = [i, ch];
  }
  return open;
}

const FOR = /^\W*(?:\S+\s+){0,3}?(?:support(?:s|ed)?|back(?:s|ed)?|welcome[sd]?|prais(?:e|es|ed)|endorse[sd]?|favou?r(?:s|ed)?|approve[sd]?|defend(?:s|ed)?|push(?:es|ed)? for|call(?:s|ed)? for|urge[sd]?)\b/i;
const AGAINST = /^\W*(?:\S+\s+){0,3}?(?:oppose[sd]?|critici[sz](?:e|es|ed)|reject(?:s|ed)?|condemn(?:s|ed)?|den(?:y|ies|ied)|refuse[sd]?|decline[sd]?|block(?:s|ed)?|accuse[sd]?|slam(?:s|med)?|attack(?:s|ed)?|object(?:s|ed)? to|against|dispute[sd]?|blame[sd]?)\b/i;

/**
 * When the article sets actors for and against something, label the two camps. Only what
 * follows the actor's own name counts ("X opposes…", "Y welcomed…"), and both camps need members.
 */
function assignSides(positions: Position[], leanings: string[][]) {
  const lean = leanings.map((texts) => {
    const f = texts.filter((t) => FOR.test(t)).length;
    const a = texts.filter((t) => AGAINST.test(t)).length;
    return f > a ? 'for' : a > f ? 'against' : null;
  });
  if (!lean.includes('for') || !lean.includes('against') || lean.filter(Boolean).length < 2) return;
  positions.forEach((p, i) => {
    p.side = lean[i] === 'for' ? 'in favour' : lean[i] === 'against' ? 'against' : null;
  });
}
