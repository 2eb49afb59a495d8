// Does the text right after a name make it act? "Meta said", "Alden on Tuesday announced",
// "Han Dong-hoon, the leader of the PPP, urged", "the Trump administration is denying",
// "West Mercia police said". A few words of look-ahead, no parsing.
import { SPEECH_VERBS_EN, verbForms } from '../lang/en';
import { ACTOR_VERBS, TITLE_WORDS } from './lexicon';
import { ROLE_NOUNS } from './roles';

const MODALS = new Set([
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
  'must',
  'can',
  'cannot',
  'shall',
  'did',
  'does',
  'do',
]);
// with the perfect tense's auxiliaries of French, Spanish and Italian ("Meta a annoncé", "el FMI ha dicho", "ha detto")
const AUXILIARIES = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'been',
  'be',
  'a',
  'ont',
  'avait',
  'ha',
  'han',
  'había',
  'hanno',
  'aveva',
]);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been']);
const HAVE = new Set(['has', 'have', 'had']);
const FILLERS = new Set([
  'also',
  'instead',
  'himself',
  'herself',
  'itself',
  'themselves',
  'even',
  'too',
  'not',
  'never',
  'then',
  'now',
  'still',
  'later',
  'previously',
  'recently',
  'already',
  'again',
  'since',
  'just',
  'repeatedly',
  'quickly',
  'swiftly',
  'initially',
  'first',
]);
/** Past participles that describe rather than act ("Amazon-owned", "the Seattle based"). */
const NOT_VERBS = new Set([
  'based',
  'related',
  'owned',
  'led',
  'backed',
  'funded',
  'linked',
  'affiliated',
  'controlled',
  'named',
  'called',
  'licensed',
  'registered',
  'listed',
  'headquartered',
  'founded',
  'used',
  'shared',
  'red',
  'bed',
  'need',
  'seed',
  'speed',
  'feed',
  'weed',
  'hundred',
]);
/** "to" and a bare verb: a lower-case word that is no determiner or pronoun and no plural noun. */
const INFINITIVE =
  /^\s+to\s+(?!(?:the|a|an|his|her|their|its|my|our|your|him|them|me|us|this|that|these|those|each|every|all|some|any|no)\s)(\p{Ll}+(?<!s))\b/u;
/** "and" or "or" and the verb joined to the one before. */
const COORDINATED = /^\s+(?:and|or)\s+(\p{Ll}+)/u;
/** What a subject is when it holds a stance: "Beijing is concerned about …", "the union was opposed to …". */
const STANCE_STATES = new Set(
  'concerned worried opposed committed determined convinced prepared reluctant eager willing unwilling ready wary skeptical sceptical confident adamant open keen unhappy angry furious'.split(
    ' ',
  ),
);
/** Verbs that describe their subject rather than make it act ("could be", "might become"). */
const COPULAS = new Set(['be', 'become', 'seem', 'appear', 'remain', 'look', 'sound']);
/** "that" opening a clause with its own subject: "that he …", "that the deal …", "that Velmora …". */
const REPORTED_CLAUSE =
  /^\s+that\s+(?:(?:the|a|an|he|she|it|they|we|I|you|his|her|its|their|our|this|these|those|there|no|some|most|many|all)\s|\p{Lu}|\d)/u;
/** Past participles not in -ed that make a passive after "is", "was", "been" ("is told", "was written"). */
const IRREGULAR_PARTICIPLES = new Set(
  'told said written thought known seen heard shown given taken made brought sought held kept left found sent spoken'.split(
    ' ',
  ),
);
/** Nouns between a name and its verb that keep the name the actor ("West Mercia police said"). */
const BODY =
  /^\s(?:police|officials|authorities|lawmakers|spokes(?:person|man|woman)|executives|leaders|forces|army|military|prosecutors|party|group|company|firm|agency|government|ministry|department|team|club|tribe|members|supporters|researchers|scientists|staff)\b/;
const POSSESSIVE_AGENT =
  /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}(?:CEO|chief|spokes(?:person|man|woman)|head|founder|president|chairman|chairwoman|lawyers?|attorneys?|office|statement|leader|director|minister|secretary|representatives?)\b/u;
const PARTNER =
  /^\s+(?:and|&)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3}(?=\s)/u;
const BRACKETED = /^\s*\([^()]{1,30}\)/;
const TIME =
  /^\s(?:on|last|this|earlier|late|early|in|next)\s+(?:past\s+)?(?:\p{Lu}\p{Ll}+|week|month|year|night|morning|evening|afternoon|weekend)\b/u;
/**
 * An apposition set off by commas: ", a Cruz supporter from Jackson, Miss.,", ", R-N.Y.,",
 * ", a senior adviser to Mr. Sanders,", ", a contestant on “The Apprentice,”". It may hold the
 * period of an abbreviation (inside one, "N.Y."; closing one before the comma, "Miss.,"; or a
 * title's, "Mr. Sanders"), a bracket, or a short quoted title, but no sentence's end and no other clause mark.
 */
const APPOSITION =
  /^\s*,(?:[^,.;:“”"()]|\.(?=[\p{L},])|(?<=(?:^|[^\p{L}])\p{Lu}\p{L}{0,4})\.(?=,)|(?<=(?:^|[^\p{L}])(?:Mrs?|Ms|Dr|Sens?|Reps?|Gov|Gen|Lt|Col|Capt|Sgt|Jr|Sr|St|Prof|Rev|Hon|Pres|Atty|Supt))\.(?=\s)|\([^()]{1,30}\)|[“"][^“”"]{1,50}[”"])+/u;
/** ", said Sunshine", ", said the senator": the verb comes before its own subject. */
const INVERTED =
  /^,\s*\p{Ll}+\s+(?:\p{Lu}|(?:the|a|an|his|her|its|their|one)\s+(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+(?:,|\.?$|\s+who\b))/u;
/** Longest apposition read, in characters. */
const APPOSITION_MAX = 160;
const WORD = /^\s+([\p{Ll}][\p{Ll}'’-]*)/u;

export const isVerb = (w: string): boolean =>
  ACTOR_VERBS.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_VERBS.has(w));

/**
 * Verbs of speech: their subject is a voice of the story, not a thing that moved. English ones come
 * from the shared list (lib/lang/en.ts); to them add verbs of stance that also make a voice, and
 * other languages' commonest.
 */
const SPEECH = new Set([
  ...SPEECH_VERBS_EN,
  ...`said says say told tells argued argues argue warned warns warn urged urges urge added adds wrote writes stated states explained
  explains noted notes insisted insists claimed claims called calls demanded demands denied denies declined declines refused
  refuses rejected rejects accused accuses criticized criticised criticizes criticises condemned condemns welcomed welcomes
  responded responds confirmed confirms acknowledged acknowledges admitted admits announced announces asked asks believes
  believed believe thinks thought described describes pledged pledges promised promises recalled recalls stressed stresses
  emphasized emphasizes cautioned cautions suggested suggests contends contended maintains maintained countered counters
  replied replies praised praises blamed blames questioned questions disputed disputes vowed vows conceded concedes
  reported reports tweeted tweets testified testifies spoke speaks predicted predicts complained complains alleged alleges
  asserted asserts declared declares boasted boasts joked jokes lamented laments observed observes remarked remarks
  reiterated reiterates revealed reveals disclosed discloses recommended recommends proposed proposes agreed agrees
  dijo afirmó aseguró señaló explicó declaró indicó sostuvo agregó añadió disse afirmou declarou explicou
  řekl řekla uvedl uvedla napsal napsala píše dodal dodala сказал сказала заявил заявила отметил отметила
  advirtió anunció denunció reclamó respondió reconoció informou anunciou alertou garantiu respondeu reconheceu
  annoncé averti estimé souligné répondu reconnu detto dichiarato affermato spiegato aggiunto oznámil oznámila
  powiedział powiedziała stwierdził stwierdziła`.split(/\s+/),
]);
/** Bare forms of verbs of speech that, right after a name, are nearly always a noun it qualifies. */
const NOUNS_FIRST = new Set([
  'state',
  'report',
  'post',
  'tweet',
  'comment',
  'note',
  'point',
  'answer',
  'remark',
  'question',
  'reply',
]);
/** How strongly a name acts: 0 not at all, 1 it does something, 2 it speaks. */
export type Agency = 0 | 1 | 2;

/** Whether the words at the start of `rest` are a predicate (fillers, auxiliaries, a verb). */
function predicate(rest: string): Agency {
  const time = TIME.exec(rest);
  if (time) rest = rest.slice(time[0].length);
  let aux = false;
  let passive = false;
  for (let n = 0; n < 5; n++) {
    const m = WORD.exec(rest);
    if (!m) return 0;
    const w = m[1];
    rest = rest.slice(m[0].length);
    // "will give up", "could not"; but "could be an even better state", "may seem": described, not acting
    if (MODALS.has(w)) {
      const next = WORD.exec(rest)?.[1];
      return !next || COPULAS.has(next) ? 0 : 1;
    }
    if (AUXILIARIES.has(w)) {
      aux = true;
      passive ||= BE.has(w);
      if (HAVE.has(w)) passive = false;
      continue;
    }
    if (FILLERS.has(w) || (w.endsWith('ly') && w.length > 4)) continue;
    // "is concerned about", "was reluctant to", "are opposed to": a stance held, not something undergone
    if (aux && STANCE_STATES.has(w)) return 1;
    // "is raised", "was sued", "is told not by the diplomats": acted upon, not acting ("has been cutting" still acts)
    if (passive && (w.endsWith('ed') || IRREGULAR_PARTICIPLES.has(w))) return 0;
    // "no independent Palestinian state", "the Mueller report", "in Western states": a noun right
    // after the name, unless a "that" makes it a verb of speech ("The Journal notes that …")
    if (
      n === 0 &&
      (NOUNS_FIRST.has(w) || (w.endsWith('s') && NOUNS_FIRST.has(w.slice(0, -1)))) &&
      !/^\s+that\b/.test(rest)
    )
      return 0;
    if (SPEECH.has(w)) {
      // "continues to give mixed signals": the verb after "to" says what the name does ("continues
      // to insist" still speaks); not "spoke to reporters", "said to the crowd"
      const infinitive = INFINITIVE.exec(rest)?.[1];
      return infinitive && !SPEECH.has(infinitive) ? 1 : 2;
    }
    // "Trump calculates that he …", "Clinton reckoned that the …": a verb whose object is a clause
    // reports, whatever the verb; not a plural noun and its relative clause ("voters that attended")
    if (!passive && /(?:s|ed)$/.test(w) && w.length > 3 && REPORTED_CLAUSE.test(rest)) return 2;
    if (isVerb(w)) return 1;
    // "China needs and wants to buy": a verb known by the one it is joined to
    const joined = /(?:s|ed)$/.test(w) ? COORDINATED.exec(rest)?.[1] : undefined;
    if (joined && (SPEECH.has(joined) || ACTOR_VERBS.has(joined))) return SPEECH.has(joined) ? 2 : 1;
    // "is denying", "have been cutting"
    return aux && w.length > 4 && (w.endsWith('ing') || w.endsWith('en')) ? 1 : 0;
  }
  return 0;
}

/** Whether a body noun or a possessive stands between the name and its verb ("Saudi officials deny", "Meta's spokesperson said"): the name does not speak itself. */
export const speaksThrough = (after: string): boolean =>
  POSSESSIVE_AGENT.test(after) || /^['’]s?\s/.test(after) || BODY.test(after);

/**
 * Whether the name that ends where `after` starts is itself the subject of a verb of speech, with
 * nothing between but time, auxiliaries, adverbs or an apposition set off by commas ("Politico
 * reported", "Nate Cohn, a data writer, explained"): not through a body or a second name, nor a
 * verb right after a bare comma ("in this Pandemonium, feel this way").
 */
export function speaksDirectly(after: string): boolean {
  if (predicate(after) === 2) return true;
  const apposition = APPOSITION.exec(after);
  if (!apposition || apposition[0].length > APPOSITION_MAX) return false;
  const rest = after.slice(apposition[0].length);
  return rest.startsWith(',') && !/^,\s*\p{Ll}+\s*$/u.test(apposition[0]) && predicate(rest.slice(1)) === 2;
}

/**
 * "Trump's first tweet was a measured comment": a possessive that no agent or body follows; what
 * is the name's is the subject of the sentence, not the name ("Meta's spokesperson said" and
 * "Meta's team said" speak through it).
 */
export const possessorOnly = (after: string): boolean =>
  /^['’]s?\s/.test(after) && !POSSESSIVE_AGENT.test(after) && !BODY.test(after.replace(/^['’]s?(?=\s)/, ''));

/** Whether (and how) the name that ends where `after` starts acts in its sentence. */
export function actsAfter(after: string): Agency {
  let rest = after;
  // "Salesforce's CEO marveled", "Meta's spokesperson said": the body acts through them
  const agent = POSSESSIVE_AGENT.exec(rest);
  if (agent) rest = rest.slice(agent[0].length);
  else rest = rest.replace(/^['’]s?(?=\s)/, '');
  // "Hank Johnson (D-Ga.) said", "Meta (META.O) said": a party, state or ticker in brackets
  const bracket = BRACKETED.exec(rest);
  if (bracket) rest = rest.slice(bracket[0].length);
  const body = BODY.exec(rest);
  if (body) rest = rest.slice(body[0].length);
  // "Carly Fiorina, says …": a verb of speech right after the comma; but in "And Trump, said
  // Sunshine, doesn't forgive" or "…, said the senator" the speaker comes after the verb
  if (rest.startsWith(',') && predicate(rest.slice(1)) === 2 && SPEECH.has(WORD.exec(rest.slice(1))?.[1] ?? ''))
    return INVERTED.test(rest) ? 0 : 2;
  // "Tor and the family have reached": a shared subject
  const partner = PARTNER.exec(rest);
  if (partner) {
    const shared = predicate(rest.slice(partner[0].length));
    if (shared) return shared;
  }
  // try the predicate right away, then after each apposition set off by commas
  const direct = predicate(rest);
  if (direct) return direct;
  for (let segments = 0; segments < 4; segments++) {
    const apposition = APPOSITION.exec(rest);
    if (!apposition || apposition[0].length > APPOSITION_MAX) return 0;
    rest = rest.slice(apposition[0].length);
    if (!rest.startsWith(',')) return 0;
    const after = predicate(rest.slice(1));
    if (after) return after;
  }
  return 0;
}

// "said Scott Paul", "according to the New Zealand Department of Conservation",
// "says veteran industry analyst Ken Doctor", "created by the IllustrisTNG Project"
// "said Clinton’s top foreign policy aide Jake Sullivan" (whose aide, then the title),
// and "selon le ministère", "laut Stenger", "según el FMI", "…, so Stenger" in other languages
const SPEECH_BEFORE =
  /(?:\b(?:said|says|[Aa]ccording to|wrote|added|argued|explained|noted|insisted|by|[Ss]elon|[Ll]aut|[Ss]egún|[Ss]egundo|[Ss]econdo|[Pp]odle|sagt|sagte|glaubt|meint|erklärt|betont|fordert|warnt|kritisiert|a déclaré|a ajouté|a affirmé|a estimé|a expliqué)|[,–—]\s*so)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’]|el\s+|o\s+|a\s+|il\s+|der\s+|die\s+|dem\s+)?(?:\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}['’]s\s+(?=\p{Ll}))?((?:\p{Ll}[\p{Ll}’'-]*\s+){0,4})$/u;

// "urging the Department of Homeland Security to", "told the Intelligence Committee": addressed, so involved
const ADDRESSED_BEFORE =
  /\b(?:told|tells|asked|asks|asking|urged|urges|urging|pressed|presses|pressing|called on|calls on|implored|warned|testified before|testified to)\s+(?:the\s+)?$/;

const LOOK_BACK = 300;
const RANKED_BY = /\b(?:followed|trailed|trailing)\s+(?:\p{Ll}+ly\s+)?by\s+(?:the\s+)?$/u;

/** Whether the name right after these words is the party addressed ("told the Intelligence Committee"), not the speaker. */
export const addressedBefore = (before: string): boolean => ADDRESSED_BEFORE.test(before.slice(-LOOK_BACK));

/** Whether the words right before a name make it the speaker (2) or the agent or party addressed (1). */
export function actsBefore(before: string): Agency {
  // the patterns end at the name and reach back a few words: read only the end of the text
  // before it, which may be a whole sentence of thousands of names
  if (before.length > LOOK_BACK) before = before.slice(-LOOK_BACK);
  // "Trump won with 22 percent, followed closely by Carson": a rank, not an agent
  if (RANKED_BY.test(before)) return 0;
  const m = SPEECH_BEFORE.exec(before);
  if (!m) return ADDRESSED_BEFORE.test(before) ? 1 : 0;
  const words = m[1].trim().split(/\s+/).filter(Boolean);
  const last = words[words.length - 1];
  if (words.length && !TITLE_WORDS.has(last) && !ROLE_NOUNS.has(last)) return 0;
  return /\bby\s/.test(m[0].slice(0, 4)) || m[0].startsWith('by') ? 1 : 2;
}

/**
 * Verbs whose object is what their subject says, holds or decides, in their finite forms only
 * ("said", "denies", "called"): a bare form is as often a noun ("a report", "the call").
 */
const REPORTING_STEMS =
  'argue warn claim insist deny admit acknowledge believe hope expect want fear suggest predict announce declare ' +
  'state explain note add testify contend maintain agree promise pledge vow urge demand call reject decide accuse ' +
  'criticize criticise praise blame ask assert allege concede confirm dismiss question recall repeat reiterate';
const REPORTING_VERBS = new Set([
  ...'said says told tells wrote writes thought thinks felt feels knew knows'.split(' '),
  ...REPORTING_STEMS.split(' ').flatMap((stem) => verbForms(stem).filter((f) => f !== stem && !f.endsWith('ing'))),
]);
/** Pronouns that are a subject, after which a bare verb is a verb ("they say", "I think"). */
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'they', 'you']);
/** Determiners: a word after one is a noun ("the claims that …"), not a verb with a subject. */
const DETERMINERS = new Set('the a an his her its their our my your this that these those'.split(' '));
/** A quotation: a speaker's words, whose own verbs say nothing of the sentence's grammar. */
const QUOTATION = /[“"][^“”"]*[”"]/g;
/** A clause joined on after a comma: a new subject may open it ("…, and Giuliani argued"). */
const NEW_CLAUSE = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'as']);

/**
 * Whether the name right after these words stands inside what someone else said, decided or
 * believes: a verb of speech or stance comes before it with its own subject ("He denied that he,
 * … Gordon Sondland and …", "he said the call made him realize Giuliani …", "Trump called
 * Clinton …"). The name is that verb's content or object, not its subject. Not a name the words
 * make the speaker or agent ("“…,” said Schiff", "according to the", "recommended by").
 */
export function reportedBefore(before: string): boolean {
  if (actsBefore(before)) return false;
  const words = before
    .slice(-LOOK_BACK)
    .replace(QUOTATION, ' ')
    .match(/[\p{L}\p{M}’'.-]+|[,;:()—–]/gu);
  if (!words) return false;
  for (let i = words.length - 1; i >= 1; i--) {
    const w = words[i].toLowerCase();
    if (w === ';' || w === ':' || (NEW_CLAUSE.has(w) && words[i - 1] === ',')) return false;
    let j = i - 1;
    while (j >= 0 && isBetweenSubjectAndVerb(words[j].toLowerCase())) j--;
    if (j < 0) return false;
    const subject = words[j].toLowerCase();
    const verb = REPORTING_VERBS.has(w) || (SUBJECT_PRONOUNS.has(subject) && SPEECH.has(w));
    // "the claims that …": a noun, read on; ", said": an inverted verb, its name speaks
    if (!verb || DETERMINERS.has(subject)) continue;
    return /^\p{L}/u.test(subject) && !opensAdverbialClause(words, i + 1);
  }
  return false;
}

/** Words that open a clause of time or reason: "said after Nabisco announced …" tells when, not what. */
const SUBORDINATORS = new Set('after when because before until since while although though once whereas'.split(' '));
/** Words of time between a verb and its clause ("said in August after …", "said on Tuesday when …"). */
const TIME_WORDS = new Set('on in at last this early late earlier later day week month year night morning'.split(' '));

/** Whether the words from `k` open a clause of time or reason, perhaps after a time phrase. */
function opensAdverbialClause(words: string[], k: number): boolean {
  for (; k < words.length; k++) {
    const w = words[k].toLowerCase();
    if (SUBORDINATORS.has(w)) return true;
    if (!TIME_WORDS.has(w) && !/^(?:\p{Lu}|\d)/u.test(words[k]) && w !== ',') return false;
  }
  return false;
}

const isBetweenSubjectAndVerb = (w: string): boolean =>
  FILLERS.has(w) || AUXILIARIES.has(w) || MODALS.has(w) || (w.endsWith('ly') && w.length > 4);
