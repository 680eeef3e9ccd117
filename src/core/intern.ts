// One copy of each repeated string. A dense document (a table of dates, a list of deadlines) names
// the same few dates hundreds of thousands of times, and each expression's text and value outlive
// the analysis: shared copies keep that memory, and the garbage collector's copying work, flat.
// Only short strings go through here: looking up a long string costs as much as building it.
// A bounded table keeps memory flat on varied input.

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
