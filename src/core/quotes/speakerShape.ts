// Every Speaker the quote readers make is an object literal with the same properties in the same
// order, so they all share one hidden class. Speakers copied by spreads ({ ...speaker, start }) had
// several, and the functions reading them (the learned choice, the findings, the JSON writer) were
// deoptimized on each new one ("wrong map", docs/performance.md).
import type { Speaker } from '../types';

/** `speaker` moved to another mention of the same person (or source), keeping its method. */
export function speakerAt(speaker: Speaker, name: string, start: number, end: number, mention: string): Speaker {
  return { name, start, end, mention, method: speaker.method };
}
