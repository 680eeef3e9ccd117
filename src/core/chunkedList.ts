// A list that grows in fixed-size chunks and is copied once into an array of its final size.
//
// A JavaScript array grown by push is reallocated at 1.5 times its size each time it fills, so a
// list of 900,000 results allocates about three times its final size along the way, every copy in
// fresh memory. On a machine where fresh memory is slow to hand out (14–16 µs per 4 KB page was
// measured on the benchmark VM), those copies cost more than filling the list. Chunks are written
// once and copied once.

const CHUNK_SIZE = 16384;

export class ChunkedList<T> {
  private readonly full: T[][] = [];
  private current: T[] = [];

  get length(): number {
    return this.full.length * CHUNK_SIZE + this.current.length;
  }

  push(item: T): void {
    if (this.current.length === CHUNK_SIZE) {
      this.full.push(this.current);
      this.current = [];
    }
    this.current.push(item);
  }

  /**
   * The items in order, as one array of exactly their number: a chunk grown by push has room to
   * spare (16 slots for one item), and the result is kept for as long as the analysis.
   */
  toArray(): T[] {
    if (this.full.length === 0) return this.current.slice();
    const items = new Array<T>(this.length);
    let index = 0;
    for (const chunk of this.full) for (let i = 0; i < chunk.length; i++) items[index++] = chunk[i];
    for (let i = 0; i < this.current.length; i++) items[index++] = this.current[i];
    return items;
  }
}
