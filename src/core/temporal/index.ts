// Temporal expression tagger (TimeML TIMEX3). Owned by the temporal work; see tagTemporalExpressions.
import type { Sentence, Tense, Timex } from '../types';

export interface TemporalOptions {
  /** Publication date YYYY-MM-DD (or YYYY-MM-DDTHH:MM), the reference for relative expressions. */
  reference: string | null;
  /** Sentences of the text (from text.ts), so tense can be read per clause. */
  sentences: Sentence[];
}

/** Finds and normalizes temporal expressions; sorted by start, non-overlapping. */
export function tagTemporalExpressions(_text: string, _options: TemporalOptions): Timex[] {
  return [];
}

/** Tense of the clause around `offset` inside `sentence`. */
export function tenseAt(_text: string, _sentence: Sentence, _offset: number): Tense {
  return 'past';
}
