// Every Attribution is made here with all four properties, so that all share one hidden class:
// ownAttribution and leadingAttribution, optimized for the two-property kind, were deoptimized
// ("wrong map") on meeting the four-property one (docs/performance.md).
import type { Attribution, Link } from './attribution';
import type { Mention } from './mentions';

export function attributionOf(mention: Mention, link: Link, verbIndex?: number, tokenCount?: number): Attribution {
  return { mention, link, verbIndex, tokenCount };
}
