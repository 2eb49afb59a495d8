// How far the attributor reads, each reach named for what it bounds. Paragraph reaches count
// paragraphs back from the quote; character reaches count characters of the masked text.

/** Characters read after (or before) a quote for its attribution: a sentence of thousands of tokens is junk, not prose. */
export const READ_AROUND_QUOTE = 1500;
/** How far before a quote its lead-in sentence is read: longer than any sentence a reader meets. */
export const MAX_LEAD_IN_CHARS = 2_000;
/** Quotes whose surroundings are read for names; the rest of a giant page stays unread. */
export const MAX_READ_SPANS = 400;
/** An article of at most this many paragraphs is read whole for names and roles; a longer one only near its quotes. */
export const WHOLE_ARTICLE_PARAGRAPHS = 150;
/** Paragraphs at the top of an article always read for names: people are introduced there. */
export const OPENING_PARAGRAPHS = 8;
/** Paragraphs before a quote read for names (pronouns, "the company" point back this far). */
export const PARAGRAPHS_READ_BEFORE_QUOTE = 8;

/** Tokens of a lead-in read back from the quote for its verb of saying: the end of a long lead-in is enough. */
export const LEAD_IN_TOKENS = 30;
/** Words read after a quote for its cue; after a fragment woven into a sentence, only a few. */
export const TAIL_WORDS = 40;
export const STRICT_TAIL_WORDS = 7;
/** Tokens before a verb in the tail beyond which they are a clause of their own, not its subject. */
export const MAX_TAIL_SUBJECT_TOKENS = 36;
/** A tail of this many words at most, ending in a name, credits that name ("…," přirovnává Heskey.). */
export const MIN_NAME_TAIL_WORDS = 2;
export const MAX_NAME_TAIL_WORDS = 6;
/** A closing reporting clause's subject is short: "…, Clinton said", "…, the bureau's director said". */
export const MAX_CLOSING_SUBJECT_WORDS = 6;
/** A sentence that ends "…, Name said." has its subject within these many tokens before the verb. */
export const MAX_LATER_SUBJECT_TOKENS = 5;
/** A verb that closes its sentence has at most a short adverbial after it ("said on Tuesday."). */
export const MAX_WORDS_AFTER_CLOSING_VERB = 5;
/** Sentences before the quote's own, in the same paragraph, read for its speaker. */
export const EARLIER_SENTENCES = 2;
/** Sentences ahead read for a person a bare title stands for ("…», a ajouté Laurent Fabius."). */
export const SENTENCES_AHEAD = 2;
/** A subject of more tokens than this is a sentence: its last clause's subject speaks. */
export const LONG_SUBJECT_TOKENS = 12;
/** The last clause of a long subject starts at a coordinator within these many tokens of the verb. */
export const LAST_CLAUSE_TOKENS = 7;
/** Words at the start of a sentence read for a pronoun or "the company" as its subject. */
export const LEAD_SUBJECT_WORDS = 16;
/** A noun phrase longer than this (characters) is a clause, not a speaker. */
export const MAX_NOUN_PHRASE_CHARS = 200;
/** Days and "yesterday" skipped between an inverted verb and its subject ("a déclaré jeudi soir le ministre"). */
export const MAX_TIME_WORDS = 2;

/** A paragraph this long is prose, not a caption or subhead between a speaker and their quote. */
export const MAX_CAPTION_CHARS = 160;
/** Paragraphs of captions or subheads that may stand between a speaker's quote and the next. */
export const MAX_CAPTIONS_BETWEEN = 2;
/** A signature line under a quote is a name and a few words ("—Michelle Marks, Philadelphia."). */
export const MAX_SIGNATURE_CHARS = 120;

/** Paragraphs read back for whoever holds a title ("the Prime Minister", "the minister"). */
export const TITLE_HOLDER_REACH = 30;
/** Paragraphs read back for the body a spokesperson's lower-case employer names ("the department"). */
export const ORG_NOUN_REACH = 40;
/** Letters of that noun compared with the body's words ("depar" ~ "Department"). */
export const ORG_STEM_CHARS = 5;
/** Paragraphs read back for a group named by its members ("the doctors" ~ "Doctors for Camp Closure"). */
export const GROUP_REACH = 60;
/** Paragraphs read back for the actor beside an earlier "statement" or "spokesperson". */
export const NEAR_WORD_REACH = 8;
/** How far back (characters) "she said" may point at "one mother" instead of a name. */
export const UNNAMED_PERSON_REACH = 300;
/** Paragraphs back a singular "they" may point at an organisation. */
export const PLURAL_ORG_REACH = 2;

/** A role longer than this, or a lead-in of more words, is a clause rather than a role. */
export const MAX_ROLE_CHARS = 90;
export const MAX_LEAD_ROLE_WORDS = 8;
/** A quote of this many words or more before another in its sentence ends that quote's lead-in. */
export const MIN_LEAD_CUTTING_QUOTE_WORDS = 4;

/** A speaker label before a colon is a name: a longer run of words is a sentence ("He made one point:"). */
export const MAX_LABEL_CHARS = 60;
