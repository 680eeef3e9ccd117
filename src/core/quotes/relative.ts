// "Beck, who has long described Trump as “…”": the speaker's local mention is the relative pronoun
// that is the subject of the clause the quote sits in, not the name it stands for (that name stays
// the speaker's canonical name). The nearest mention of the speaker is what a reader, and an
// annotator, points at.
import type { Speaker } from '../types';
import { speakerAt } from './speakerShape';

// After the name: an optional parenthetical ("(R-Utah)"), a comma or a dash, then "who".
const RELATIVE_AFTER_NAME = /^(?:\s*\([^()\n]{1,40}\))?\s*[,–—-]?\s*(who)\s/;
// How far the quote may be from the name.
const RELATIVE_REACH = 200;

/**
 * `speaker` with the relative pronoun after its name as its local mention, when the quote starting
 * at `quoteStart` is inside that relative clause: the clause runs to the quote without a sentence
 * end and without a comma other than one right before the quote (a comma would close the clause
 * and hand the quote to the name's own verb: "Lee, who spoke first, said “…”"). Else `speaker`.
 */
export function relativeMention(text: string, speaker: Speaker, quoteStart: number): Speaker {
  if (speaker.end >= quoteStart || quoteStart - speaker.end > RELATIVE_REACH) return speaker;
  const between = text.slice(speaker.end, quoteStart);
  const match = RELATIVE_AFTER_NAME.exec(between);
  if (!match) return speaker;
  const whoEnd = match.index + match[0].length;
  const clause = between.slice(whoEnd).replace(/,\s*$/, '');
  if (/[,;!?\n]|\.["”’']*(?:\s|$)/.test(clause)) return speaker;
  const start = speaker.end + match[0].indexOf(match[1]);
  return speakerAt(speaker, speaker.name, start, start + 3, text.slice(start, start + 3));
}
