// Objects of one small page's reading, kept alive for as long as the module is loaded. V8's
// optimized code depends weakly on the hidden classes ("maps") it was specialised for: when a
// garbage collection finds no object of such a class left (no page being read at that moment: the
// tokenizer, the parser, the light tree's nodes, the reader all die with their page), it throws
// that code away, and the next page runs slow code and pays for compiling it again (about 8× the
// CPU of a warm reading; docs/performance.md, "HTML pages"). A few objects of every kind, kept
// here, keep their classes and so the compiled code alive.

let keeping: unknown[] | null = null;
const kept: unknown[] = [];

/** Keeps `value` alive when it is made while `keepShapesOf` runs (the sample page); otherwise nothing. */
export function keepShape(value: unknown): void {
  if (keeping !== null) keeping.push(value);
}

/** Runs `read` (the reading of a small page) once, keeping what it returns and the objects it hands to keepShape. */
export function keepShapesOf(read: () => unknown): void {
  if (kept.length > 0 || keeping !== null) return;
  keeping = kept;
  try {
    kept.push(read());
  } finally {
    keeping = null;
  }
}
