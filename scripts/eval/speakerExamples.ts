// Training examples for the learned speaker choice (src/core/quotes/speakerModel.ts), read from
// PolNeAR: the candidates of every attributed quote that matches a gold quote with a source, each
// marked right when it overlaps a gold source span (the eval's own test of a right speaker). Used
// by scripts/train-speakers.ts and by the cross-validation of npm run eval.
import { analyzeQuotes } from '../../src/core/quotes';
import type { CandidateSample } from '../../src/core/quotes/speakerChoice';
import { trainingFeatures } from '../../src/core/quotes/speakerCandidates';
import type { LoadedSpeakerModel } from '../../src/core/quotes/speakerModel';
import type { TrainingExample } from '../../src/core/quotes/speakerTraining';
import { paragraphs, sentences } from '../../src/core/text';
import type { PredictedQuote } from './quotes';

interface Span {
  start: number;
  end: number;
}

export interface ExampleDoc {
  text: string;
  quotes: { quote: Span; sources: Span[] }[];
}

/** Claimline's quotes with a given speaker model (null: the rules alone), and the candidates seen. */
export function extractWithModel(text: string, model: LoadedSpeakerModel | null, collect?: (s: CandidateSample) => void): PredictedQuote[] {
  const paragraphSpans = paragraphs(text);
  return analyzeQuotes(text, paragraphSpans, sentences(text, paragraphSpans), { speakerChoice: { model, collect } }).quotes.map((q) => ({
    start: q.start,
    end: q.end,
    speaker: q.speaker ? { start: q.speaker.start, end: q.speaker.end } : null,
  }));
}

const overlaps = (a: Span, b: Span) => Math.min(a.end, b.end) > Math.max(a.start, b.start);

/**
 * The examples of one document. `match` pairs predicted quotes with gold quotes (the eval's
 * scoring); quotes written ''…'' are left out as the eval leaves them out.
 */
export function documentExamples(doc: ExampleDoc, match: (predicted: PredictedQuote[]) => { gold: number; pred: number }[]): TrainingExample[] {
  const samples = new Map<number, CandidateSample>();
  const predicted = extractWithModel(doc.text, null, (s) => samples.set(s.quote.start, s)).filter((q) => !doc.text.startsWith("''", q.start));
  const examples: TrainingExample[] = [];
  for (const m of match(predicted)) {
    const sample = samples.get(predicted[m.pred].start);
    const gold = doc.quotes[m.gold];
    if (!sample || gold.sources.length === 0) continue;
    examples.push({
      category: sample.category,
      candidates: sample.candidates.map(trainingFeatures),
      correct: sample.candidates.map((c) => gold.sources.some((s) => overlaps(s, c))),
      rule: sample.candidates.findIndex((c) => c.rule),
    });
  }
  return examples;
}
