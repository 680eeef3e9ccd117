// Objects of one small sample's reading, kept alive for as long as the module is loaded. V8's
// optimized code depends weakly on the hidden classes ("maps") it was specialised for: when a
// garbage collection finds no object of such a class left (between two documents nothing a
// reading makes is alive), it throws that code away, and the next document runs slow code and
// pays for compiling it again (docs/performance.md: "HTML pages" and "Optimized code lost between
// documents"). Reading a small sample once, and keeping one object of each kind it makes, keeps
// those classes, and so the compiled code, alive. The editor and the command line collect garbage
// between documents too, so this is their cost as much as a benchmark's.

export interface ShapeKeeper {
  /** Keeps `value` alive when it is made while `keepShapesOf` runs (the sample); otherwise nothing. */
  keepShape(value: unknown): void;
  /** Runs `read` (the reading of the sample) once, keeping what it returns and the objects handed to keepShape meanwhile. */
  keepShapesOf(read: () => unknown): void;
}

/** One keeper per kind of reading (a web page, a text), each with its own sample. */
export function shapeKeeper(): ShapeKeeper {
  let keeping: unknown[] | null = null;
  const kept: unknown[] = [];
  return {
    keepShape(value) {
      if (keeping !== null) keeping.push(value);
    },
    keepShapesOf(read) {
      if (kept.length > 0 || keeping !== null) return;
      keeping = kept;
      try {
        kept.push(read());
      } finally {
        keeping = null;
      }
    },
  };
}
