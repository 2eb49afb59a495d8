// Who gets to speak: each speaker's share of the words the article quotes, with unnamed sources
// and quotes nobody is named for as rows of their own, so a reader sees at a glance whose words
// carry the story.
import { countWords } from './text/count';
import type { Quote } from './types';

export interface VoiceRow {
  /** The speaker's name; null for the unnamed-sources and unattributed rows. */
  name: string | null;
  kind: 'named' | 'anonymous' | 'unattributed';
  quotes: number;
  words: number;
  /** Share of all quoted words, 0..1. */
  share: number;
}

// A Han or kana character counts as a word, as in the scorer: Chinese has no spaces to split on.

export function quotedWordCount(text: string): number {
  return countWords(text);
}

/** One row per speaker, most words first; unnamed sources and unattributed quotes last. */
export function voiceRows(quotes: readonly Quote[]): VoiceRow[] {
  const named = new Map<string, VoiceRow>();
  const anonymous: VoiceRow = { name: null, kind: 'anonymous', quotes: 0, words: 0, share: 0 };
  const unattributed: VoiceRow = { name: null, kind: 'unattributed', quotes: 0, words: 0, share: 0 };
  let total = 0;
  for (const quote of quotes) {
    const words = quotedWordCount(quote.text);
    total += words;
    let row: VoiceRow;
    if (quote.anonymous) row = anonymous;
    else if (!quote.speaker) row = unattributed;
    else {
      row = named.get(quote.speaker) ?? { name: quote.speaker, kind: 'named', quotes: 0, words: 0, share: 0 };
      named.set(quote.speaker, row);
    }
    row.quotes += 1;
    row.words += words;
  }
  const rows = [
    ...[...named.values()].sort((a, b) => b.words - a.words || b.quotes - a.quotes),
    anonymous,
    unattributed,
  ].filter((r) => r.quotes > 0);
  for (const row of rows) row.share = total ? row.words / total : 0;
  return rows;
}
