// "Albright fanned controversy over her remark that “…”", "after his warning that Britain would go
// to the “back of the queue”": a quote inside what a possessive pronoun's remark, comment or warning
// said is that person's words. The local mention is the possessive; the name is the last person of
// that gender named before it in the paragraph (else the pronoun itself).
import type { Speaker } from '../types';
import { SPEECH_VERBS } from './en/lexicon';
import { namedSince, PERSON_CONTEXT } from './resolve';
import { speakerAt } from './speakerShape';

// "his/her/their", up to two words ("March", "past"), a noun for something said (not "statement":
// the medium, whose issuer is named as the speaker: "saying in his statement that"), then the text
// up to the quote.
const POSSESSIVE_REMARK = /\b(his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:remarks?|comments?|claims?|warnings?|promises?|vows?|pledges?|assertions?|insistence|suggestion|words|contention|declaration|boast|quip)\b([^.;!?“”"]*)$/i;
// How far before the quote the pronoun may be.
const REACH = 150;

/**
 * `speaker`, or the possessive pronoun whose remark holds the quote at `quoteStart`: the remark runs
 * to the quote in one sentence through "that", then without a speech verb (whose subject would be
 * the speaker) and without a comma; only when `speaker` is written before it (a
 * speaker after the quote has its own verb).
 */
export function possessiveRemarkSpeaker(text: string, speaker: Speaker, quoteStart: number, paragraphStart: number): Speaker {
  const from = Math.max(paragraphStart, quoteStart - REACH);
  const match = POSSESSIVE_REMARK.exec(text.slice(from, quoteStart));
  if (!match) return speaker;
  const start = from + match.index;
  if (speaker.end > start) return speaker;
  // The remark's content follows "that" ("her remark that “…”", "her comments before the committee
  // that “…”"); without it, or with a verb before it, the quote says what the remark was ("his
  // comments were “sarcastic”", "said his comments were misread and that he was “…”").
  const that = /^(?:\s+[\w'’-]+){0,6}?\s+that\b,?/.exec(match[2]);
  if (!that || /\b(?:and|or|but|is|are|was|were|be|been|has|have|had)\b/i.test(that[0])) return speaker;
  const rest = match[2].slice(that[0].length);
  if (rest.includes(',')) return speaker;
  for (const word of rest.toLowerCase().split(/[^a-z]+/)) if (SPEECH_VERBS.has(word)) return speaker;
  const pronoun = match[1];
  const lower = pronoun.toLowerCase();
  const name = lower === 'their' ? null : namedSince(text, Math.max(paragraphStart, start - PERSON_CONTEXT), start, lower === 'her' ? 'female' : 'male');
  return speakerAt(speaker, name ?? pronoun, start, start + pronoun.length, pronoun);
}
