// Candidate speakers of one quote, each with the features the learned speaker choice scores
// (speakerModel.ts, docs/speaker-model.md). Candidates are the mentions a reader would weigh: the
// names, person pronouns and role descriptions ("the president", "a spokesman") written outside
// quotes in the quote's sentence and the few sentences before it, plus the rules' own answer.
// Features are binary and named by strings, so the weights file stays readable.
import { isWhitespace } from '../chars';
import type { Sentence, Span } from '../types';
import { DETERMINERS, FEMALE_FIRST_NAMES, FRAMING_VERBS, MALE_FIRST_NAMES, ROLE_NOUNS, SPEECH_VERBS } from './en/lexicon';
import { DIGITS, featureName, featureNamer } from './featureNames';
import type { QuotePiece } from './marks';
import { nameStartingAt, tokenize, type MentionKind, type Token } from './mentions';
import { sentenceAt } from './spans';

export interface SpeakerCandidate extends Span {
  kind: MentionKind;
  /** The candidate as written. */
  text: string;
  /** True for the candidate the rules chose. */
  rule: boolean;
  features: string[];
  /**
   * Every feature also counts crossed with this prefix ("carried>", "own>"): the model weighs each
   * of them twice, once alone and once by how the rules linked the quote. The crossed names are
   * not listed: the scorer reads both weights from one table (speakerModel.ts), and training
   * spells them out (trainingFeatures()).
   */
  cross?: string;
}

/** What the rules decided for the quote, and how. */
export interface RuleChoice extends Span {
  /** The attribution link (attribution.ts) and the speaker's method: the quote's category. */
  category: string;
  /** The written mention of the rules' speaker. */
  mention: string;
  kind: MentionKind;
  /** The rules found no speaker: there is no rules' candidate (the span is empty). */
  absent?: boolean;
}

/** The RuleChoice of a quote the rules left without a speaker. */
export const NO_RULE_CHOICE: RuleChoice = Object.freeze({ start: -1, end: -1, category: 'none/none', mention: '', kind: 'name', absent: true });

export interface CandidateContext {
  text: string;
  blocks: Span[];
  sentences: Sentence[];
  pieces: QuotePiece[];
  /** The quote piece. */
  index: number;
  rule: RuleChoice;
  /** The written speaker of the quote before this one (in the text), if any. */
  previousSpeaker: string | null;
}

// How many sentences before the quote's own sentence are read, and how many characters at most.
const SENTENCES_BEFORE = 3;
const REACH = 700;
// …and how far after the quote, at most, its sentence is read.
const REACH_AFTER = 300;
const OBJECT_PREPOSITIONS = new Set('to of for with about by against on at from than like into over'.split(' '));
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

/** The category of a quote for the learned choice: how the rules linked it, and the speaker's kind. */
export function quoteCategory(link: string, carried: boolean, kind: MentionKind): string {
  return featureName(carried ? 'carried/' : featureName(link, '/'), kind);
}

/** The last whitespace-separated word, lower-cased, without a final "'s". */
function lastWord(s: string): string {
  let end = s.length;
  if (end >= 2 && s.charCodeAt(end - 1) === 115 && (s.charCodeAt(end - 2) === 39 || s.charCodeAt(end - 2) === 0x2019)) end -= 2;
  let start = end;
  while (start > 0 && !isWhitespace(s.charCodeAt(start - 1))) start--;
  return s.slice(start, end).toLowerCase();
}

function bucket(distance: number): string {
  if (distance < 20) return '0';
  if (distance < 60) return '1';
  if (distance < 150) return '2';
  if (distance < 300) return '3';
  return '4';
}

/**
 * The text segments of [from, to) outside every quote piece; `index` is a piece inside the window,
 * so only the pieces near it are read (not every piece of the document, once per quote).
 */
function outsideQuotes(pieces: QuotePiece[], index: number, from: number, to: number): Span[] {
  let first = index;
  while (first > 0 && pieces[first - 1].end > from) first--;
  const segments: Span[] = [];
  let at = from;
  for (let k = first; k < pieces.length; k++) {
    const piece = pieces[k];
    if (piece.end <= at) continue;
    if (piece.start >= to) break;
    if (piece.start > at) segments.push({ start: at, end: piece.start });
    at = Math.max(at, piece.end);
  }
  if (at < to) segments.push({ start: at, end: to });
  return segments;
}

interface Found extends Span {
  kind: MentionKind;
  titles: number;
  /** Token indices of the mention in its segment's tokens. */
  first: number;
  last: number;
}

/** Names, subject pronouns and determiner-led role nouns among a segment's tokens. */
function mentionsIn(tokens: Token[]): Found[] {
  const found: Found[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.punct) continue;
    if (SUBJECT_PRONOUNS.has(t.lower)) {
      found.push({ start: t.start, end: t.end, kind: 'pronoun', titles: 0, first: k, last: k });
      continue;
    }
    if (t.cap && !(k > 0 && tokens[k - 1].cap && !tokens[k - 1].punct && !tokens[k - 1].stop)) {
      const name = nameStartingAt(tokens, k);
      if (name && !notASpeaker(tokens, k, name.end)) {
        // A name ends at a full stop: "Reagan. God" is two sentences.
        let last = k;
        while (last + 1 < tokens.length && tokens[last].end < name.end && !tokens[last].stop) last++;
        found.push({ start: name.start, end: tokens[last].end, kind: 'name', titles: name.titles.length, first: k, last });
        k = last;
        continue;
      }
    }
    if (!t.cap && ROLE_NOUNS.has(t.lower) && !t.possessive) {
      let first = k;
      while (first > 0 && k - first < 4 && !tokens[first - 1].punct && !DETERMINERS.has(tokens[first - 1].lower) && !tokens[first - 1].stop) first--;
      if (first > 0 && DETERMINERS.has(tokens[first - 1].lower)) first--;
      found.push({ start: tokens[first].start, end: t.end, kind: 'description', titles: 0, first, last: k });
    }
  }
  return found;
}

/**
 * A capitalised word no reader takes for a speaker: a participle or gerund alone ("Adding, …",
 * "Calling the plan …"), or a state's abbreviation alone ("Va.", "Ill.").
 */
function notASpeaker(tokens: Token[], first: number, end: number): boolean {
  const t = tokens[first];
  if (t.end !== end) return false;
  const abbreviation = t.end - t.start === t.lower.length + 1 && !t.stop && t.lower.length <= 5;
  return /^[a-z]{3,}ing$/.test(t.lower) || abbreviation;
}

/**
 * tokens[k], or undefined past either end, without reading out of the array's bounds: an
 * optimized speakerCandidates that met one would be thrown away and compiled again.
 */
function tokenAt(tokens: Token[], k: number): Token | undefined {
  return k >= 0 && k < tokens.length ? tokens[k] : undefined;
}

function isSpeech(t: Token | undefined): boolean {
  return t !== undefined && !t.punct && !t.cap && SPEECH_VERBS.has(t.lower);
}

function isFraming(t: Token | undefined): boolean {
  return t !== undefined && !t.punct && !t.cap && FRAMING_VERBS.has(t.lower);
}

/** The candidates of one quote, in text order, the rules' answer among them (added when the window misses it). */
export function speakerCandidates(context: CandidateContext): SpeakerCandidate[] {
  const { text, sentences, pieces, index, rule } = context;
  const piece = pieces[index];
  const block = context.blocks[piece.paragraph];
  const quoteSentence = Math.min(sentenceAt(sentences, piece.start), sentences.length - 1);
  const endSentence = Math.min(sentenceAt(sentences, Math.max(piece.start, piece.end - 1)), sentences.length - 1);
  const firstSentence = Math.max(0, quoteSentence - SENTENCES_BEFORE);
  const from = Math.max(sentences[firstSentence]?.start ?? 0, piece.start - REACH);
  const to = Math.max(piece.end, Math.min(sentences[endSentence]?.end ?? piece.end, piece.end + REACH_AFTER));
  const quoteParagraphStart = block.start === piece.start;
  const candidates: SpeakerCandidate[] = [];
  // The last word of each candidate as written (the rules' own mention for the rules' candidate).
  const lastWords: string[] = [];
  let ruleSeen = false;
  const ruleLast = lastWord(rule.mention);
  const previousLast = context.previousSpeaker ? lastWord(context.previousSpeaker) : null;
  // Features are computed segment by segment: tokenize() recycles its tokens.
  for (const segment of outsideQuotes(pieces, index, from, to)) {
    const tokens = tokenize(text, segment.start, segment.end);
    for (const m of mentionsIn(tokens)) {
      const written = text.slice(m.start, m.end);
      const before = m.end <= piece.start;
      const kind = m.kind;
      const f = mentionFeatures(text, sentences, tokens, m, written, before, piece, quoteSentence, endSentence, quoteParagraphStart, segment.start);
      const last = lastWord(written);
      const same = last === ruleLast;
      // The first candidate over the rules' span stands for it (and takes its span).
      const isRule = !ruleSeen && m.start < rule.end && rule.start < m.end;
      if (isRule) ruleSeen = true;
      if (same && !isRule) f.push(featureName('sameAsRule|', kind));
      if (previousLast !== null && last === previousLast) f.push('previousSpeaker');
      lastWords.push(isRule ? ruleLast : last);
      candidates.push(isRule ? { start: rule.start, end: rule.end, kind, text: rule.mention, rule: true, features: f } : { start: m.start, end: m.end, kind, text: written, rule: false, features: f });
    }
  }
  // Salience: how often the candidate's last word occurs among the candidates.
  const counts = new Map<string, number>();
  for (const word of lastWords) counts.set(word, (counts.get(word) ?? 0) + 1);
  // Proximity rank among the candidates before the quote, nearest first, per kind and overall.
  let rank = 0;
  const rankOfKind = new Map<MentionKind, number>();
  for (let c = candidates.length - 1; c >= 0; c--) {
    const candidate = candidates[c];
    if (candidate.kind === 'name' || candidate.kind === 'description') candidate.features.push(featureName('count:', DIGITS[Math.min(counts.get(lastWords[c]) ?? 1, 3)]));
    if (candidate.end > piece.start) continue;
    const kindRank = rankOfKind.get(candidate.kind) ?? 0;
    candidate.features.push(featureName('rank:', DIGITS[Math.min(rank, 3)]), featureName(featureName('rank:', DIGITS[Math.min(kindRank, 2)]), featureName('|', candidate.kind)));
    rankOfKind.set(candidate.kind, kindRank + 1);
    rank++;
  }
  const ruleIndex = candidates.findIndex((c) => c.rule);
  // Where each candidate stands relative to the rules' answer: nearer the quote, or further.
  if (ruleIndex >= 0) {
    const ruleCandidate = candidates[ruleIndex];
    const ruleSentence = sentenceAt(sentences, ruleCandidate.start);
    for (const c of candidates) {
      if (c.rule) continue;
      const side = c.end <= piece.start ? 'b' : 'a';
      const nearer = side === 'b' ? c.start > ruleCandidate.start : c.start < ruleCandidate.start;
      const sentenceSide = sentenceAt(sentences, c.start) === ruleSentence ? 'sameSentenceAsRule|' : 'otherSentenceAsRule|';
      c.features.push(featureName(nearer ? 'nearerThanRule|' : 'furtherThanRule|', c.kind), featureName(sentenceSide, side));
    }
  }
  if (ruleIndex < 0 && !rule.absent) {
    candidates.push({ start: rule.start, end: rule.end, kind: rule.kind, text: rule.mention, rule: true, features: [featureName('k:', rule.kind), 'outsideWindow'] });
  }
  // Each feature also crossed with how the rules linked the quote: a carried-over speaker and one
  // named in the quote's own sentence are weighed differently.
  // A quote the rules left without a speaker is weighed as one whose speaker is carried over.
  const cross = rule.category.startsWith('carried') || rule.absent ? CARRIED : OWN;
  const ruleFeature = featureName('rule|', rule.category);
  const altFeature = featureName('alt|', rule.category);
  for (const c of candidates) {
    if (c.rule) c.features.push('rule', ruleFeature);
    else c.features.push(altFeature);
    c.cross = cross;
  }
  return candidates;
}

// The features of one mention, and those of a name, in functions of their own: one function with the
// whole loop was the dearest TurboFan compile of a cold run (docs/performance.md).
function mentionFeatures(text: string, sentences: Sentence[], tokens: Token[], m: Found, written: string, before: boolean, piece: QuotePiece, quoteSentence: number, endSentence: number, quoteParagraphStart: boolean, segmentStart: number): string[] {
  const sentence = sentenceAt(sentences, m.start);
  const sentenceDistance = before ? Math.max(0, quoteSentence - sentence) : Math.max(0, sentence - endSentence);
  const distance = before ? piece.start - m.end : m.start - piece.end;
  const kind = m.kind;
  const ofKind = featureName('|', kind);
  const sd = featureName(before ? 'sd:b' : 'sd:a', DIGITS[Math.min(sentenceDistance, 3)]);
  const cd = featureName(before ? 'cd:b' : 'cd:a', bucket(distance));
  const f: string[] = [featureName('k:', kind), sd, featureName(sd, ofKind), cd, featureName(cd, ofKind)];
  const next = tokenAt(tokens, m.last + 1);
  const afterNext = next && !next.punct && next.lower.endsWith('ly') ? tokenAt(tokens, m.last + 2) : next;
  const previous = tokenAt(tokens, m.first - 1);
  if (isSpeech(afterNext)) f.push(featureName('verbAfter|', kind));
  else if (isFraming(afterNext)) f.push(featureName('frameAfter|', kind));
  if (isSpeech(previous)) f.push(featureName('verbBefore|', kind));
  if (previous && OBJECT_PREPOSITIONS.has(previous.lower) && !previous.cap) f.push(featureName('object|', kind));
  if (next && next.lower === ',') f.push('commaAfter');
  if (next && next.possessive) f.push('possessive');
  if (next && next.lower === ':') f.push('colonAfter');
  if (previous && previous.lower === '(') f.push('inParens');
  const sentenceStart = sentences[sentence]?.start ?? segmentStart;
  let opener = true;
  for (let k = m.first - 1; k >= 0 && tokens[k].start >= sentenceStart; k--) {
    const t = tokens[k];
    if (!(t.punct || DETERMINERS.has(t.lower))) {
      opener = false;
      break;
    }
  }
  if (opener && segmentStart <= sentenceStart) f.push(featureName('opens|', kind));
  if (sentence >= quoteSentence && sentence <= endSentence) f.push(featureName('inQuoteSentence|', kind));
  if (sentences[sentence] && sentences[sentence].paragraph === sentences[quoteSentence]?.paragraph) f.push('sameParagraph');
  else f.push('otherParagraph');
  if (before && sentenceDistance > 0 && quoteParagraphStart) f.push(featureName('quoteOpensParagraph|sd', DIGITS[Math.min(sentenceDistance, 3)]));
  if (kind === 'name') nameFeatures(f, written, m.titles);
  if (kind === 'pronoun') f.push(featureName('pronoun:', written.toLowerCase()));
  if (kind === 'description' && /^(?:the|his|her)\s/i.test(written)) f.push('definite');
  return f;
}

function nameFeatures(f: string[], written: string, titles: number): void {
  const words = written.split(/\s+/);
  const firstWord = (words[Math.min(titles, words.length - 1)] ?? '').toLowerCase();
  if (FEMALE_FIRST_NAMES.has(firstWord) || MALE_FIRST_NAMES.has(firstWord)) f.push('firstName');
  if (titles > 0) f.push('title');
  if (/\s/.test(written)) f.push('multiword');
  if (/^[A-Z]{2,}$/.test(written)) f.push('acronym');
}

const CARRIED = 'carried>';
const OWN = 'own>';

/** A candidate's features as training sees them: each alone, then each crossed (the cross's names spelled out). */
export function trainingFeatures(candidate: SpeakerCandidate): string[] {
  const { features, cross } = candidate;
  if (cross === undefined) return features;
  const crossed = featureNamer(cross);
  return [...features, ...features.map(crossed)];
}
