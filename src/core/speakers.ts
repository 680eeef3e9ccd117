// Who a quote's speaker is, as every view shows it: the notes, the hovers, the timeline, the
// diagnostics and the findings all ask these two questions the same way.
import type { Speaker } from './types';

/**
 * A pronoun that no one named nearby can stand for ("he" with only women quoted before it): the
 * speaker is its mention, and nobody is identified.
 */
export function isUnresolvedPronoun(speaker: Speaker): boolean {
  return speaker.method === 'pronoun' && speaker.name === speaker.mention;
}

/** The speaker's name, or null when nobody is identified (see isUnresolvedPronoun). */
export function identifiedSpeaker(speaker: Speaker | null | undefined): string | null {
  return speaker && !isUnresolvedPronoun(speaker) ? speaker.name : null;
}
