// Temporal expression tagger (TimeML TIMEX3) and clause tense. See tagger.ts for the design.
import type { Sentence } from '../types';

export { tagTemporalExpressions } from './tagger';
export { tenseAt, sentenceTense } from './tense';

export interface TemporalOptions {
  /** Publication date YYYY-MM-DD (or YYYY-MM-DDTHH:MM), the reference for relative expressions. */
  reference: string | null;
  /** Sentences of the text (from text.ts), so tense can be read per clause. */
  sentences: Sentence[];
  /**
   * 'news' (the default): relative dates count from the publication date. 'narrative': from the
   * time the story last named, as histories are told (HeidelTime's narrative mode).
   */
  mode?: 'news' | 'narrative';
}
