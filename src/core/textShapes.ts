// Objects of one small sample text's analysis, kept alive for as long as the module is loaded. V8's
// optimized code depends weakly on the hidden classes ("maps") it was specialised for: when a
// garbage collection finds no object of such a class left (between two documents no cue table,
// tagger cursor or name resolver is alive), it throws that code away, and the next document runs
// slow code (docs/performance.md, "Optimized code lost between documents: the text analysis").
// One instance of each per-document class, made by the sample's analysis, keeps those classes alive.
// The same idea as web/keptShapes.ts, for the text analysis.

let keeping: unknown[] | null = null;
const kept: unknown[] = [];

/** Keeps `value` alive when it is made while `keepShapesOf` runs (the sample text); otherwise nothing. */
export function keepShape(value: unknown): void {
  if (keeping !== null) keeping.push(value);
}

/** Runs `analyzeSample` once, keeping what it returns and the objects handed to keepShape meanwhile. */
export function keepShapesOf(analyzeSample: () => unknown): void {
  if (kept.length > 0 || keeping !== null) return;
  keeping = kept;
  try {
    kept.push(analyzeSample());
  } finally {
    keeping = null;
  }
}
