// The one binary search. Every sorted look-up in the analyzer (line starts, sentences, mention
// spans, disable-comment segments) is a question of where a sorted sequence stops satisfying a
// condition, which this answers.

/**
 * The first index in [from, to) at which `before(index)` is false, given that it is true for a
 * prefix of the range and false after it (to when it is true throughout). Like C++'s
 * partition_point: with `i => sorted[i] < value` it is the lower bound of value, with
 * `i => sorted[i] <= value` it is one past the last element at or below value.
 */
export function partitionPoint(from: number, to: number, before: (index: number) => boolean): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (before(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}
