// "“…,” Megan Greene said. … Greene added that the Fed wants out. “…”": a quote that takes its
// speaker from an earlier sentence (a continuation, or the previous quote of its paragraph) is
// pointed at the nearest mention of that person before it, as a reader (and an annotator) would:
// the surname written again in a later sentence, not the first mention. The canonical name stays.
import type { Sentence, Speaker } from '../types';
import type { Link } from './attribution';
import type { QuotePiece } from './marks';
import { sentenceAt, spanAt } from './spans';
import { speakerAt } from './speakerShape';

// How far back from the quote the surname is looked for.
const REACH = 700;

/**
 * `speaker`, or its surname's last occurrence between its mention's sentence and `quoteStart`. An
 * occurrence counts when it is a word of its own, outside every quote, not possessive ("Greene's
 * view") and not the first word of a longer name ("Trump Tower", "the Clinton Foundation").
 */
export function nearestMention(text: string, speaker: Speaker, quoteStart: number, link: Link, sentences: Sentence[], pieces: QuotePiece[]): Speaker {
  if ((link !== 'continuation' && link !== 'inherited') || speaker.end > quoteStart) return speaker;
  if (speaker.method === 'pronoun' || speaker.method === 'description') return speaker;
  const space = speaker.mention.lastIndexOf(' ');
  const surname = speaker.mention.slice(space + 1);
  if (!/^\p{Lu}[\p{L}’'.-]{2,}$/u.test(surname) || /['’]s$/.test(surname)) return speaker;
  const mentionSentence = sentenceAt(sentences, speaker.start);
  const from = Math.max(speaker.end, quoteStart - REACH);
  for (let at = text.lastIndexOf(surname, quoteStart - surname.length); at >= from; at = text.lastIndexOf(surname, at - 1)) {
    const end = at + surname.length;
    if (isWordChar(text, at - 1) || isWordChar(text, end)) continue;
    if (sentenceAt(sentences, at) <= mentionSentence) break;
    if (/^['’]s\b|^ \p{Lu}/u.test(text.slice(end, end + 3)) || insideQuote(pieces, at)) continue;
    return speakerAt(speaker, speaker.name, at, end, surname);
  }
  return speaker;
}

function isWordChar(text: string, i: number): boolean {
  return i >= 0 && i < text.length && /[\p{L}\p{N}]/u.test(text[i]);
}

function insideQuote(pieces: QuotePiece[], offset: number): boolean {
  const piece = pieces[spanAt(pieces, offset)];
  return piece !== undefined && piece.start <= offset;
}
