// "Cruz said as the heckler yelled: “…”", "…, to which O'Malley interjected: “…”": a quote after a
// colon belongs to the subject of the speech verb right before the colon, even when that verb sits
// in a subordinate clause ("as", "to which", "while", "with") after the main clause's own speaker.
import type { Speaker } from '../types';
import { speakerAt } from './speakerShape';

// A clause opener, the subject (one to three capitalised words, or "the/his/her/their" and a noun),
// an optional adverb, a speech verb, an optional addressee, and the colon that ends the text.
const CLAUSE_SPEAKER = /(?:(?:^|[\s,])(?:as|which|while|when|with|and)\s+|,\s+)((?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+[a-z]+|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:[a-z]+ly\s+)?(?:said|says|yelled|yells|yelling|shouted|shouts|shouting|whispered|whispers|interjected|interjects|responded|responds|replied|replies|added|adds|saying)(?:\s+(?:to\s+)?(?:him|her|them))?\s*:\s*$/;
// Pronouns and sentence words that are not a subject of their own here.
const NOT_SUBJECT = /^(?:He|She|They|It|I|We|You|The|His|Her|Their)$/;

/**
 * `speaker`, or the subject of the speech verb that ends the text before the quote at `quoteStart`
 * with a colon, when that subject is written after `speaker` in the same sentence.
 */
export function colonClauseSpeaker(text: string, speaker: Speaker, quoteStart: number, paragraphStart: number): Speaker {
  const from = Math.max(paragraphStart, quoteStart - 160);
  const before = text.slice(from, quoteStart);
  const match = CLAUSE_SPEAKER.exec(before);
  if (!match || NOT_SUBJECT.test(match[1])) return speaker;
  const start = from + match.index + match[0].indexOf(match[1]);
  if (speaker.end > start) return speaker;
  if (/[.!?]["”’']*\s/.test(text.slice(speaker.end, start))) return speaker;
  const end = start + match[1].length;
  const mention = match[1];
  return speakerAt(speaker, mention, start, end, mention);
}
