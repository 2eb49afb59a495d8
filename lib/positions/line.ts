// The line shown for a position: the reported clause of its strongest sentence, verbatim.
import { charsOrSpace, trimEndWhere } from '../text/trim';

const CLAUSE_START =
  /^(?:\p{Ll}|(?:The|A|An|It|He|She|They|We|I|Its|This|That|These|Those|There|Their|His|Her|Our)\b)/u;
/** "told <the one told> that <clause>": the addressee in a few words, then the clause (groups as THAT_CLAUSE's). */
const TOLD_THAT = /\btold (?:[^\s,;:“”"«»]+ ){1,8}?(that) ([^“”"«»].{11,})$/u;
/**
 * Verbs after which a clause may follow without "that" ("said the yard will close"); after the
 * others an object does ("claimed the nomination on Tuesday", "noted the irony"), so only
 * "that" opens what they report.
 */
const BARE_CLAUSE_VERB =
  /^(?:said|says|told|argued|argues|believes|believed|insisted|insists|contends|contended|maintains|maintained)\b/;
/** The words a clause's subject opens on: a determiner, a pronoun, a number or a name. */
const SUBJECT_START =
  /^(?:\p{Lu}|\d|(?:the|a|an|he|she|it|they|we|i|you|his|her|its|their|our|my|this|that|these|those|there|some|many|most|much|no|none|all|every|each|both|any|few|several|more|fewer|nobody|nothing|everyone)\b)/u;
const NOT_A_CLAUSE =
  /^(?:in|on|at|after|before|during|to|of|from|with|for|while|as|by|about|when|through|against|over|into|upon|without|among|between|despite|like|than|until|since|via|toward|towards|under|behind|around|across|beyond)\s/i;
const LEADING_JOINERS = /^(?:(?:But|And|Yet|Still|However|Meanwhile|Instead|Moreover|Also|So),?\s+)/;
// the reported clause: "X said (on Friday) (that) …", "X argues that …"
const THAT_CLAUSE =
  /\b(?:said|says|argued|argues|warned|warns|believes|believed|claimed|claims|insisted|insists|noted|notes|added|adds|stated|states|explained|explains|contends|contended|maintains|maintained|acknowledged|acknowledges|admitted|admits|stressed|stresses|wrote|writes|told (?:[\p{L}’']+ ){1,2})\s*(?:(?:on |last )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today) |in a [\p{L} ]{1,30} )?(?:(that)\s+)?([^“”"«»].{11,})$/u;

/** How much of a sentence is read for its clause. */
const SUMMARY_READ = 1200;
/** The longest line shown, in characters, and the shortest a cut at a space may leave. */
const LINE_CHARS = 240;
const LINE_MIN_AT_CUT = 120;
/** Words the reporter must write before a cut-open quotation for them to stand as the line. */
const WORDS_BEFORE_OPEN_MARK = 6;
/** Words the reported clause needs to be a stance and not a fragment. */
const CLAUSE_MIN_WORDS = 4;

/** One line from the evidence: the clause after "said that" when there is one, else the sentence. */
export function summaryLine(sentence: string): string {
  // the line shows at most 240 characters: past a few times that, no sentence a reader would
  // call one (a pasted list, a page without full stops) needs reading for its clause
  let line = sentence.slice(0, SUMMARY_READ).replace(DATELINE, '').replace(LEADING_JOINERS, '');
  // a quotation the sentence splitter cut open ("… its own cost: “Other ports are bidding."):
  // the reporter's words before the mark, when they say enough on their own
  const open = unclosedMark(line);
  if (open > 0 && line.slice(0, open).trim().split(/\s+/).length >= WORDS_BEFORE_OPEN_MARK) line = line.slice(0, open);
  line = reportedClause(line) ?? line;
  line = trimEndWhere(line, charsOrSpace(',;:'));
  if (line.length > LINE_CHARS) {
    const cut = line.lastIndexOf(' ', LINE_CHARS - 3);
    line = line.slice(0, cut > LINE_MIN_AT_CUT ? cut : LINE_CHARS - 3) + '…';
  }
  return line;
}

/**
 * The clause a sentence reports after its verb of speech ("X said (on Friday) (that) <clause>",
 * "told reporters <clause>"), or null when the verb takes an object or a quotation's attribution.
 */
export function reportedClause(line: string): string | null {
  // "told a crowd in West Virginia that he expects …": the one told may take several words before "that"
  const clause = TOLD_THAT.exec(line) ?? THAT_CLAUSE.exec(line);
  if (!clause) return null;
  // the clause a speaker said, not the speaker's name after "said" ("…,” said Martin Indyk, …"),
  // nor what follows the attribution of a quotation ("…,” she said in a statement.")
  if (/["”]/.test(line.slice(0, clause.index))) return null;
  // after "told X" without "that", the clause opens on its subject ("told reporters the yard will …"),
  // not on the rest of the one told ("told the television program ''Inside Edition'' …")
  const opens =
    clause[1] || (BARE_CLAUSE_VERB.test(clause[0]) && (!clause[0].startsWith('told') || SUBJECT_START.test(clause[2])));
  return CLAUSE_START.test(clause[2]) &&
    opens &&
    !NOT_A_CLAUSE.test(clause[2]) &&
    clause[2].split(/\s+/).length >= CLAUSE_MIN_WORDS
    ? clause[2]
    : null;
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
