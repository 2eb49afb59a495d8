// The subject of a sentence's verb of speech or action, among the names the sentence holds.
import type { Sentence } from '../text/sentences';
import type { Mention } from '../entities';
import { PASSIVE_AGENT_INTL } from '../entities/lexicon';
import { actsAfter, actsBefore, addressedBefore, possessorOnly, reportedBefore } from '../entities/predicate';
import { AROUND_NAME, sentenceBefore, sentenceText } from './reading';

/** Words after which a name is where or whose, not who: "in Worcester", "David Woodard of Clemson University". */
const COMPLEMENT_BEFORE =
  /(?:^|\s)(?:in|at|from|of|for|with|near|across|inside|outside|into|to|on|about|against|like|than|between|among|under|over|via|toward|towards|around|behind|beside|alongside|without|within|beyond|upon|unlike)\s+(?:the\s+|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Rev|Prof)\.\s+|(?:President|Senator|Governor|Secretary|Justice|Judge|Mayor)\s+)?$/i;
/** The words before a trailing attribution's name: a comma, then at most a verb of speech and a title (", said chief inspector"). */
const TRAILING = /(?:,["”’']?|[?!]["”’'])\s*(?:[\p{Ll}’'-]+\s+){0,4}(?:the\s+|(?:Mr|Mrs|Ms|Dr)\.\s+)?$/u;
/** A quotation inside the words between two names: what it says does not nest the later name. */
const QUOTED_SPAN = /[“"][^“”"]*[”"]/g;
/** A verb of naming and its "by": the agent only names ("as it is called by", "known by"). */
const NAMED_BY = /\b(?:called|known|named|dubbed|nicknamed|referred to|spelled|spelt|pronounced)\s+by\s+(?:the\s+)?$/u;
/** A colon right after a name that opens its sentence, and the words spoken: a transcript's turn. */
const TURN_AFTER = /^:\s+\S/;
/** A sentence that opens on a subordinate clause or a phrase set off by a comma before its subject. */
const FRONTED =
  /^(?:(?:But|And|Yet|So)\s+)?(?:As|While|Although|Though|When|Whenever|If|After|Before|Since|Because|Once|Until|Unless|Whereas|Even as|Even though|Even if|In|During|Amid|Following|With|Without|Unlike|Citing|Speaking|Asked|Reached|Given|Not long after|Despite|In spite of)\s/;
/** The words right before the main clause's subject: a comma, perhaps a title. */
const MAIN_CLAUSE_OPENS = /,\s*(?:(?:the|Mr\.|Mrs\.|Ms\.|Dr\.|Sen\.|Rep\.|Gov\.)\s+)?$/;
/** Between a first actor and a later "X said": the later one speaks inside what the first reported. */
const NESTED_BETWEEN = /\b(?:that|saying|cited|citing|reports?|claims?|as)\b|:/;

// after a clause boundary, an article and a descriptor ("der Plattformbetreiber Flixbus"), or a count ("Environ 400 Français")
const OPENS_CLAUSE =
  /(?:^|[,:;]|^.{0,40}\b(?:der|die|das|le|la|les|el|il|o|a)\s+\p{L}+-?\p{L}*|^(?:\p{L}+\s+)?\d[\d\s.,]*)\s*$/u;
const OPENS_PREDICATE =
  /^(?:\s*,[^,.;:«»“”"]{1,80},)?\s+(?!(?:y|e|et|und|and|o|ou|oder|de|del|des|du|di|da|do|en|em|in|im|à|a|au|zu|von|i|a|ou)\s)\p{Ll}/u;
/** Between two names that share the verb: "Volker and Morrison said". */
const CONJOINED = /^\s*,?\s*(?:and|&|und|et|y|e|a|i)\s+$/;

export interface Subject {
  mention: Mention;
  agency: 1 | 2;
  /** A transcript's turn ("TAPPER: …"): the name is a speaker's label. */
  turn?: boolean;
  after: string;
  partners?: Subject[];
}

/**
 * The subject of the sentence's verb of speech or action: the first name that acts, unless a
 * later name speaks in a trailing attribution ("Velmora will close the yard, Quillon said");
 * a name after a preposition is a complement, and "Carter's press secretary, Peter Cook, told"
 * is Cook's.
 */
export function subjectOf(sentence: Sentence, mentions: Mention[], english: boolean): Subject | null {
  const found: Subject[] = [];
  for (const m of mentions) {
    if (english && inReportedClause(sentence, m)) continue;
    const after = sentenceText(sentence, m.end);
    const before = sentenceBefore(sentence, m.start);
    let speaksBefore = actsBefore(before);
    // "said the United States should refuse …": the subject of what was said, not who said it
    if (speaksBefore === 2 && /^\s+\p{Ll}/u.test(after) && actsAfter(after)) speaksBefore = 0;
    // "Aotearoa, as it is called by Māori": who only names a thing holds nothing in the sentence
    if (NAMED_BY.test(before.slice(-60))) speaksBefore = 0;
    // "told POLITICO she was leaning …": the one told is involved, but the words are the teller's
    if (speaksBefore === 1 && addressedBefore(before)) speaksBefore = 0;
    const complement = english && COMPLEMENT_BEFORE.test(before.slice(-30)) && speaksBefore !== 2;
    // outside English: a name opening its clause ("Desde su arresto, Ocalan transformó", "Ocalan, el líder kurdo, desembarcó") before a lower-case word
    const opens =
      !english && m.start - sentence.start <= AROUND_NAME && OPENS_CLAUSE.test(before) && OPENS_PREDICATE.test(after);
    // "TAPPER: Donald Trump released a video …": a turn in a transcript is its speaker's
    const turn = english && m.start - sentence.start <= 2 && TURN_AFTER.test(after);
    const agency = Math.max(
      turn ? 2 : complement || possessorOnly(after) ? 0 : actsAfter(after),
      speaksBefore,
      /^[,;]?\s*(?:according to|in a statement)/i.test(after) ? 2 : 0,
      PASSIVE_AGENT_INTL.test(before.slice(-40)) || opens ? 1 : 0,
    );
    if (agency) found.push({ mention: m, agency: agency as 1 | 2, after, turn });
  }
  if (!found.length) return null;
  // "As Democrats cobbled together a bill, Schumer said …", "Speaking in Salem, New Hampshire, Trump
  // went after Bush": a name in the clause that opens the sentence is not the main clause's subject
  const main =
    english && FRONTED.test(sentence.text) && found[0].agency !== 2
      ? found.find((f) => MAIN_CLAUSE_OPENS.test(sentenceBefore(sentence, f.mention.start).slice(-12)))
      : undefined;
  let pick = main ?? found[0];
  for (const later of found.slice(found.indexOf(pick) + 1)) {
    if (later.agency !== 2) continue;
    const between = sentence.text.slice(pick.mention.end - sentence.start, later.mention.start - sentence.start);
    // "Carter’s press secretary, Peter Cook, told": the one who speaks for the body
    const possessive = /^['’]s?\s/.test(pick.after);
    if (possessive && pick.mention.entity !== later.mention.entity) pick = later;
    // "Velmora will close the yard, Okoro said", "…, said Okoro": a trailing attribution, set off by a comma
    else if (pick.agency === 1 && !NESTED_BETWEEN.test(between.replace(QUOTED_SPAN, '')) && TRAILING.test(between))
      pick = later;
    if (pick === later) break;
  }
  // "Volker and Morrison said that …": both hold it
  pick.partners = found.filter(
    (f) =>
      f !== pick &&
      f.mention.start >= pick.mention.end &&
      CONJOINED.test(sentence.text.slice(pick.mention.end - sentence.start, f.mention.start - sentence.start)),
  );
  return pick;
}

/**
 * Whether the name stands inside what someone else in the sentence said or decided ("He denied
 * that … Gordon Sondland … formed", "Trump called Clinton …"): it holds nothing there. Not a name
 * that speaks itself ("a charge that Colorado Republican leaders denied", "he said Giuliani
 * believed …"): a report inside a report is still its speaker's; nor the
 * subject of a main clause after a fronted one.
 */
export function inReportedClause(sentence: Sentence, m: Mention): boolean {
  const before = sentenceBefore(sentence, m.start);
  // "After Trump said …, Clinton responded": the subject of the main clause, after the fronted one
  if (FRONTED.test(sentence.text) && MAIN_CLAUSE_OPENS.test(before.slice(-12))) return false;
  return reportedBefore(before) && actsAfter(sentenceText(sentence, m.end)) !== 2;
}
