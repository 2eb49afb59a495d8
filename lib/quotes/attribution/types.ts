// What the attributor decides for a quote, and the shapes its stages pass each other.

export interface Who {
  speaker: string | null;
  role: string | null;
  anonymous: boolean;
}

export interface Attribution extends Who {
  cue: string | null;
  partial: boolean;
}

/** A speaker found together with the words that reported them ("said", "according to", ":", "—"). */
export type Found = Who & { cue: string | null };

/** One comma-free part of a noun phrase, as whoOfPart's readings see it. */
export interface Phrase {
  text: string;
  words: string[];
  /** The words in lower case, trailing punctuation removed. */
  lower: string[];
  p: number;
  at: number;
  /** Where the phrase stands: before its verb ("Kaplan said") or after it ("said Kaplan"). */
  mode: 'before' | 'after';
}

/** A reading of whoOfPart that does not recognise the phrase: the next one is tried. */
export const NOT_THIS = Symbol('not this reading');
/** An unnamed source ("a spokesperson", "officials"): a speaker we know is not named. */
export const ANONYMOUS: Who = { speaker: null, role: null, anonymous: true };
