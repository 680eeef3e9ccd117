// One copy of each repeated string. A dense document (a table of dates, a transcript) produces the
// same values, reasonings and messages hundreds of thousands of times; every copy that outlives the
// analysis must be moved by the garbage collector, which measured as a third of the time on such
// input. Strings are looked up by content; a bounded table keeps memory flat on varied input.

const MAX_ENTRIES = 4096;

export class Interner {
  private readonly table = new Map<string, string>();

  /** The first-seen string equal to `value` (or `value` itself, remembered for next time). */
  intern(value: string): string {
    const known = this.table.get(value);
    if (known !== undefined) return known;
    // Varied input (ordinary news) rarely repeats: start afresh rather than grow without bound.
    if (this.table.size >= MAX_ENTRIES) this.table.clear();
    this.table.set(value, value);
    return value;
  }
}
