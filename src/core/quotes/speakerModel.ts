// The learned speaker choice: a linear model over the candidates of speakerCandidates.ts. The
// rules' answer is one candidate (with a "rule" feature per quote category), so the model only
// moves a speaker where the features outweigh the rules; and only for the quote categories in
// `scope`, the ones where cross-validation on PolNeAR train showed a gain (docs/speaker-model.md).
import type { SpeakerCandidate } from './speakerCandidates';

export interface SpeakerModel {
  /** Quote categories (quoteCategory()) the model may change the rules' answer in. */
  scope: string[];
  /** Feature weights; a feature not listed weighs 0. */
  weights: Record<string, number>;
}

/** A model with a scope read into a Set, for the per-quote look-ups. */
export interface LoadedSpeakerModel {
  scope: ReadonlySet<string>;
  weights: ReadonlyMap<string, number>;
}

export function loadSpeakerModel(model: SpeakerModel): LoadedSpeakerModel {
  return { scope: new Set(model.scope), weights: new Map(Object.entries(model.weights)) };
}

export function scoreCandidate(model: LoadedSpeakerModel, candidate: SpeakerCandidate): number {
  let score = 0;
  for (const feature of candidate.features) score += model.weights.get(feature) ?? 0;
  return score;
}

/**
 * The index of the chosen candidate: the highest score; the rules' candidate on a tie, then the
 * earlier one, so the answer never depends on anything but the features.
 */
export function chooseCandidate(model: LoadedSpeakerModel, candidates: SpeakerCandidate[]): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let c = 0; c < candidates.length; c++) {
    const score = scoreCandidate(model, candidates[c]);
    if (score > bestScore || (score === bestScore && candidates[c].rule && !candidates[best].rule)) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
