// Quoted statements and their speakers. Owned by the quotes work; see analyzeQuotes.
import type { Quote, Sentence, Span, Speaker } from '../types';

export interface SentenceAttribution {
  /** Who the sentence's content is attributed to (quote speaker or reported-speech source). */
  speaker: Speaker | null;
  /** Stated source: "in an interview with Sputnik", "REUTERS/Ueslei Marcelino". */
  source: string | null;
}

export interface QuoteAnalysis {
  quotes: Quote[];
  /** One entry per sentence, same order as the sentences given. */
  sentences: SentenceAttribution[];
}

export function analyzeQuotes(_text: string, _paragraphs: Span[], sentences: Sentence[]): QuoteAnalysis {
  return { quotes: [], sentences: sentences.map(() => ({ speaker: null, source: null })) };
}
