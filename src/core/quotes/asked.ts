// "Blumenthal was asked, “If you had known …?”", "Asked whether Clinton “has the integrity to
// serve,” 75 percent of Democrats said yes", "after being asked to defend his criticism of “New
// York values”": a quote inside a clause whose verb is a passive "asked" with no "by" is the
// question put to the subject by someone the article does not name. The subject was spoken to,
// and whoever answers after it answers the question: the quote has no speaker. ("Asked by Thrush
// whether …" names the asker: leading.ts reads that agent.)
import type { Sentence, Span } from '../types';
import { PRONOUNS } from './en/lexicon';
import { LEADING_WINDOW } from './leading';
import type { QuotePiece } from './marks';
import { isReportingVerb, tokenize } from './mentions';
import { sentenceAt } from './spans';

const BEFORE_PASSIVE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);

/** Whether piece i sits in a passive "asked" clause before it, in its sentence, with no other reporting verb between. */
export function isAskedQuestion(text: string, paragraphs: Span[], sentences: Sentence[], pieces: QuotePiece[], i: number): boolean {
  const piece = pieces[i];
  const paragraph = paragraphs[piece.paragraph];
  const previous = pieces[i - 1];
  const sentence = sentences[sentenceAt(sentences, piece.start)];
  const sentenceStart = sentence && sentence.start <= piece.start ? sentence.start : 0;
  // The quote's own sentence, not past an earlier quote of the paragraph (whose clause it may end).
  const from = Math.max(paragraph.start, sentenceStart, previous && previous.paragraph === piece.paragraph ? previous.end : 0, piece.start - LEADING_WINDOW);
  // Most quotes have no "sked" before them: a search of the window (at most LEADING_WINDOW
  // characters) instead of a tokenize.
  if (!hasAsked(text, from, piece.start)) return false;
  const tokens = tokenize(text, from, piece.start);
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t.stop || t.lower === ':' || t.lower === ';') return false;
    // "…, they are asked to rank their choices, and the group is less likely to be “…”": a clause
    // of its own after the question.
    if ((t.lower === 'and' || t.lower === 'but') && tokens[k - 1]?.lower === ',') return false;
    // "When the manager was asked about the plan, he laughed, “…”": a main clause with a subject
    // of its own after the question's clause.
    if (t.lower === ',' && k + 1 < tokens.length && (tokens[k + 1].cap || PRONOUNS.has(tokens[k + 1].lower))) return false;
    if (t.lower !== 'asked') {
      if (isReportingVerb(t)) return false;
      continue;
    }
    if (tokens[k + 1]?.lower === 'by') return false;
    // "Asked whether …" opening the sentence, or "was asked", "after being asked".
    if (t.cap) return k === 0 && from === sentenceStart;
    return k > 0 && BEFORE_PASSIVE.has(tokens[k - 1].lower);
  }
  return false;
}

/** Whether text[from, to) holds "sked" (of "asked"), read in place. */
function hasAsked(text: string, from: number, to: number): boolean {
  for (let i = from + 1; i + 4 <= to; i++) {
    if (text.charCodeAt(i) === 115 && text.charCodeAt(i + 1) === 107 && text.charCodeAt(i + 2) === 101 && text.charCodeAt(i + 3) === 100) return true;
  }
  return false;
}
