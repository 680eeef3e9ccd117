// "Although Weiner admitted that they had “been friends for some time,” he claimed …", "Though he
// said it led to a “handful of people” filing papers, John said …", "After Scalia said that they
// might do better at “less advanced schools,” Trump said …": a quote inside a concessive or other
// subordinate clause (after, when, because, if …) that opens the sentence is said by that clause's
// subject, written before the quote, rather than by the main clause's subject after it. The local mention is the clause's subject; a pronoun
// there is taken to be the main clause's person (they are most often the same).
import type { Speaker } from '../types';
import { SPEECH_VERBS } from './en/lexicon';
import { speakerAt } from './speakerShape';

// The opener, the subject (a pronoun, or one to three capitalised words), an optional adverb, a
// speech verb, then anything but a comma, semicolon or sentence end up to the quote.
const OPENING_CLAUSE = /^(?:Although|Though|While|Even though|Even as|After|When|Before|Once|As|Because|Since|If|Until|Unless)\s+(he|she|they|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:[a-z]+ly\s+)?([a-z]+)\b[^,;!?]*$/;

/** `speaker`, or the subject of the concessive clause the quote at `quoteStart` sits in. */
export function concessiveSpeaker(text: string, speaker: Speaker, quoteStart: number, paragraphStart: number): Speaker {
  if (speaker.start < quoteStart) return speaker;
  const before = text.slice(Math.max(paragraphStart, quoteStart - 300), quoteStart);
  let sentenceStart = 0;
  for (const m of before.matchAll(/[.!?]["”’']*\s+/g)) sentenceStart = m.index + m[0].length;
  const sentence = before.slice(sentenceStart).replace(/^\s+/, '');
  const match = OPENING_CLAUSE.exec(sentence);
  if (!match || !SPEECH_VERBS.has(match[2])) return speaker;
  const start = quoteStart - sentence.length + match[0].indexOf(match[1], match[0].indexOf(' '));
  // A pronoun is taken to be the main clause's subject's person; a name may be someone else.
  const name = /^(?:he|she|they)$/.test(match[1]) || speaker.name.includes(match[1]) ? speaker.name : match[1];
  return speakerAt(speaker, name, start, start + match[1].length, match[1]);
}
