import { words, type PhraseWords } from './phrase-words';

// German words in one place: the nouns of office and trade that stand before a person's name
// ("Chefredakteurin Hanna Vogelsang", "Rechtsanwalt Peter Köhnlein", "Verbandssprecher Henrik
// Zahn"). German builds them as compounds on a small set of heads and makes the feminine with
// -in, so the heads are listed, not the compounds: a compound on a head is a descriptor, never a
// name, and comes off the name it stands before.

/** Heads of German nouns for a person's office or trade; "-in" (feminine) is added by the reader. */
const PERSON_HEADS = (
  'redakteur reporter journalist korrespondent kolumnist moderator autor verleger herausgeber ' +
  'anwalt anwält notar richter staatsanwalt ermittler kommissar polizist ' +
  'vorstand vorständ vorsitzend chef präsident direktor leiter geschäftsführer manager gründer inhaber ' +
  'minister kanzler bürgermeister sekretär botschafter beauftragt abgeordnet senator politiker ' +
  'sprecher vertreter funktionär referent berater experte expert analyst ökonom volkswirt ' +
  'wissenschaftler forscher professor dozent historiker soziolog psycholog virolog epidemiolog politolog ' +
  'ökolog biolog theolog jurist ingenieur informatiker arzt ärzt mediziner ' +
  'trainer spieler kapitän unternehmer investor kandidat mitarbeiter angestellt kritiker ' +
  'regisseur schauspieler sänger musiker künstler pfarrer bischof offizier'
).split(' ');

/** Heads that are also common surnames on their own ("Gerhard Richter", "Lena Sänger"): only compounds count. */
/** Adjectival nouns: their head is a participle that needs an ending. */
const ADJECTIVAL = new Set(['vorsitzend', 'beauftragt', 'abgeordnet', 'angestellt']);

const SURNAME_HEADS = new Set(['richter', 'sänger', 'pfarrer', 'bischof', 'kanzler', 'spieler', 'leiter', 'berater']);

// a head, optionally with the feminine -in, or the -e/-er/-en endings of the adjectival nouns
// ("Vorsitzende", "Abgeordneter", "Beauftragten")
const HEAD_RE = new RegExp(`(${PERSON_HEADS.join('|')})(in|e|er|en)?$`, 'u');

/**
 * Whether a lower-case German word is a noun of office or trade ("chefredakteurin",
 * "rechtsanwalt", "reporter", "medienwissenschaftlerin"). A bare head that is also a surname
 * counts only with the feminine ending; a compound always does.
 */
export function isGermanPersonNoun(lower: string): boolean {
  const word = lower.replace(/^.*-/, '');
  const m = HEAD_RE.exec(word);
  if (!m) return false;
  const head = m[1];
  const ending = m[2] ?? '';
  // adjectival nouns take -e/-er/-en ("Vorsitzende", "Abgeordneter"), the rest only the feminine -in
  if (ADJECTIVAL.has(head) ? !ending || ending === 'in' : ending !== '' && ending !== 'in') return false;
  // a compound on the head ("Chefredakteurin", "Rechtsanwalt") is always a descriptor
  if (m.index >= 3) return true;
  if (m.index > 0) return false;
  return !SURNAME_HEADS.has(head) || ending === 'in';
}

export const PHRASE_WORDS_DE: PhraseWords = {
  introducers: words('nach bei im am'),
  leadConjunctions: words('und'),
  phraseEnders: words('im am beim gegenüber für'),
  prepositions: words('von für'),
  determiners: words('der die das'),
  functionWords: words('und oder in im'),
  coordinators: words('und aber'),
  genericOrgNouns: words('firma'),
};
