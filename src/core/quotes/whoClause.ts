// "…, said one aide, who added that the White House seemed “rattled”": a quote inside a relative
// clause whose verb is a speech verb is said by the one the "who" stands for, not by the subject of
// the main clause. The local mention is the "who" (as in relative.ts); the canonical name is the
// phrase it follows ("one aide", "the Mexican president"), which need not be a name.
import type { Speaker } from '../types';
import { SPEECH_VERBS } from './en/lexicon';
import { speakerAt } from './speakerShape';

// Verbs that report what was said (not "wondered", "asked", "recalled": what someone thought or
// asked is the reporter's account of the speaker of the main clause).
const SAYING = new Set(`say says said add adds added tell tells told promise promises promised vow vows vowed
  proclaim proclaims proclaimed claim claims claimed declare declares declared warn warns warned insist insists
  insisted argue argues argued note notes noted write writes wrote tweet tweets tweeted state states stated
  contend contends contended assert asserts asserted predict predicts predicted`.split(/\s+/));
// A comma or dash, "who", up to three modifiers ("has publicly", "also", "later"), then a verb; the
// last one in the sentence before the quote. Only a non-restrictive clause: "a surrogate who said
// voters shouldn't “…”" describes someone the article reports on through the main clause's subject.
const WHO_VERB = /[,–—-]\s*who\s+((?:(?:has|have|had|also|then|later|once|previously|[a-z]+ly)\s+){0,3})([a-z]+)\b/g;
// How far before the quote the "who" may be.
const WHO_REACH = 200;

/**
 * `speaker`, or the relative "who" whose speech verb governs the quote starting at `quoteStart`: the
 * clause runs from the verb to the quote within one sentence, without a comma, colon or semicolon
 * (one would close the clause: "Lee, who spoke first, said “…”") and without another speech verb
 * (whose own subject would be the speaker). Only when `speaker` is named before the "who": a
 * speaker inside the clause or after the quote has its own verb.
 */
export function whoClauseSpeaker(text: string, speaker: Speaker, quoteStart: number, paragraphStart: number): Speaker {
  const from = Math.max(paragraphStart, quoteStart - WHO_REACH);
  const before = text.slice(from, quoteStart);
  // Most quotes have no "who" before them: one indexOf instead of the pattern.
  if (before.indexOf('who') < 0) return speaker;
  let last: RegExpExecArray | null = null;
  WHO_VERB.lastIndex = 0;
  for (let m = WHO_VERB.exec(before); m !== null; m = WHO_VERB.exec(before)) last = m;
  if (!last || !SAYING.has(last[2])) return speaker;
  const whoStart = from + last.index + last[0].indexOf('who');
  if (speaker.start === whoStart || speaker.end > whoStart) return speaker;
  const clause = before.slice(last.index + last[0].length);
  if (/[,;:!?\n]|\.["”’']*(?:\s|$)/.test(clause)) return speaker;
  for (const word of clause.toLowerCase().split(/[^a-z]+/)) if (SPEECH_VERBS.has(word)) return speaker;
  const name = antecedent(text, from, whoStart);
  if (!name) return speaker;
  return speakerAt(speaker, name, whoStart, whoStart + 3, 'who');
}

/** The phrase right before the "who" at `whoStart`, back to a clause boundary (up to six words). */
function antecedent(text: string, from: number, whoStart: number): string | null {
  const head = text.slice(from, whoStart).replace(/[\s,–—-]+$/, '');
  let cut = 0;
  for (const m of head.matchAll(/[.;:!?“”"(]/g)) cut = m.index + 1;
  const words = head.slice(cut).split(/[\s,]+/).filter(Boolean).slice(-6);
  return words.length > 0 ? words.join(' ') : null;
}
