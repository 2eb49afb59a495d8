// The boundaries of the pipeline: what the content script sends (Article), what the worker
// answers (Digest), and the messages between popup, worker and content script.
import type { Notice } from './notes';

/** The article as Readability sees it, reduced to plain text: no markup crosses this boundary. */
export interface Article {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 when the page states it, else null. */
  publishedTime: string | null;
  /** BCP 47 primary tag ("en", "fr"), lower case, or null when unknown. */
  lang: string | null;
  /** Text direction the page declares. */
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  /** The body, one entry per paragraph, whitespace collapsed. */
  paragraphs: string[];
  /** False when Readability did not see an article and the visible text was taken instead. */
  readerable: boolean;
}

/** Where a piece of text stands in the article: paragraph index and character offsets in it. */
export interface TextPosition {
  paragraph: number;
  start: number;
  end: number;
}

export type StakeholderKind = 'person' | 'organization' | 'government' | 'place' | 'group';

export interface Quote {
  /** The words inside the marks, exactly as in the article. */
  text: string;
  /** Canonical name of who said it (a stakeholder's name), or null when the article does not say. */
  speaker: string | null;
  /** The speaker's role as the article gives it ("Meta's Global Policy Chief"), or null. */
  role: string | null;
  /** The attribution verb or phrase ("said", "according to", "in a statement"), or null. */
  cue: string | null;
  /** True when the quote is a fragment woven into the reporter's sentence. */
  partial: boolean;
  /** True when the speaker is an unnamed source ("a senior official"). */
  anonymous: boolean;
  position: TextPosition;
  /** Higher is more important; quotes are listed by descending score. */
  score: number;
}

export interface Stakeholder {
  name: string;
  aliases: string[];
  kind: StakeholderKind;
  role: string | null;
  mentions: number;
  /** Whether the article quotes them directly. */
  quoted: boolean;
  /** How many quotes and how many quoted words are theirs. */
  quoteCount: number;
  quotedWords: number;
  central: boolean;
}

export interface Position {
  holder: string;
  /** One line; may shorten the evidence, never add to it. */
  text: string;
  /** Verbatim sentences of the article that show the position. */
  evidence: string[];
  /** Where each evidence sentence stands, in the same order. */
  evidencePositions: TextPosition[];
  /** Positions in the same group are sides set against each other by the article. */
  side?: string | null;
}

export interface Voices {
  /** Share of quoted words that come from anonymous sources, 0..1. */
  anonymousShare: number;
  /** Stakeholders mentioned often but never quoted. */
  unquoted: string[];
}

export interface Digest {
  title: string;
  url: string;
  siteName: string | null;
  byline: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  readerable: boolean;
  wordCount: number;
  readingMinutes: number;
  quotes: Quote[];
  stakeholders: Stakeholder[];
  positions: Position[];
  voices: Voices;
  /** Caveats ("no quotes in this article", "language not fully supported"), as message codes. */
  notices: Notice[];
  timings: { extractMs: number; structureMs: number };
}
