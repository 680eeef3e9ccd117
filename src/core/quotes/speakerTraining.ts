// Training of the speaker model (speakerModel.ts): an averaged perceptron over each quote's
// candidates, in a fixed number of passes over the examples, shuffled by a seeded PRNG. Weights are
// rounded and written with sorted keys, so the same examples give the same bytes on every run and
// machine. Used by scripts/train-speakers.ts and the cross-validation of npm run eval; never at run
// time by the analyzer.
import type { SpeakerModel } from './speakerModel';

/** One quote: the feature lists of its candidates, and which candidates the gold marks right. */
export interface TrainingExample {
  category: string;
  candidates: string[][];
  correct: boolean[];
  /** The rules' candidate. */
  rule: number;
}

export interface TrainingOptions {
  epochs: number;
  seed: number;
  scope: string[];
}

export const DEFAULT_TRAINING: TrainingOptions = { epochs: 8, seed: 16, scope: [] };

/** mulberry32: a small seeded PRNG with a 32-bit state. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function score(weights: Map<string, number>, features: string[]): number {
  let s = 0;
  for (const f of features) s += weights.get(f) ?? 0;
  return s;
}

function argmax(weights: Map<string, number>, example: TrainingExample, among: (c: number) => boolean): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let c = 0; c < example.candidates.length; c++) {
    if (!among(c)) continue;
    const s = score(weights, example.candidates[c]);
    if (s > bestScore || (s === bestScore && c === example.rule)) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}

/**
 * Averaged perceptron: on a wrong choice, the best-scoring right candidate's features gain 1 and
 * the chosen one's lose 1. The average over every step (kept with the usual step-weighted sums)
 * is what is returned, rounded to 1/1000.
 */
export function trainSpeakerModel(examples: readonly TrainingExample[], options: TrainingOptions = DEFAULT_TRAINING): SpeakerModel {
  // The model re-ranks the rules' answer: a quote without one (the rules found no speaker) is
  // measured by npm run train but not learned from.
  const usable = examples.filter((e) => e.rule >= 0 && e.correct.some(Boolean));
  const weights = new Map<string, number>();
  const stepSums = new Map<string, number>();
  const random = seededRandom(options.seed);
  const order = usable.map((_, i) => i);
  let step = 1;
  const update = (features: string[], delta: number) => {
    for (const f of features) {
      weights.set(f, (weights.get(f) ?? 0) + delta);
      stepSums.set(f, (stepSums.get(f) ?? 0) + step * delta);
    }
  };
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const index of order) {
      const example = usable[index];
      const chosen = argmax(weights, example, () => true);
      if (!example.correct[chosen]) {
        const right = argmax(weights, example, (c) => example.correct[c]);
        update(example.candidates[right], 1);
        update(example.candidates[chosen], -1);
      }
      step++;
    }
  }
  const averaged: Record<string, number> = {};
  for (const f of [...weights.keys()].sort()) {
    const value = Math.round(((weights.get(f)! - stepSums.get(f)! / step) * 1000)) / 1000;
    if (value !== 0) averaged[f] = value;
  }
  return { scope: [...options.scope].sort(), weights: averaged };
}

/** The model as the JSON file written into the source tree: sorted keys, one weight a line. */
export function serializeSpeakerModel(model: SpeakerModel): string {
  const weights = Object.keys(model.weights).sort().map((f) => `    ${JSON.stringify(f)}: ${model.weights[f]}`);
  return `{\n  "scope": ${JSON.stringify(model.scope)},\n  "weights": {\n${weights.join(',\n')}\n  }\n}\n`;
}
