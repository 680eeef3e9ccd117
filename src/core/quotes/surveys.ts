// "In a CNN poll released Monday, 31% of Republicans said they were “…”": the people a survey
// counts are not speakers; the survey is the source. A quote whose speaker is a share of a group
// ("31% of Republicans", "six in 10 voters", "the vast majority of Americans") takes the poll or
// survey named just before it, in its paragraph, as its speaker.
import type { Speaker } from '../types';
import { speakerAt } from './speakerShape';

// A share of a group written right before the mention.
const SHARE_BEFORE = /(?:\d+(?:\.\d+)?\s*(?:%|percent|per cent)|\b(?:majority|most|half|third|quarter|plurality|minority)|\b(?:one|two|three|four|five|six|seven|eight|nine|\d)\s+in\s+(?:10|ten))\s+(?:of\s+)?(?:the\s+|all\s+|likely\s+)?$/i;
// A poll or survey: its determiner, up to six words, the noun.
const SURVEY = /\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Nn]ew|[Ll]atest)\s(?:[^\s.,;:!?“”"]+\s){0,6}?(?:poll|survey)\b/g;
// How far before the mention the survey may be named (within the paragraph).
const SURVEY_REACH = 400;

/** `speaker`, or the survey named before it when the speaker is a share of those it asked. */
export function surveySource(text: string, speaker: Speaker, paragraphStart: number): Speaker {
  const from = Math.max(paragraphStart, speaker.start - SURVEY_REACH);
  const before = text.slice(from, speaker.start);
  if (!SHARE_BEFORE.test(before.slice(-40))) return speaker;
  let last: RegExpExecArray | null = null;
  SURVEY.lastIndex = 0;
  for (let m = SURVEY.exec(before); m !== null; m = SURVEY.exec(before)) last = m;
  if (!last) return speaker;
  const start = from + last.index;
  const end = start + last[0].length;
  const mention = text.slice(start, end);
  return speakerAt(speaker, mention, start, end, mention);
}
