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

/**
 * A model read for the per-quote look-ups. Weights are held in thousandths, as whole numbers (the
 * file's weights are rounded to 1/1000): a score is then an exact sum, the same in any order, so
 * two candidates the model weighs alike always tie (and the rules' answer wins the tie).
 */
export interface LoadedSpeakerModel {
  scope: ReadonlySet<string>;
  /** Weight of each feature, in thousandths. */
  weights: ReadonlyMap<string, number>;
  /**
   * Per cross prefix ("carried>"): each feature's weight plus its crossed feature's, in
   * thousandths, so a candidate's crossed features are scored without being listed.
   */
  crossed: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

// Crossed feature names are the prefix, this mark, and the feature: "carried>rule".
const CROSS_MARK = '>';

export function loadSpeakerModel(model: SpeakerModel): LoadedSpeakerModel {
  const weights = new Map<string, number>();
  for (const [feature, weight] of Object.entries(model.weights)) weights.set(feature, Math.round(weight * 1000));
  const crossed = new Map<string, Map<string, number>>();
  for (const [feature, weight] of weights) {
    const mark = feature.indexOf(CROSS_MARK);
    if (mark < 0) continue;
    const prefix = feature.slice(0, mark + 1);
    let table = crossed.get(prefix);
    if (table === undefined) {
      table = new Map();
      for (const [plain, plainWeight] of weights) if (!plain.includes(CROSS_MARK)) table.set(plain, plainWeight);
      crossed.set(prefix, table);
    }
    const plain = feature.slice(mark + 1);
    table.set(plain, (table.get(plain) ?? 0) + weight);
  }
  return { scope: new Set(model.scope), weights, crossed };
}

/** The score in thousandths (a whole number). */
function scoreInThousandths(model: LoadedSpeakerModel, candidate: SpeakerCandidate): number {
  // A prefix no weight is crossed with: the crossed features weigh nothing.
  const table = candidate.cross === undefined ? model.weights : model.crossed.get(candidate.cross) ?? model.weights;
  let score = 0;
  for (const feature of candidate.features) score += table.get(feature) ?? 0;
  return score;
}

export function scoreCandidate(model: LoadedSpeakerModel, candidate: SpeakerCandidate): number {
  return scoreInThousandths(model, candidate) / 1000;
}

/**
 * The index of the chosen candidate: the highest score; the rules' candidate on a tie, then the
 * earlier one, so the answer never depends on anything but the features.
 */
export function chooseCandidate(model: LoadedSpeakerModel, candidates: SpeakerCandidate[]): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let c = 0; c < candidates.length; c++) {
    const score = scoreInThousandths(model, candidates[c]);
    if (score > bestScore || (score === bestScore && candidates[c].rule && !candidates[best].rule)) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
