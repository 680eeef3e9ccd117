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

// A description that opens its sentence ("The mayor said …") keeps its capital in the text, but not
// inside another sentence: "according to the mayor", "declarante: the mayor". A description is
// what the analyzer found as one, or, whatever way it reached the quote (a pronoun, a continuation),
// a determiner and a lower-case word ("The minister", "A spokeswoman"). A name keeps its capitals:
// "The New York Times", "De la Cruz".
const OPENING_DETERMINER = /^(?:The|A|An|His|Her|Their|Its|Our|This|That|One)\s/;
const DESCRIPTION_OPENING = /^(?:The|A|An|His|Her|Their|Its|Our|This|That|One)\s+\p{Ll}/u;

/** The speaker's name as it reads inside a sentence of Claimline's (messages, hovers, the timeline). */
export function speakerInSentence(speaker: Speaker): string {
  const name = speaker.name;
  const description = speaker.method === 'description' ? OPENING_DETERMINER.test(name) : DESCRIPTION_OPENING.test(name);
  return description ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/** The identified speaker as it reads inside a sentence, or null when nobody is identified. */
export function identifiedSpeakerInSentence(speaker: Speaker | null | undefined): string | null {
  return speaker && !isUnresolvedPronoun(speaker) ? speakerInSentence(speaker) : null;
}
