// Quoted statements and their speakers: the stages of analyzeQuotes, in the order they run. Each
// stage is a function whose inputs are its arguments and whose output is its result (or, for the
// attribution stages, the pieces it attributes in `attributions`); each step is linear in the text,
// with bounded look-around windows.
//
//  1. blocks, pieces       quote marks paired per block (marks.ts)
//  2. own attributions     after the quote, before it in its sentence, a transcript label (attribution.ts)
//  3. inherited            same group, same paragraph, the previous paragraph's quote (attribution.ts)
//  4. cues                 reported-speech cue of each sentence, on demand (cues.ts)
//  5. introduced           a paragraph-initial quote after a paragraph of reported speech
//  6. statements           which pieces are statements, not titles or scare quotes (statements.ts)
//  7. sentence subject     an unattributed quote inside the reporter's sentence (leading.ts)
//  8. previous speaker     an unattributed quote continues the nearest speaker before it
//  9. resolution           names, pronouns and descriptions to people (resolution.ts, resolve.ts)
// 10. quotes, sentences    the Quote list and one SentenceAttribution per sentence
//
// Cues are computed for every sentence by default, or only for those the caller asks about
// (options.attributeSentences) plus the few that quotes and pronouns need: stages 5, 8 and 9 ask
// for exactly those. Bounding every look-back is what lets the partial computation give the same
// answers as the full one.
//
// Module state: the tokenizer recycles its token objects between calls (mentions.ts); analyzeQuotes
// returns them with releaseTokens() before it returns. Analysis is synchronous, so no two analyses
// ever share the pool; a test checks that an analysis gives the same result after another one.
import type { Quote, Sentence, Span, Speaker } from '../types';
import { isAskedQuestion } from './asked';
import { inheritAttributions, ownAttribution, PieceAttributions } from './attribution';
import { CueTable } from './cues';
import { sentenceSubject } from './leading';
import { findEdits, findQuotePieces, type QuotePiece } from './marks';
import { releaseTokens, type Mention } from './mentions';
import { relativeMention } from './relative';
import { nearestMention } from './nearestMention';
import { colonClauseSpeaker } from './colonClause';
import { parentheticalSpeaker } from './parenthetical';
import { possessiveRemarkSpeaker } from './possessive';
import { concessiveSpeaker } from './subordinate';
import { whoClauseSpeaker } from './whoClause';
import { writtenOnSource } from './writtenOn';
import { surveySource } from './surveys';
import { lookBackCues, Resolutions } from './resolution';
import { SentenceWords } from './scan';
import { SourceFinder } from './sources';
import { lastSentenceBefore, sentenceAt, splitBlocks } from './spans';
import { isStatement } from './statements';
import { learnedSpeaker, learnedSpeakerOfUnattributed, SHIPPED_SPEAKER_MODEL, type SpeakerChoiceOptions } from './speakerChoice';
import { TRAILING_WINDOW } from './trailing';

export interface SentenceAttribution {
  /** Who the sentence's content is attributed to (quote speaker or reported-speech source). */
  speaker: Speaker | null;
  /** Stated source: "in an interview with Sputnik", "REUTERS/Ueslei Marcelino". */
  source: string | null;
}

export interface QuoteAnalysis {
  quotes: Quote[];
  /** One entry per sentence, same order as the sentences given. */
  sentences: SentenceAttribution[];
}

/** Options for analyzeQuotes. */
export interface AnalyzeQuotesOptions {
  /**
   * Which sentences need a SentenceAttribution. Others get {speaker: null, source: null}, and the
   * work for them is skipped (quotes and their speakers are still found everywhere). The
   * attributions of the selected sentences are the same as without the option. Called more than
   * once per sentence: it must be a pure function of the index.
   */
  attributeSentences?: (sentenceIndex: number) => boolean;
  /**
   * The learned speaker choice (speakerChoice.ts): its model (default: the shipped one; null: the
   * rules alone) and, for training, a receiver of every quote's candidates.
   */
  speakerChoice?: Partial<SpeakerChoiceOptions>;
}

// How far back an unattributed quote may borrow the previous speaker.
const FALLBACK_DISTANCE = 700;

// The attribution of every sentence the caller did not ask about: one shared, frozen object
// rather than one per sentence (most sentences of a long document).
const NOT_ATTRIBUTED: SentenceAttribution = Object.freeze({ speaker: null, source: null });

export function analyzeQuotes(text: string, paragraphSpans: Span[], sentences: Sentence[], options: AnalyzeQuotesOptions = {}): QuoteAnalysis {
  const blocks = splitBlocks(text, paragraphSpans);
  const pieces = findQuotePieces(text, blocks);
  const attributions = new PieceAttributions(pieces.length);
  for (let i = 0; i < pieces.length; i++) {
    if (isAskedQuestion(text, blocks, sentences, pieces, i)) {
      attributions.silenced[i] = 1;
      continue;
    }
    const own = ownAttribution(text, blocks, sentences, pieces, i);
    if (own) attributions.set(i, own.mention, own.link);
  }
  inheritAttributions(blocks, pieces, attributions);
  const wanted = options.attributeSentences ? askedFor(options.attributeSentences, sentences.length) : undefined;
  const words = new SentenceWords(text, sentences);
  const cues = new CueTable(text, sentences, pieces, words);
  if (!wanted) cues.range(0, sentences.length);
  attributeIntroduced(blocks, sentences, pieces, cues, attributions);
  const keep = statements(text, blocks, pieces, attributions);
  attributeToSentenceEnd(sentences, pieces, keep, attributions);
  attributeToSentenceSubject(text, blocks, sentences, pieces, keep, attributions);
  attributeToPreviousSpeaker(sentences, pieces, keep, cues, attributions, wanted !== undefined);
  const quoteMentions = speakerMentions(pieces, keep, attributions);
  if (wanted) lookBackCues(text, sentences, quoteMentions, cues, wanted);
  const resolutions = new Resolutions(text, sentences.length, quoteMentions, cues);
  const choice: SpeakerChoiceOptions = { model: options.speakerChoice?.model === undefined ? SHIPPED_SPEAKER_MODEL : options.speakerChoice.model, collect: options.speakerChoice?.collect };
  const quotes = buildQuotes(text, blocks, sentences, pieces, keep, attributions, resolutions, choice);
  const attributed = attributeSentences(text, sentences, words, quotes, cues, resolutions, wanted);
  releaseTokens();
  return { quotes, sentences: attributed };
}

/** The caller's selection read once per sentence (it is consulted several times per sentence). */
function askedFor(select: (sentenceIndex: number) => boolean, count: number): (sentenceIndex: number) => boolean {
  const asked = new Uint8Array(count);
  for (let s = 0; s < count; s++) if (select(s)) asked[s] = 1;
  return (s) => asked[s] === 1;
}

/** Stage 5: paragraph-initial quotes introduced by the previous paragraph's reported speech. */
function attributeIntroduced(blocks: Span[], sentences: Sentence[], pieces: QuotePiece[], cues: CueTable, attributions: PieceAttributions): void {
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (!attributions.open(i) || piece.start !== blocks[piece.paragraph].start || piece.paragraph === 0) continue;
    const previous = lastSentenceBefore(sentences, piece.start);
    const cue = previous >= 0 ? cues.get(previous) : null;
    if (cue && sentences[previous].end >= blocks[piece.paragraph - 1].start) {
      attributions.set(i, cue, 'continuation');
    }
  }
}

/** Stage 6: 1 for each piece that is a statement. */
function statements(text: string, blocks: Span[], pieces: QuotePiece[], attributions: PieceAttributions): Uint8Array {
  const keep = new Uint8Array(pieces.length);
  for (let i = 0; i < pieces.length; i++) if (isStatement(text, blocks, pieces, i, attributions.links[i])) keep[i] = 1;
  return keep;
}

/**
 * Stage 7: a kept quote with no attribution that sits inside the reporter's sentence ("Reid has
 * gone after Trump as a “…”"): the sentence's subject is the speaker rather than the nearest
 * earlier one. One bounded tokenize per such quote.
 */
function attributeToSentenceSubject(text: string, blocks: Span[], sentences: Sentence[], pieces: QuotePiece[], keep: Uint8Array, attributions: PieceAttributions): void {
  for (let i = 0; i < pieces.length; i++) {
    if (!keep[i] || attributions.silenced[i] || (attributions.has(i) && !inheritedAcrossSentences(sentences, pieces, attributions, i))) continue;
    const subject = sentenceSubject(text, blocks[pieces[i].paragraph], sentences, pieces[i].start);
    if (subject) attributions.set(i, subject, 'frame');
  }
}

/**
 * Stage 6b: "His endorsements will carry “…” and bring the “…” they need, Sroka said.": a kept
 * quote with no attribution, followed in its own sentence by a quote that the attribution ending
 * that sentence names, shares that speaker (and so on back through the sentence's quotes).
 */
function attributeToSentenceEnd(sentences: Sentence[], pieces: QuotePiece[], keep: Uint8Array, attributions: PieceAttributions): void {
  for (let i = pieces.length - 2; i >= 0; i--) {
    if (!keep[i] || !attributions.open(i) || attributions.links[i + 1] !== 'trailing') continue;
    const mention = attributions.mentions[i + 1]!;
    if (pieces[i + 1].paragraph !== pieces[i].paragraph || mention.start < pieces[i + 1].end) continue;
    if (sentenceAt(sentences, pieces[i].start) !== sentenceAt(sentences, mention.start)) continue;
    attributions.set(i, mention, 'trailing');
  }
}

/**
 * Piece i only inherited its speaker from an earlier sentence ("He rails against its “…” and
 * pledges to fight its “…”" after a sentence about someone else): its own sentence's subject, when
 * it has one, is nearer. Not for a piece that shares a sentence with the piece before it.
 */
function inheritedAcrossSentences(sentences: Sentence[], pieces: QuotePiece[], attributions: PieceAttributions, i: number): boolean {
  const link = attributions.links[i];
  if (link !== 'inherited' && link !== 'continuation') return false;
  const sentence = sentences[sentenceAt(sentences, pieces[i].start)];
  if (!sentence || sentence.start > pieces[i].start) return false;
  const previous = pieces[i - 1];
  return attributions.mentions[i]!.end <= sentence.start && (!previous || previous.end <= sentence.start);
}

/**
 * Stage 8: a kept quote with no cue of its own most likely continues the nearest speaker before it:
 * the latest cue or quote speaker, if it ends within FALLBACK_DISTANCE. With `partial` (only some
 * sentences' cues computed), the cues this stage reads are computed first: for each such quote,
 * the sentences before it back to the first that has a cue (cueBefore). Those are the only cues
 * that can be the latest one in reach.
 */
function attributeToPreviousSpeaker(sentences: Sentence[], pieces: QuotePiece[], keep: Uint8Array, cues: CueTable, attributions: PieceAttributions, partial: boolean): void {
  if (partial) {
    for (let i = 0; i < pieces.length; i++) {
      if (keep[i] && attributions.open(i)) cueBefore(sentences, cues, pieces[i].start);
    }
  }
  let lastMention: Mention | null = null;
  let cueIndex = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    while (cueIndex < sentences.length && sentences[cueIndex].end <= piece.start) {
      const cue = cues.known(cueIndex++);
      if (cue && (!lastMention || cue.start > lastMention.start)) lastMention = cue;
    }
    if (attributions.open(i) && keep[i] && lastMention && piece.start - lastMention.end < FALLBACK_DISTANCE) {
      attributions.set(i, lastMention, 'continuation');
    }
    const mention = attributions.mentions[i];
    if (keep[i] && mention && mention.start < piece.end + TRAILING_WINDOW && (!lastMention || mention.start > lastMention.start)) lastMention = mention;
  }
}

/** The cue of the last sentence before `offset` that has one, within FALLBACK_DISTANCE (computing cues as it goes). */
function cueBefore(sentences: Sentence[], cues: CueTable, offset: number): Mention | null {
  const horizon = sentenceAt(sentences, offset - FALLBACK_DISTANCE);
  for (let s = lastSentenceBefore(sentences, offset); s >= horizon; s--) {
    const cue = cues.get(s);
    if (cue) return cue;
  }
  return null;
}

/**
 * The mentions of the kept quotes' speakers, in piece order. Counted first and filled, not grown
 * by push (see docs/performance.md).
 */
function speakerMentions(pieces: QuotePiece[], keep: Uint8Array, attributions: PieceAttributions): Mention[] {
  let count = 0;
  for (let i = 0; i < pieces.length; i++) if (keep[i] && attributions.has(i)) count++;
  const mentions = new Array<Mention>(count);
  for (let i = 0, n = 0; i < pieces.length; i++) {
    const mention = attributions.mentions[i];
    if (keep[i] && mention) mentions[n++] = mention;
  }
  return mentions;
}

/**
 * The speaker of a quote inside a clause of its own rather than the attribution's: ", who added
 * that “…”", "as the heckler yelled: “…”", "her remark that “…”", "Although X admitted that “…”",
 * "Costs, he added, were “…”"; or the sign or ad it is written on ("a sign saying “…”").
 */
function speakerInClause(text: string, speaker: Speaker, quoteStart: number, paragraphStart: number): Speaker {
  let result = whoClauseSpeaker(text, speaker, quoteStart, paragraphStart);
  result = colonClauseSpeaker(text, result, quoteStart, paragraphStart);
  result = possessiveRemarkSpeaker(text, result, quoteStart, paragraphStart);
  result = concessiveSpeaker(text, result, quoteStart, paragraphStart);
  result = parentheticalSpeaker(text, result, quoteStart, paragraphStart);
  return writtenOnSource(text, result, quoteStart, paragraphStart);
}

/** Stage 10a: the kept pieces as Quotes, each with its speaker, its edits and its group's first quote. */
function buildQuotes(text: string, blocks: Span[], sentences: Sentence[], pieces: QuotePiece[], keep: Uint8Array, attributions: PieceAttributions, resolutions: Resolutions, choice: SpeakerChoiceOptions): Quote[] {
  let keptCount = 0;
  for (let i = 0; i < pieces.length; i++) if (keep[i]) keptCount++;
  let previousSpeaker: string | null = null;
  const quotes = new Array<Quote>(keptCount);
  const quoteIndexOfPiece = new Int32Array(pieces.length).fill(-1);
  for (let i = 0, index = 0; i < pieces.length; i++) {
    if (!keep[i]) continue;
    const piece = pieces[i];
    const mention = attributions.mentions[i];
    const groupFirst = quoteIndexOfPiece[piece.group];
    const edits = findEdits(text, piece.start, piece.end);
    quoteIndexOfPiece[i] = index;
    // Written out, not closures made per document (their optimized code would die with them).
    let speaker: Speaker | null = null;
    if (!mention) {
      if (!attributions.silenced[i]) {
        speaker = learnedSpeakerOfUnattributed(text, blocks, sentences, pieces, i, previousSpeaker, choice);
        if (speaker) previousSpeaker = speaker.mention;
      }
    } else {
      const ruled = speakerInClause(text, surveySource(text, relativeMention(text, nearestMention(text, resolutions.speakerOf(mention, attributions.links[i]!), piece.start, attributions.links[i]!, sentences, pieces), piece.start), blocks[piece.paragraph].start), piece.start, blocks[piece.paragraph].start);
      speaker = learnedSpeaker(text, blocks, sentences, pieces, i, attributions.links[i]!, mention, ruled, previousSpeaker, choice);
      previousSpeaker = speaker.mention;
    }
    quotes[index] = {
      start: piece.start,
      end: piece.end,
      text: text.slice(piece.start, piece.end),
      speaker,
      edited: edits.length > 0,
      edits,
      group: groupFirst >= 0 ? groupFirst : index,
    };
    index++;
  }
  return quotes;
}

/** Stage 10b: each sentence's attribution: inside a kept quote, its speaker; else the sentence's own cue. */
function attributeSentences(
  text: string,
  sentences: Sentence[],
  words: SentenceWords,
  quotes: Quote[],
  cues: CueTable,
  resolutions: Resolutions,
  wanted: ((s: number) => boolean) | undefined,
): SentenceAttribution[] {
  const result = new Array<SentenceAttribution>(sentences.length);
  const sources = new SourceFinder(text, sentences, words);
  let q = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s];
    while (q < quotes.length && quotes[q].end <= sentence.start) q++;
    if (wanted && !wanted(s)) {
      result[s] = NOT_ATTRIBUTED;
      continue;
    }
    let speaker: Speaker | null = null;
    const quote = quotes[q];
    const cue = cues.get(s);
    if (quote && quote.start <= sentence.start + 1 && quote.end > sentence.start && quote.speaker) speaker = quote.speaker;
    else if (quote && quote.start < sentence.end && quote.speaker && !cue) speaker = quote.speaker;
    else if (cue) speaker = resolutions.speakerOf(cue, cues.isAccording(s) ? 'according' : 'trailing', quote?.speaker);
    result[s] = { speaker, source: sources.sourceOf(s) };
  }
  return result;
}
