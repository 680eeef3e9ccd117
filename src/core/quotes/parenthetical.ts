// "Cost estimates, he added, were “based on a prototype”", "Ryan said he was not ready, though he
// said, “I hope to.”": an attribution set off by commas inside the sentence ("…, he added, …")
// names the speaker of the quote that follows it in that sentence.
import type { Speaker } from '../types';
import { SPEECH_VERBS } from './en/lexicon';
import { namedSince, PERSON_CONTEXT } from './resolve';
import { speakerAt } from './speakerShape';

// A comma, an optional conjunction, the subject (a pronoun or one or two capitalised words), a speech
// verb and a comma, then the rest of the sentence up to the quote.
const PARENTHETICAL = /,\s+(?:(?:though|but|and)\s+)?(he|she|they|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(said|says|added|adds|noted|notes|argued|argues|insisted|insists|explained|explains|wrote|writes)\s*,([^.;!?]*)$/;

/** `speaker`, or the subject of a parenthetical attribution right before the quote at `quoteStart`. */
export function parentheticalSpeaker(text: string, speaker: Speaker, quoteStart: number, paragraphStart: number): Speaker {
  if (speaker.start > quoteStart) return speaker;
  const from = Math.max(paragraphStart, quoteStart - 150);
  const match = PARENTHETICAL.exec(text.slice(from, quoteStart));
  if (!match) return speaker;
  for (const word of match[3].toLowerCase().split(/[^a-z]+/)) if (SPEECH_VERBS.has(word)) return speaker;
  const start = from + match.index + match[0].indexOf(match[1], 1);
  if (speaker.start === start) return speaker;
  // A pronoun's person: the last one of that gender named before it in the paragraph, within the
  // distance every pronoun looks back (PERSON_CONTEXT), so a long paragraph of quotes stays linear.
  const pronoun = match[1] === 'he' ? 'male' : match[1] === 'she' ? 'female' : null;
  const name = pronoun ? namedSince(text, Math.max(paragraphStart, start - PERSON_CONTEXT), start, pronoun) ?? match[1] : match[1];
  return speakerAt(speaker, name, start, start + match[1].length, match[1]);
}
