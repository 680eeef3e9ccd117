// Quoted statements and their speakers. See analyzeQuotes.
//
// Pipeline (each step linear in the text, with bounded look-around windows):
// 1. findQuotePieces: one scan over quote characters, paired per paragraph.
// 2. For each piece, look for an attribution right after it ("…," Arce said), before it in the
//    same sentence (Arce said: "…"; she called it "dangerous"), or inherit one (same group,
//    same sentence, previous paragraph).
// 3. Reported-speech cues per sentence (a regex for speech verbs over that sentence) and stated
//    sources, computed on demand: for every sentence by default, or only for the sentences the
//    caller asks about (options.attributeSentences) plus the few that quotes and pronouns need.
// 4. Resolve the mentions in text order: names to their longest form nearby, pronouns and
//    descriptions to the most recent compatible person named within PERSON_CONTEXT. Bounding
//    every look-back is what lets a partial computation give the same answers as the full one.
import type { AttributionMethod, Quote, Sentence, Span, Speaker } from '../types';
import { findEdits, findQuotePieces, type QuotePiece } from './marks';
import { accordingTo, isNounLike, isNounLikeWord, lowerCase, NO_TITLES, isReportingVerb, isSpeechVerb, type Mention, nameStartingAt, releaseTokens, subjectAfter, subjectBefore, type Token, tokenIndexAt, tokenIndexFrom, tokenize } from './mentions';
import { DETERMINERS, NOT_NAME_START, PRONOUNS, ROLE_NOUNS, SPEECH_VERBS, TITLES, VERB_MODIFIERS } from './lexicon';
import { createResolver, DESCRIPTION_LOOKBACK, PERSON_CONTEXT, refersBack } from './resolve';
import { SentenceWords } from './scan';
import { SourceFinder } from './sources';
import { partitionPoint } from '../binarySearch';
import { isAsciiUpper, isLetter, isLetterOrDigit, isWhitespace, isWordChar } from '../chars';

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

/** How a piece got its attribution; decides whether a short quoted phrase counts as a statement. */
type Link = 'trailing' | 'leading' | 'frame' | 'according' | 'inherited' | 'continuation';

interface Attribution {
  mention: Mention;
  link: Link;
  /** For leading attributions: where the verb is, to tell "X said: "…"" from a distant verb. */
  verbIndex?: number;
  tokenCount?: number;
}

// Look-around limits, in UTF-16 code units. They bound the work per quote and per sentence.
const TRAILING_WINDOW = 160;
const LEADING_WINDOW = 260;
const CUE_WINDOW_BEFORE = 110;
const CUE_WINDOW_NAME = 64;
const CUE_WINDOW_AFTER = 50;
// How far back an unattributed quote may borrow the previous speaker.
const FALLBACK_DISTANCE = 700;

// The attribution of every sentence the caller did not ask about: one shared, frozen object
// rather than one per sentence (most sentences of a long document).
const NOT_ATTRIBUTED: SentenceAttribution = Object.freeze({ speaker: null, source: null });

/** Options for analyzeQuotes. */
export interface AnalyzeQuotesOptions {
  /**
   * Which sentences need a SentenceAttribution. Others get {speaker: null, source: null}, and the
   * work for them is skipped (quotes and their speakers are still found everywhere). The
   * attributions of the selected sentences are the same as without the option. Called more than
   * once per sentence: it must be a pure function of the index.
   */
  attributeSentences?: (sentenceIndex: number) => boolean;
}

export function analyzeQuotes(text: string, paragraphSpans: Span[], sentences: Sentence[], options: AnalyzeQuotesOptions = {}): QuoteAnalysis {
  const paragraphs = splitBlocks(text, paragraphSpans);
  const pieces = findQuotePieces(text, paragraphs);
  const attributions = new PieceAttributions(pieces.length);
  for (let i = 0; i < pieces.length; i++) {
    const own = ownAttribution(text, paragraphs, sentences, pieces, i);
    if (own) attributions.set(i, own.mention, own.link);
  }
  inheritAttributions(paragraphs, pieces, attributions);
  const wanted = options.attributeSentences ? askedFor(options.attributeSentences, sentences.length) : undefined;
  const words = new SentenceWords(text, sentences);
  const cues = new CueTable(text, sentences, pieces, words);
  if (!wanted) cues.range(0, sentences.length);
  // Paragraph-initial quotes introduced by the previous paragraph's reported speech.
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (attributions.has(i) || piece.start !== paragraphs[piece.paragraph].start || piece.paragraph === 0) continue;
    const previous = lastSentenceBefore(sentences, piece.start);
    const cue = previous >= 0 ? cues.get(previous) : null;
    if (cue && sentences[previous].end >= paragraphs[piece.paragraph - 1].start) {
      attributions.set(i, cue, 'continuation');
    }
  }
  const keep = new Uint8Array(pieces.length);
  for (let i = 0; i < pieces.length; i++) if (isStatement(text, paragraphs, pieces, i, attributions.links[i])) keep[i] = 1;
  // A kept quote with no attribution that sits inside the reporter's sentence ("Reid has gone
  // after Trump as a “…”"): the sentence's subject is the speaker rather than the nearest earlier
  // one. One bounded tokenize per such quote.
  for (let i = 0; i < pieces.length; i++) {
    if (!keep[i] || attributions.has(i)) continue;
    const subject = sentenceSubject(text, paragraphs[pieces[i].paragraph], sentences, pieces[i].start);
    if (subject) attributions.set(i, subject, 'frame');
  }
  // A kept quote with no cue of its own most likely continues the nearest speaker before it: the
  // latest cue or quote speaker, if it ends within FALLBACK_DISTANCE. The latest cue is the one of
  // the last sentence before the quote that has one, so only those sentences need reading.
  if (wanted) {
    for (let i = 0; i < pieces.length; i++) {
      if (!keep[i] || attributions.has(i)) continue;
      const horizon = sentenceAt(sentences, pieces[i].start - FALLBACK_DISTANCE);
      for (let s = lastSentenceBefore(sentences, pieces[i].start); s >= horizon && !cues.get(s); s--);
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
    if (!attributions.has(i) && keep[i] && lastMention && piece.start - lastMention.end < FALLBACK_DISTANCE) {
      attributions.set(i, lastMention, 'continuation');
    }
    const mention = attributions.mentions[i];
    if (keep[i] && mention && mention.start < piece.end + TRAILING_WINDOW && (!lastMention || mention.start > lastMention.start)) lastMention = mention;
  }

  // Mentions to resolve: the speakers of kept quotes and the cues of the sentences asked for. A
  // pronoun resolves to the last person named before it, a description to one of the last
  // DESCRIPTION_LOOKBACK (names within PERSON_CONTEXT only): going back sentence by sentence
  // until that many named speakers are found makes those people known without the other cues.
  // Arrays here are counted first and filled, not grown by push: on a dense file they hold a
  // hundred thousand entries, and growing them cost several times as much as filling them.
  let quoteMentionCount = 0;
  for (let i = 0; i < pieces.length; i++) if (keep[i] && attributions.has(i)) quoteMentionCount++;
  const quoteMentions = new Array<Mention>(quoteMentionCount);
  for (let i = 0, n = 0; i < pieces.length; i++) {
    const mention = attributions.mentions[i];
    if (keep[i] && mention) quoteMentions[n++] = mention;
  }
  if (wanted) {
    // Named quote speakers are all known; they count with the named cues found going back (each
    // start once: counting too few only makes the search go further).
    // A sorted array searched by bisection rather than a Set: one entry per quote, and hashing
    // 146,000 of them was a tenth of the quote analysis of a dense file.
    let nameCount = 0;
    for (const mention of quoteMentions) if (mention.kind === 'name') nameCount++;
    const quoteNameStarts = new Int32Array(nameCount);
    nameCount = 0;
    for (const mention of quoteMentions) if (mention.kind === 'name') quoteNameStarts[nameCount++] = mention.start;
    const quoteNames = uniqueSorted(quoteNameStarts);
    const isQuoteName = (start: number) => {
      const at = lowerBound(quoteNames, start);
      return at < quoteNames.length && quoteNames[at] === start;
    };
    // Only which cues get computed matters here, not the order they are looked at in.
    const lookBack = (mention: Mention) => {
      if (!refersBack(text, mention)) return;
      const names = mention.kind === 'pronoun' ? 1 : DESCRIPTION_LOOKBACK;
      const horizon = sentenceAt(sentences, mention.start - PERSON_CONTEXT);
      const quoteNamesBefore = lowerBound(quoteNames, mention.start);
      let found = 0;
      for (let j = Math.min(sentenceAt(sentences, mention.start), sentences.length - 1); j >= horizon; j--) {
        const cue = cues.get(j);
        if (cue && cue.kind === 'name' && cue.start < mention.start && !isQuoteName(cue.start)) found++;
        if (found + quoteNamesBefore - lowerBound(quoteNames, sentences[j].start) >= names) break;
      }
    };
    for (const mention of quoteMentions) lookBack(mention);
    for (let s = 0; s < sentences.length; s++) {
      if (!wanted(s)) continue;
      const cue = cues.get(s);
      if (cue) lookBack(cue);
    }
  }
  // Resolve each mention once, in text order. A span reached twice (a quote's speaker that is
  // also its sentence's cue) is one person, resolved from its last-found mention: the cue when
  // there is one (cues are found after quote speakers), else the last quote speaker.
  // That is the order of one stable sort of the quote speakers followed by the cues; the cues
  // are in text order already (one per sentence, inside it) and the quote speakers nearly so, so
  // the two lists are merged rather than sorted together.
  sortBySpan(quoteMentions);
  const resolver = createResolver(text);
  // One resolution per distinct span, in (start, end) order, found back by binary search: equal
  // spans are one person, and no hashing of hundreds of thousands of keys on a hostile input.
  // Offsets in typed arrays and the resolution's two fields in two arrays: no object per span
  // that would live until the speakers are made.
  const maxResolved = quoteMentions.length + cues.foundCount;
  const resolvedStarts = new Int32Array(maxResolved);
  const resolvedEnds = new Int32Array(maxResolved);
  const resolvedNames = new Array<string>(maxResolved);
  const resolvedMethods = new Array<AttributionMethod>(maxResolved);
  let resolvedCount = 0;
  let nextQuote = 0;
  let nextCue = cues.nextKnown(0);
  while (nextQuote < quoteMentions.length || nextCue < sentences.length) {
    const quoteMention = nextQuote < quoteMentions.length ? quoteMentions[nextQuote] : null;
    const cue = nextCue < sentences.length ? cues.known(nextCue) : null;
    const first = quoteMention && (!cue || compareSpans(quoteMention, cue) <= 0) ? quoteMention : cue!;
    let last = first;
    while (nextQuote < quoteMentions.length && sameSpan(quoteMentions[nextQuote], first)) last = quoteMentions[nextQuote++];
    if (cue && sameSpan(cue, first)) {
      last = cue;
      nextCue = cues.nextKnown(nextCue + 1);
    }
    const r = resolver.resolve(last);
    resolvedStarts[resolvedCount] = first.start;
    resolvedEnds[resolvedCount] = first.end;
    resolvedNames[resolvedCount] = r.name;
    resolvedMethods[resolvedCount] = r.method;
    resolvedCount++;
  }
  const resolutionIndex = (mention: Mention): number =>
    partitionPoint(0, resolvedCount, (i) => resolvedStarts[i] < mention.start || (resolvedStarts[i] === mention.start && resolvedEnds[i] < mention.end));
  // `same`: a speaker already made that this one may equal (the quote of the sentence): reused
  // when it does, so the sentence and its quote share one object rather than keep two.
  const speakerOf = (mention: Mention, link: Link, same?: Speaker | null): Speaker => {
    const r = resolutionIndex(mention);
    const name = resolvedNames[r];
    const method: AttributionMethod = link === 'continuation' ? 'continuation' : link === 'according' ? 'according-to' : resolvedMethods[r];
    if (same && same.start === mention.start && same.end === mention.end && same.method === method && same.name === name) return same;
    return { name, start: mention.start, end: mention.end, mention: mentionText(mention, name), method };
  };
  // The words of a mention, shared with the name or the last mention of the same person when they
  // are the same characters ("Arce" said 146,000 times is one string, not 146,000).
  const lastMentionOf = new Map<string, string>();
  const mentionText = (mention: Mention, name: string): string => {
    const length = mention.end - mention.start;
    if (name.length === length && text.startsWith(name, mention.start)) return name;
    const last = lastMentionOf.get(name);
    if (last !== undefined && last.length === length && text.startsWith(last, mention.start)) return last;
    const written = text.slice(mention.start, mention.end);
    lastMentionOf.set(name, written);
    return written;
  };

  let keptCount = 0;
  for (let i = 0; i < pieces.length; i++) if (keep[i]) keptCount++;
  const quotes = new Array<Quote>(keptCount);
  const quoteIndexOfPiece = new Int32Array(pieces.length).fill(-1);
  for (let i = 0, index = 0; i < pieces.length; i++) {
    if (!keep[i]) continue;
    const piece = pieces[i];
    const mention = attributions.mentions[i];
    const groupFirst = quoteIndexOfPiece[piece.group];
    const edits = findEdits(text, piece.start, piece.end);
    quoteIndexOfPiece[i] = index;
    quotes[index] = {
      start: piece.start,
      end: piece.end,
      text: text.slice(piece.start, piece.end),
      speaker: mention ? speakerOf(mention, attributions.links[i]!) : null,
      edited: edits.length > 0,
      edits,
      group: groupFirst >= 0 ? groupFirst : index,
    };
    index++;
  }

  // Sentence attributions: inside a kept quote → its speaker; else the sentence's own cue.
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
    else if (cue) speaker = speakerOf(cue, cues.isAccording(s) ? 'according' : 'trailing', quote?.speaker);
    result[s] = { speaker, source: sources.sourceOf(s) };
  }
  releaseTokens();
  return { quotes, sentences: result };
}

/** The caller's selection read once per sentence (it is consulted several times per sentence). */
function askedFor(select: (sentenceIndex: number) => boolean, count: number): (sentenceIndex: number) => boolean {
  const asked = new Uint8Array(count);
  for (let s = 0; s < count; s++) if (select(s)) asked[s] = 1;
  return (s) => asked[s] === 1;
}

/** Words in text[start, end), counting no further than `limit` (callers only compare with small numbers). */
function wordCount(text: string, start: number, end: number, limit: number): number {
  let count = 0;
  let inWord = false;
  for (let i = start; i < end && count < limit; i++) {
    const c = text.charCodeAt(i);
    const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0;
    if (word && !inWord) count++;
    inWord = word || c === 39 || c === 0x2019 || c === 45;
  }
  return count;
}

function ownAttribution(text: string, paragraphs: Span[], sentences: Sentence[], pieces: QuotePiece[], i: number): Attribution | null {
  const piece = pieces[i];
  const paragraph = paragraphs[piece.paragraph];
  const next = pieces[i + 1];
  const previous = pieces[i - 1];
  const lastInside = text.charCodeAt(piece.end - piece.closeWidth - 1);
  const leadingEnd = piece.start;
  // Attribution before a quote sits in the quote's own sentence ("Arce said: "…").
  const sentence = sentences[sentenceAt(sentences, piece.start)];
  const sentenceStart = sentence && sentence.start <= piece.start ? sentence.start : 0;
  const leadingStart = Math.max(paragraph.start, sentenceStart, previous && previous.paragraph === piece.paragraph ? previous.end : 0, piece.start - LEADING_WINDOW);
  const colonIntro = endsWithColonOrComma(text, Math.max(leadingStart, leadingEnd - 4), leadingEnd);

  // Transcripts: "WALLACE: Let’s start…" names its speaker inside the quote. The pattern needs two
  // capitals (or a capital and . ' ’ -) first: most quotes are rejected without a copy.
  const inside = piece.start + piece.openWidth;
  const label = isAsciiUpper(text.charCodeAt(inside)) && isLabelPart(text.charCodeAt(inside + 1)) ? /^([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\s/.exec(text.slice(inside, inside + 40)) : null;
  if (label) return { mention: { start: inside, end: inside + label[1].length, kind: 'name', titles: NO_TITLES }, link: 'leading' };
  // …and after it, up to the end of the sentence that follows the closing mark.
  let trailingEnd = next && next.paragraph === piece.paragraph ? next.start : paragraph.end;
  const following = sentences[sentenceAt(sentences, piece.end)];
  if (following && following.end > piece.end) trailingEnd = Math.min(trailingEnd, following.end);
  const trailing = piece.closed ? trailingAttribution(text, piece, trailingEnd, paragraph.end) : null;
  // "Arce said: "…"" is an explicit introduction; otherwise the attribution after a quote that
  // ends in a comma ("…," Arce said) is the stronger reading, and the text before it is not read.
  if (trailing && !colonIntro && lastInside !== 46) return trailing;
  const leading = leadingStart < leadingEnd ? leadingAttribution(text, leadingStart, leadingEnd) : null;
  if (leading && colonIntro && leading.link === 'leading' && (leading.verbIndex === undefined || leading.tokenCount! - leading.verbIndex <= 6)) return leading;
  if (trailing && (lastInside !== 46 || !leading)) return trailing;
  if (leading) return leading;
  // The previous paragraph introduces the quote: "Caddell continued:".
  if (piece.start === paragraph.start && piece.paragraph > 0) {
    const before = paragraphs[piece.paragraph - 1];
    if (text.charCodeAt(before.end - 1) === 58) {
      const lead = leadingAttribution(text, Math.max(before.start, before.end - LEADING_WINDOW), before.end);
      if (lead) return lead;
    }
  }
  return trailing;
}

/** , ? ! — – - */
function handsOverMark(c: number): boolean {
  return c === 44 || c === 63 || c === 33 || c === 0x2014 || c === 0x2013 || c === 45;
}

function isLabelPart(c: number): boolean {
  return (c >= 65 && c <= 90) || c === 46 || c === 39 || c === 0x2019 || c === 45;
}

/** /[:,]\s*$/ on text[start, end), without copying it. */
function endsWithColonOrComma(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && isWhitespace(text.charCodeAt(i))) i--;
  if (i < start) return false;
  const c = text.charCodeAt(i);
  return c === 58 || c === 44;
}

function trailingAttribution(text: string, piece: QuotePiece, limit: number, paragraphEnd: number): Attribution | null {
  const to = Math.min(limit, paragraphEnd, piece.end + TRAILING_WINDOW);
  if (to <= piece.end) return null;
  // A quote that ends its sentence with a period is followed by a new sentence: its subject and
  // verb attribute the quote only when they end that sentence ("“…” Smith said." rather than
  // "“…” Smith added that the vote…").
  const period = text.charCodeAt(piece.end - piece.closeWidth - 1) === 46;
  const plain = plainNameAfter(text, piece.end, to);
  if (plain && !period) return { mention: plain, link: 'trailing' };
  const tokens = tokenize(text, piece.end, to);
  if (plain) {
    const verb = tokenIndexFrom(tokens, plain.end);
    return verb < 0 || opensNewContent(tokens, verb) ? null : { mention: plain, link: 'trailing' };
  }
  let k = 0;
  while (k < tokens.length && (tokens[k].lower === ',' || tokens[k].lower === '–' || (tokens[k].lower === '—' && isSpeechVerb(tokens[k + 1] ?? tokens[k])))) k++;
  if (k >= tokens.length) return null;
  // Inverted order ("…," said Caddell) only follows a quote that hands over with , ? ! or a dash.
  const handsOver = handsOverMark(text.charCodeAt(piece.end - piece.closeWidth - 1)) || k > 0;
  if (isSpeechVerb(tokens[k])) {
    const subject = handsOver ? subjectAfter(tokens, k) : null;
    return subject ? { mention: subject, link: 'trailing' } : null;
  }
  // Quote collections sign each quote with a dash: "…" ― Sonya Herridge
  if (tokens[k].lower === '―' || (tokens[k].lower === '—' && k === 0)) {
    const name = subjectAfter(tokens, k);
    return name && name.kind === 'name' ? { mention: name, link: 'trailing' } : null;
  }
  for (let v = k + 1; v < tokens.length && v - k <= 30; v++) {
    if (tokens[v - 1].stop) return null;
    if (!isSpeechVerb(tokens[v])) continue;
    const subject = subjectBefore(tokens, v, true);
    if (!subject) continue;
    if (subject.kind !== 'pronoun' && isNounLike(tokens[v])) continue;
    const subjectIndex = tokenIndexFrom(tokens, subject.start);
    // "…" of the principle, which he argued…: a verb inside a relative or subordinate clause
    // belongs to that clause, not to the quote.
    if (subjectIndex > 0 && SUBORDINATORS.has(tokens[subjectIndex - 1].lower)) continue;
    // Right after the quote ("…," the ad’s narrator says), or after a comma later in the same
    // sentence ("…" for criminal behavior, she said).
    if (v - k <= 9 || (subjectIndex > 0 && tokens[subjectIndex - 1].lower === ',')) return period && opensNewContent(tokens, v) ? null : { mention: subject, link: 'trailing' };
  }
  // "…," Paul Rieckhoff, founder of IAVA, said: the subject before an apposition.
  const name = tokens[k].cap ? nameStartingAt(tokens, k) : null;
  if (name) {
    let after = tokenIndexFrom(tokens, name.end);
    if (after > 0 && tokens[after].lower === '(') {
      while (after < tokens.length && tokens[after].lower !== ')') after++;
      after++;
    }
    if (after > 0 && after < tokens.length && tokens[after].lower === ',') {
      for (after++; after < tokens.length && after - k <= 30 && !tokens[after - 1].stop; after++) {
        if (isSpeechVerb(tokens[after]) && tokens[after - 1].lower === ',') return { mention: name, link: 'trailing' };
      }
    }
  }
  // "…," nuclear experts at the institute wrote / "…," an aide, who asked not to be named, told
  // reporters: a quote that hands over is followed by its speaker, however long the noun phrase
  // before the verb, as long as the sentence goes on to a speech verb.
  // The noun phrase either runs straight to the verb ("a voice-over in the ad says") or closes an
  // apposition with a comma right before it ("an aide, who …, told"). The quote hands over with
  // its own comma, question or exclamation mark, not a dash (a quote set off by dashes sits
  // inside someone else's sentence).
  const lastMark = text.charCodeAt(piece.end - piece.closeWidth - 1);
  if ((lastMark === 44 || lastMark === 63 || lastMark === 33) && k === 0 && startsNounPhrase(tokens[k])) {
    const plain = !tokens[k].cap && !DETERMINERS.has(tokens[k].lower) && !tokens[k].possessive;
    let punct = false;
    for (let v = k + 1; v < tokens.length && v - k <= 30; v++) {
      const t = tokens[v];
      if (tokens[v - 1].stop) break;
      if (isSpeechVerb(t) && !t.lower.endsWith('ing')) {
        // A lower-case phrase needs two words at least ("federal prosecutors wrote", not "came shouts").
        if ((!punct || tokens[v - 1].lower === ',') && (!plain || v - k >= 2)) return nounPhraseAt(tokens, k, v);
        break;
      }
      if (t.punct) punct = true;
      else if (!t.cap && !punct && (t.lower.endsWith('ed') || isReportingVerb(t))) break; // a verb of its own
      if (plain && (t.punct || CLAUSE_LINKS.has(t.lower))) break;
    }
  }
  return null;
}

/**
 * The verb at tokens[v] introduces content of its own: "that", a colon or a quote mark after it,
 * or more than six words before its sentence ends ("She noted a planned rally on Saturday in…").
 */
function opensNewContent(tokens: Token[], v: number): boolean {
  const next = tokens[v + 1];
  if (!next) return false;
  if (next.lower === 'that' || next.lower === ':' || next.lower === '“' || next.lower === '"') return true;
  let words = 0;
  for (let k = v + 1; k < tokens.length && !tokens[k - 1].stop && tokens[k].lower !== '“' && tokens[k].lower !== '"'; k++) {
    if (!tokens[k].punct && ++words > 6) return true;
  }
  return false;
}

// Words before the subject of a subordinate clause ("when Trump said", "after she spoke"), or of a
// passive's agent ("asked by Smith to respond").
const LEADING_SUBORDINATORS = new Set('when after before while as if because although though since once until unless whether by'.split(' '));

// Words that open a relative clause ("what she calls", "whom he called", "which he said").
const RELATIVES = new Set(['what', 'which', 'whom', 'who', 'that']);

// Words that open a relative or subordinate clause.
const SUBORDINATORS = new Set('that which who whom whose what if whether when where while because although though since unless until once'.split(' '));

/** A token that can open the subject after a quote: a name, a title, a determiner, an adjective or noun. */
function startsNounPhrase(t: Token): boolean {
  if (t.punct || t.stop || PRONOUNS.has(t.lower) || VERB_MODIFIERS.has(t.lower) || CLAUSE_LINKS.has(t.lower)) return false;
  if (t.cap) return !NOT_NAME_START.has(t.lower) || DETERMINERS.has(t.lower);
  return !isReportingVerb(t) && !t.lower.endsWith('ing') && !t.lower.endsWith('ly');
}

// Words that open a clause or a phrase rather than a noun phrase.
const CLAUSE_LINKS = new Set('and or but so as while when where if because although though after before since until that which who whom whose what how why than then with without by of to for from in on at into about over under'.split(' '));

/**
 * The noun phrase at tokens[k] (before the verb at tokens[v]): a name or description by the
 * usual rules, else the words up to the first punctuation or linking word.
 */
function nounPhraseAt(tokens: Token[], k: number, v: number): Attribution | null {
  const m = subjectAfter(tokens, k - 1);
  if (m) return { mention: m, link: 'trailing' };
  let end = k;
  while (end + 1 < v && end - k < 5 && !tokens[end + 1].punct && !CLAUSE_LINKS.has(tokens[end + 1].lower) && !tokens[end].stop) end++;
  return { mention: { start: tokens[k].start, end: tokens[end].end, kind: 'description', titles: NO_TITLES, role: tokens[end].lower }, link: 'trailing' };
}

/**
 * Fast path for the most common attribution after a quote, "…," Arce said: up to four
 * capitalised words (no title, no word that cannot start a name) after commas, en dashes and
 * spaces, then a speech verb that is not also a noun. The token rules below find the same name
 * there; anything less plain returns null and goes through them.
 */
function plainNameAfter(text: string, from: number, to: number): Mention | null {
  let i = from;
  while (i < to && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 44 || text.charCodeAt(i) === 0x2013)) i++;
  const start = i;
  let end = -1;
  for (let words = 0; ; words++) {
    if (i >= to) return null;
    const first = text.charCodeAt(i);
    if (!(first >= 65 && first <= 90)) {
      if (words === 0) return null;
      break; // the verb
    }
    if (words === 4) return null;
    const wordStart = i;
    for (i++; i < to && isLetter(text.charCodeAt(i)); i++);
    // One space after each word: anything else (a comma, a period, a digit) is for the token rules.
    if (i >= to || text.charCodeAt(i) !== 32) return null;
    const lower = lowerCase(text, wordStart, i);
    if (TITLES.has(lower) || NOT_NAME_START.has(lower)) return null;
    end = i;
    i++;
  }
  // The verb: lower-case letters that make a whole token (the tokenizer joins ' ’ . & - followed
  // by a letter or digit into the word).
  const verbStart = i;
  while (i < to && text.charCodeAt(i) >= 97 && text.charCodeAt(i) <= 122) i++;
  if (i === verbStart) return null;
  if (i < to) {
    const c = text.charCodeAt(i);
    const joiner = c === 39 || c === 0x2019 || c === 46 || c === 38 || c === 45;
    if (isLetterOrDigit(c) || (joiner && i + 1 < to && isLetterOrDigit(text.charCodeAt(i + 1)))) return null;
  }
  const verb = text.slice(verbStart, i);
  if (!SPEECH_VERBS.has(verb) || isNounLikeWord(verb)) return null;
  return { start, end, kind: 'name', titles: NO_TITLES };
}

/**
 * The reporting verb before a quote, in the same sentence: "Arce said: "…"", "Flynn said Trump
 * was "absolutely right"". With several, the first one carries the sentence ("Flynn said … when
 * he said …, "…"" is Flynn's report), so the leftmost verb with a subject wins.
 */
function leadingAttribution(text: string, from: number, to: number): Attribution | null {
  const tokens = tokenize(text, from, to);
  let sentenceStart = 0;
  for (let v = tokens.length - 2; v >= 0; v--) {
    if (tokens[v].stop) {
      sentenceStart = v + 1;
      break;
    }
  }
  let found: Attribution | null = null;
  for (let v = tokens.length - 1; v >= sentenceStart; v--) {
    const t = tokens[v];
    if (t.lower === 'according') {
      const m = accordingTo(tokens, v);
      if (m) found = { mention: m, link: 'according' };
      continue;
    }
    // "Said Ellis: "…"": a capitalised verb opening the sentence, subject after it.
    if (v === sentenceStart && t.cap && SPEECH_VERBS.has(t.lower)) {
      const m = subjectAfter(tokens, v);
      if (m) found = { mention: m, link: 'leading' };
      continue;
    }
    if (!isReportingVerb(t)) continue;
    const speech = SPEECH_VERBS.has(t.lower);
    let subject = subjectBefore(tokens, v, true) ?? (speech && (v === sentenceStart || tokens[v - 1].punct) ? subjectAfter(tokens, v) : null);
    // A participle takes the clause's subject: "Trump went on the attack, saying, "…"", "Trump
    // issued a statement saying…" (the statement is the object, Trump the speaker).
    if (t.lower.endsWith('ing') && v > 0) {
      const index = subject ? tokenIndexAt(tokens, subject.start) : -1;
      const clauseInitial = index <= sentenceStart || tokens[index - 1].punct || tokens[index - 1].lower === 'and';
      if (!subject || !clauseInitial) subject = clauseSubject(tokens, sentenceStart, v) ?? (clauseInitial ? subject : null);
    }
    if (!subject) continue;
    // "When Trump announced his run, he called them “…”": a verb in a subordinate clause (or after
    // a passive's "by") does not take the quote from the main clause's verb found after it.
    // The clause comes first and a comma closes it; "As Breitbart reported, …" (no object) is an
    // attribution of its own.
    if (found && fronted(tokens, subject, v, found.mention, sentenceStart)) continue;
    found = { mention: subject, link: speech ? 'leading' : 'frame', verbIndex: v, tokenCount: tokens.length };
  }
  // "Cruz has railed against what he calls the “…”": a pronoun subject of a relative clause stands
  // for the subject of the clause around it, the speaker's fuller mention.
  if (found && found.mention.kind === 'pronoun') {
    const index = tokenIndexAt(tokens, found.mention.start);
    // Not after a preposition: "an op-ed, in which she called…" is an event of its own.
    if (index > sentenceStart && RELATIVES.has(tokens[index - 1].lower) && !(index - 2 >= sentenceStart && CLAUSE_LINKS.has(tokens[index - 2].lower))) {
      const main = clauseSubject(tokens, sentenceStart, index - 1);
      if (main && main.start < found.mention.start) found = { ...found, mention: main };
    }
  }
  if (!found && text.charCodeAt(to - 1) === 58) {
    // "On July 6, 2015, Sanders made the following comment:" — the subject of the clause that
    // introduces the quote, even without a reporting verb.
    let clause = sentenceStart;
    for (let k = tokens.length - 1; k > sentenceStart; k--) {
      if (tokens[k].lower === ',') {
        clause = k + 1;
        break;
      }
    }
    const t = tokens[clause];
    if (t) {
      const subject = PRONOUNS.has(t.lower) ? { start: t.start, end: t.end, kind: 'pronoun' as const, titles: NO_TITLES } : t.cap ? nameStartingAt(tokens, clause) : null;
      if (subject) found = { mention: subject, link: 'leading' };
    }
  }
  return found;
}

/** The verb at tokens[v] with this subject is in a fronted subordinate clause that a comma closes before `later`. */
function fronted(tokens: Token[], subject: Mention, v: number, later: Mention, sentenceStart: number): boolean {
  const index = tokenIndexAt(tokens, subject.start);
  if (index <= sentenceStart) return false;
  const word = tokens[index - 1].lower;
  if (!LEADING_SUBORDINATORS.has(word)) return false;
  if (word === 'as' && tokens[v + 1]?.lower === ',') return false;
  for (let k = v + 1; k < tokens.length && tokens[k].start < later.start; k++) if (tokens[k].lower === ',') return true;
  return false;
}

/**
 * The subject of the sentence a quote sits in, read from the sentence start up to the quote: a
 * name or pronoun opening a clause (clauseSubject), else a description opening the sentence
 * ("The Florida senator sought…"). Null when the quote opens the sentence.
 */
function sentenceSubject(text: string, paragraph: Span, sentences: Sentence[], at: number): Mention | null {
  const sentence = sentences[sentenceAt(sentences, at)];
  const from = Math.max(paragraph.start, sentence && sentence.start < at ? sentence.start : at);
  if (at - from > 2 * LEADING_WINDOW) return null;
  const tokens = tokenize(text, from, at);
  // Two words at least before the quote, the last not a colon ("Trump: “…”" is a headline).
  if (tokens.length < 2 || tokens[tokens.length - 1].lower === ':') return null;
  const mention = clauseSubject(tokens, 0, tokens.length) ?? subjectAfter(tokens, -1);
  if (!mention) return null;
  if (mention.kind === 'description') {
    // "The county engineer wants the…": the description stops before its verb.
    for (let k = 2; k < tokens.length && tokens[k].end <= mention.end; k++) {
      const t = tokens[k];
      if (!t.cap && (VERB_MODIFIERS.has(t.lower) || t.lower.endsWith('ed') || (t.lower.endsWith('s') && !DETERMINERS.has(tokens[k - 1].lower)))) {
        mention.end = tokens[k - 1].end;
        break;
      }
    }
  }
  return mention;
}

const CLAUSE_OPENERS = new Set(['and', 'but', 'so', 'then', 'later', 'earlier', 'still', 'yet', 'also', 'meanwhile']);
const FUNCTION_WORDS_BEFORE_NAME = new Set(['that', 'which', 'who', 'and', 'or', 'but', 'by', 'of', 'to', 'for', 'from', 'with', 'in', 'on', 'at', 'as', 'is', 'was', 'were', 'are', 'has', 'had', 'have']);
const INTRO_WORDS = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'when', 'while', 'last', 'this', 'speaking', 'asked', 'as', 'for', 'with', 'earlier', 'later']);

/**
 * The subject of the clause a participle hangs on: "(Speaking in Salem, New Hampshire,) Trump
 * went after Bush, calling him…". Tries the sentence start and each position after a comma, and
 * takes the first name or pronoun followed by a lower-case word (its verb). Names and pronouns only.
 */
function clauseSubject(tokens: Token[], sentenceStart: number, limit: number): Mention | null {
  let k = sentenceStart;
  while (k < limit && CLAUSE_OPENERS.has(tokens[k].lower)) k++;
  for (let at = k; at < limit; at++) {
    if (at !== k && tokens[at - 1].lower !== ',') continue;
    const t = tokens[at];
    if (PRONOUNS.has(t.lower)) return { start: t.start, end: t.end, kind: 'pronoun', titles: NO_TITLES };
    if (INTRO_WORDS.has(t.lower)) continue;
    // "Republican presidential candidate Donald Trump quickly took…": skip the description.
    let first = at;
    while (first < limit && first - at < 5 && !tokens[first].punct && !FUNCTION_WORDS_BEFORE_NAME.has(tokens[first].lower) && (!tokens[first].cap || TITLES.has(tokens[first].lower))) first++;
    if (first >= limit || !tokens[first].cap) continue;
    const name = nameStartingAt(tokens, first);
    if (!name || isParticipleOrAdverb(tokens, first, name)) continue;
    let next = at;
    while (next < limit && tokens[next].start < name.end) next++;
    const verb = tokens[next];
    if (verb && !verb.cap && !verb.punct) return name;
  }
  return null;
}

/**
 * "Continuing to explain…", "Shortly after…", "Based on…", "Flying home…": a lone capitalised
 * word opening a clause that is a participle or an adverb, not a name. It ends in -ing, -ly or
 * -ed and a preposition, determiner or particle follows it, where a name ("Manning", "Kelly")
 * would be followed by its verb.
 */
function isParticipleOrAdverb(tokens: Token[], first: number, name: Mention): boolean {
  const t = tokens[first];
  if (t.end !== name.end || name.titles.length > 0 || t.lower.length < 5) return false;
  if (!(t.lower.endsWith('ing') || t.lower.endsWith('ly') || t.lower.endsWith('ed'))) return false;
  const next = tokens[first + 1];
  return next !== undefined && !next.cap && (next.punct || CLAUSE_LINKS.has(next.lower) || DETERMINERS.has(next.lower) || PARTICLES.has(next.lower));
}

// Adverb particles and possessives after a participle ("flying home", "filling in", "reprising his").
const PARTICLES = new Set('home up down out off back away his her their its my our your'.split(' '));

/**
 * Each piece's attribution: its speaker's mention (null: none) and how it was found. Two arrays
 * rather than an {mention, link} object per piece: they live through the whole analysis, and
 * long-lived objects are what the garbage collector copies.
 */
class PieceAttributions {
  readonly mentions: (Mention | null)[];
  /** Set wherever `mentions` is. */
  readonly links: (Link | null)[];

  constructor(count: number) {
    this.mentions = new Array<Mention | null>(count).fill(null);
    this.links = new Array<Link | null>(count).fill(null);
  }

  has(i: number): boolean {
    return this.mentions[i] !== null;
  }

  set(i: number, mention: Mention, link: Link): void {
    this.mentions[i] = mention;
    this.links[i] = link;
  }
}

function inheritAttributions(paragraphs: Span[], pieces: QuotePiece[], attributions: PieceAttributions): void {
  // Within a multi-paragraph group, every piece shares the group's first attribution. Groups are
  // piece indices: an array indexed by group (the attributed piece, -1: none) rather than a Map
  // with a key per quote.
  const groupAttribution = new Int32Array(pieces.length).fill(-1);
  for (let i = 0; i < pieces.length; i++) {
    const group = pieces[i].group;
    if (attributions.has(i) && groupAttribution[group] < 0) groupAttribution[group] = i;
  }
  const { mentions, links } = attributions;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (attributions.has(i)) continue;
    const group = groupAttribution[piece.group];
    if (group >= 0 && pieces[piece.group] !== pieces[i]) {
      attributions.set(i, mentions[group]!, 'continuation');
      continue;
    }
    if (group >= 0) {
      attributions.set(i, mentions[group]!, links[group]!);
      continue;
    }
    // Same paragraph: "…," said Caddell. "…" — the second piece continues the first speaker.
    const previous = pieces[i - 1];
    if (previous && previous.paragraph === piece.paragraph && attributions.has(i - 1)) {
      attributions.set(i, mentions[i - 1]!, 'inherited');
      continue;
    }
    // A paragraph that opens with a quote right after a paragraph that ended with an attributed
    // quote: the same speaker keeps talking.
    if (previous && piece.start === paragraphs[piece.paragraph].start && previous.paragraph === piece.paragraph - 1 && attributions.has(i - 1)) {
      const previousParagraph = paragraphs[previous.paragraph];
      if (previousParagraph.end - previous.end < 80 && links[i - 1] !== 'frame') {
        attributions.set(i, mentions[i - 1]!, 'continuation');
      }
    }
  }
}

/** `link`: how the piece's attribution was found (null: it has none). */
function isStatement(text: string, paragraphs: Span[], pieces: QuotePiece[], i: number, link: Link | null): boolean {
  const piece = pieces[i];
  const group = pieces[piece.group];
  if (group !== piece) return true; // later paragraphs of a multi-paragraph quote
  // Thresholds below go up to 8 words.
  const words = wordCount(text, piece.start, piece.end, 8);
  if (piece.single) return (link === 'trailing' || link === 'leading') && words >= 3;
  if (words === 0) return false;
  // Introduced by a speech verb and a comma or colon: Priebus said, “Probably.”
  if (introducedBySpeech(text, piece.start)) return true;
  if (isTitle(text, piece)) return link === 'trailing';
  if (link !== null) {
    if (link === 'continuation') return words >= 4;
    return true;
  }
  const paragraph = paragraphs[piece.paragraph];
  // Unattributed: a whole sentence or more in quote marks is still a statement (flagged as
  // unattributed later); a short phrase is a scare quote.
  // Sentence punctuation closes the inside of the quote (a nested closing mark may follow it).
  const insideEnd = piece.end - piece.closeWidth;
  if (words >= 8 && (piece.start === paragraph.start || /[.!?,]["”»'’]?$/.test(text.slice(insideEnd - 2, insideEnd)))) return true;
  // A partial quote woven into the reporter's sentence: four words or more, opening in lower case
  // right after a word ("gone after him as a “leech who will bleed the country”"). Scare quotes
  // are a word or two; titles and headlines open with a capital.
  return words >= 4 && isPartialQuote(text, piece);
}

/** The quote at `start` follows a speech verb and a comma or colon: "…, saying, “…”", "he said: “…”". */
function introducedBySpeech(text: string, start: number): boolean {
  let end = start;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  const mark = text.charCodeAt(end - 1);
  if (mark !== 44 && mark !== 58) return false;
  end--;
  let from = end;
  while (from > 0 && end - from <= 12) {
    const c = text.charCodeAt(from - 1);
    if (!(c >= 97 && c <= 122)) break;
    from--;
  }
  const before = text.charCodeAt(from - 1);
  return from < end && (before === 32 || before === 10) && SPEECH_VERBS.has(text.slice(from, end));
}

/** A quote that opens in lower case after a word of the same sentence: "… as a “leech who …”". */
function isPartialQuote(text: string, piece: QuotePiece): boolean {
  const first = text.charCodeAt(piece.start + piece.openWidth);
  if (!(first >= 97 && first <= 122)) return false;
  let before = piece.start;
  while (before > 0 && text.charCodeAt(before - 1) === 32) before--;
  const c = text.charCodeAt(before - 1);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** "Morning Joe", "The Art of the Deal": short, every major word capitalised, no punctuation. */
function isTitle(text: string, piece: QuotePiece): boolean {
  if (piece.end - piece.start > 63) return false; // more than 60 characters inside the marks
  const inner = text.slice(piece.start + piece.openWidth, piece.end - piece.closeWidth).replace(/[.,]$/, '');
  if (inner.length > 60 || /[.,!?;:]/.test(inner)) return false;
  // Word by word without splitting: this runs for every quoted piece.
  let words = 0;
  for (let start = 0; start < inner.length; ) {
    let end = inner.indexOf(' ', start);
    if (end < 0) end = inner.length;
    if (end > start) {
      if (++words > 6) return false;
      const first = inner.charCodeAt(start);
      const capitalOrDigit = (first >= 65 && first <= 90) || (first >= 48 && first <= 57);
      if (!capitalOrDigit && !TITLE_SMALL_WORDS.has(inner.slice(start, end))) return false;
    }
    start = end + 1;
  }
  return words > 0;
}

// Words left lower-case inside titles ("The Art of the Deal").
const TITLE_SMALL_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'to', 'for', 'with', 'at', 'by', 'or']);

/**
 * Reported-speech cue of each sentence ("…, Arce added.", "According to Arce, …"), computed on
 * demand and remembered: a caller that needs a few sentences scans only those.
 */
class CueTable {
  // The cue's mention; undefined: not computed yet; null: the sentence has no cue. Flags in a
  // typed array rather than a {mention, according} object per sentence: these live through the
  // whole analysis, and long-lived objects are what the garbage collector copies.
  private readonly cues: (Mention | null | undefined)[];
  private readonly according: Uint8Array;
  /** How many sentences have a cue, among those computed so far. */
  foundCount = 0;

  constructor(
    private readonly text: string,
    private readonly sentences: Sentence[],
    private readonly pieces: QuotePiece[],
    private readonly words: SentenceWords,
  ) {
    this.cues = new Array<Mention | null | undefined>(sentences.length);
    this.according = new Uint8Array(sentences.length);
  }

  /** The mention of sentence s's cue, computed on first call. */
  get(s: number): Mention | null {
    let cue = this.cues[s];
    if (cue === undefined) {
      cue = this.cues[s] = this.compute(s);
      if (cue) this.foundCount++;
    }
    return cue;
  }

  /** Whether sentence s's cue is "according to X" (once get(s) found one). */
  isAccording(s: number): boolean {
    return this.according[s] === 1;
  }

  /** Computes the cues of sentences [from, to). */
  range(from: number, to: number): void {
    for (let s = Math.max(0, from); s < to && s < this.sentences.length; s++) this.get(s);
  }

  /** The cue's mention if it was computed (null otherwise). */
  known(s: number): Mention | null {
    return this.cues[s] ?? null;
  }

  /** The first sentence from s on whose cue was computed and found (length if none). */
  nextKnown(s: number): number {
    while (s < this.cues.length && !this.cues[s]) s++;
    return s;
  }

  private compute(s: number): Mention | null {
    const { text, words } = this;
    const sentence = this.sentences[s];
    for (let k = 0, count = words.verbCount(s); k < count; k++) {
      const at = words.verbAt(s, k);
      if (this.insideQuote(at)) continue; // quoted words are not the reporter's cue
      const cue = cueAt(text, sentence, at);
      if (cue) {
        if (isAccordingAt(text, at)) this.according[s] = 1;
        return cue;
      }
    }
    return null;
  }

  private insideQuote(at: number): boolean {
    const piece = this.pieces[spanAt(this.pieces, at)];
    return piece !== undefined && piece.start < at;
  }
}

function isAccordingAt(text: string, at: number): boolean {
  return text.startsWith('ccording', at + 1);
}

/** The subject of the speech verb at `at` (the cue it forms), if it has one. */
function cueAt(text: string, sentence: Sentence, at: number): Mention | null {
  const according = isAccordingAt(text, at);
  // Fast path for the most common cue, a pronoun right before the verb ("he said").
  const pronoun = according ? null : pronounBefore(text, at, sentence.start);
  if (pronoun) return pronoun;
  // Most verbs follow a word that cannot end a subject ("was said", "that told"): reject those
  // without tokenizing. Names need a short window; an apposition ("X, founder of Y, said") a longer one.
  const previous = previousWordKind(text, at, sentence.start);
  if (previous === 'none' && !according) return null;
  if (previous === 'name' && !according) {
    const name = plainNameBefore(text, at, sentence.start);
    if (name) return name;
  }
  const from = Math.max(sentence.start, at - (previous === 'name' ? CUE_WINDOW_NAME : CUE_WINDOW_BEFORE));
  // Tokens after the verb are only needed for "according to X" and inverted "…, said X".
  const after = wordEnd(text, Math.min(sentence.end, at + CUE_WINDOW_AFTER), sentence.end);
  const before = tokenize(text, from, according ? after : at + 1);
  let v = before.length - 1;
  while (v >= 0 && before[v].start !== at) v--;
  if (v < 0) return null;
  let mention: Mention | null = null;
  if (according) {
    mention = accordingTo(before, v);
  } else {
    mention = subjectBefore(before, v);
    if (!mention && v > 0 && before[v - 1].lower === ',') {
      const tokens = tokenize(text, from, after);
      mention = subjectAfter(tokens, v);
    }
  }
  return mention;
}

/**
 * What precedes a verb: a capitalised word ('name'), punctuation or a word that may belong to a
 * subject ('other': "officials", "has", "(D-Ohio)"), or a word that cannot ('none').
 */
function previousWordKind(text: string, at: number, limit: number): 'name' | 'other' | 'none' {
  let end = at;
  while (end > limit && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 0xa0)) end--;
  if (end <= limit) return 'other';
  let start = end;
  while (start > limit && isWordChar(text.charCodeAt(start - 1))) start--;
  if (start === end) return 'other'; // punctuation: apposition, parenthesis, inverted "…, said X"
  const word = text.slice(start, end);
  if (word[0] !== word[0].toLowerCase()) return 'name';
  const lower = word.replace(/[.]$/, '');
  if (VERB_MODIFIERS.has(lower) || ROLE_NOUNS.has(lower) || PRONOUNS.has(lower) || lower.length > 4 && lower.endsWith('ly')) return 'other';
  return /^(?:he|she|they|we|it|i)['’]/.test(lower) ? 'other' : 'none';
}

/**
 * Fast path for the most common cue after pronouns, "Smith said" / "President Luis Arce said":
 * up to four capitalised words joined by single spaces right before the verb, with the titles
 * written before them. Anything less plain (particles, possessives, a place after "to", digits)
 * returns null and goes through the token-level rules.
 */
function plainNameBefore(text: string, at: number, limit: number): Mention | null {
  if (text.charCodeAt(at - 1) !== 32) return null;
  let end = at - 1;
  let start = end;
  let words = 0;
  let titles: string[] = NO_TITLES;
  let cursor = end;
  while (cursor > limit) {
    let wordStart = cursor;
    while (wordStart > limit && isWordChar(text.charCodeAt(wordStart - 1))) wordStart--;
    if (wordStart === cursor) {
      // "…," Arce said: a name after a quote mark or other punctuation token. The token rules
      // stop at that token too, so they find the same name, provided they see the same tokens:
      // the punctuation inside their window, words the tokenizer splits the same way, and at most
      // the three titles they collect.
      if (cursor < at - 1 && titles.length <= 3 && cursor - 1 >= at - CUE_WINDOW_NAME && isPunctBeforeName(text.charCodeAt(cursor - 1)) && plainWords(text, cursor + 1, at - 1)) break;
      return null;
    }
    const first = text.charCodeAt(wordStart);
    // Every branch below stops at a word that is not capitalised: no need to read it.
    if (!(first >= 65 && first <= 90)) break;
    // Lower case without the final period ("Sen." → "sen").
    const period = text.charCodeAt(cursor - 1) === 46;
    const lower = lowerCase(text, wordStart, period ? cursor - 1 : cursor);
    if (TITLES.has(lower)) {
      if (titles === NO_TITLES) titles = [];
      titles.push(lower);
    } else if (titles.length > 0) {
      break;
    } else {
      if (NOT_NAME_START.has(lower) || possessiveOrDigit(lower)) break;
      if (words === 4) return null;
      if (words === 0 && period && cursor - wordStart > 2) return null; // "Inc." and the like
      start = wordStart;
      words++;
    }
    if (wordStart - 1 <= limit || text.charCodeAt(wordStart - 1) !== 32) break;
    cursor = wordStart - 1;
  }
  if (words === 0) return null;
  // Let the full rules handle anything after "to/of/for/from" ("Ambassador to Bolivia X"). The
  // pattern needs one of those words' last letters two characters back: most names skip it.
  if (start - 3 >= limit && isParticleEnd(text.charCodeAt(start - 2))) {
    const before = text.slice(Math.max(limit, start - 6), start);
    if (/\b(?:to|of|for|from|de|van|von|al)\s$/.test(before)) return null;
  }
  end = at - 1;
  return { start, end, kind: 'name', titles };
}

/** Last letters of to, of, for, from, de, van, von, al. */
function isParticleEnd(c: number): boolean {
  return c === 111 || c === 102 || c === 114 || c === 109 || c === 101 || c === 110 || c === 108;
}

/** Ends in 's or ’s, or has a digit. */
function possessiveOrDigit(lower: string): boolean {
  const n = lower.length;
  if (n >= 2 && lower.charCodeAt(n - 1) === 115 && (lower.charCodeAt(n - 2) === 39 || lower.charCodeAt(n - 2) === 0x2019)) return true;
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

// Characters the tokenizer makes a punctuation token of (see tokenize): , : ; — – ― ( ) " “ ” ‘ « » ! ?
function isPunctBeforeName(c: number): boolean {
  return (
    c === 44 || c === 58 || c === 59 || c === 0x2014 || c === 0x2013 || c === 0x2015 || c === 40 || c === 41 || c === 34 ||
    c === 0x201c || c === 0x201d || c === 0x2018 || c === 0xab || c === 0xbb || c === 33 || c === 63
  );
}

/**
 * text[start, end) is words the tokenizer reads as plainNameBefore does: letters, with ' ’ - .
 * only between letters, a final period, and single spaces (plainNameBefore checked the spaces).
 */
function plainWords(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isLetter(c) || c === 32) continue;
    const next = i + 1 < end ? text.charCodeAt(i + 1) : 32;
    if (c === 46 && next === 32) continue;
    if ((c === 39 || c === 0x2019 || c === 45 || c === 46) && isLetter(next)) continue;
    return false;
  }
  return true;
}

/** Moves a window end that falls inside a word to the word's end ("Uni|versity"), up to `limit`. */
function wordEnd(text: string, end: number, limit: number): number {
  while (end < limit && isWordChar(text.charCodeAt(end)) && isWordChar(text.charCodeAt(end - 1))) end++;
  return end;
}

// Pronouns that head a cue, as written right before the verb.
const PRONOUNS_BEFORE_VERB = new Set(['he', 'she', 'they', 'we', 'I', 'He', 'She', 'They', 'We']);

/** "he" in "he said": a pronoun immediately before the verb at `at`. */
function pronounBefore(text: string, at: number, limit: number): Mention | null {
  const space = text.charCodeAt(at - 1);
  if (!(space === 32 || (space >= 9 && space <= 13) || space === 0xa0) || at - 1 <= limit) return null;
  let start = at - 1;
  while (start > limit && at - 1 - start < 4) {
    const c = text.charCodeAt(start - 1);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) break;
    start--;
  }
  if (start === at - 1 || !PRONOUNS_BEFORE_VERB.has(text.slice(start, at - 1))) return null;
  // The pronoun is a word of its own: "Bethe said" is not "he said".
  if (start > limit) {
    const c = text.charCodeAt(start - 1);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 0x2019 || (c >= 0xc0 && /[\p{L}\p{N}]/u.test(text[start - 1]))) return null;
  }
  return { start, end: at - 1, kind: 'pronoun', titles: NO_TITLES };
}

/** Index of the sentence containing `offset`, or else the first one after it (may be length). */
function sentenceAt(sentences: Sentence[], offset: number): number {
  return spanAt(sentences, offset);
}

/** In spans sorted and not overlapping: the first one ending after `offset` (may be length). */
function spanAt(spans: readonly Span[], offset: number): number {
  return partitionPoint(0, spans.length, (i) => spans[i].end <= offset);
}

function compareSpans(a: Mention, b: Mention): number {
  return a.start - b.start || a.end - b.end;
}

function sameSpan(a: Mention, b: Mention): boolean {
  return a.start === b.start && a.end === b.end;
}

/** Sorts the mentions in (start, end) order, equal spans in their order (a stable sort). */
function sortBySpan(mentions: Mention[]): void {
  for (let i = 1; i < mentions.length; i++) {
    if (compareSpans(mentions[i - 1], mentions[i]) > 0) {
      mentions.sort(compareSpans);
      return;
    }
  }
}

/** The numbers in ascending order, each once. */
function uniqueSorted(values: Int32Array): Int32Array {
  values.sort(); // numeric for a typed array
  let kept = 0;
  for (let i = 0; i < values.length; i++) {
    if (i === 0 || values[i] !== values[i - 1]) values[kept++] = values[i];
  }
  return values.subarray(0, kept);
}

/** Number of values in the sorted array that are below `value`. */
function lowerBound(sorted: Int32Array, value: number): number {
  return partitionPoint(0, sorted.length, (i) => sorted[i] < value);
}

/** Index of the last sentence ending at or before `offset` (-1 when none). */
function lastSentenceBefore(sentences: Sentence[], offset: number): number {
  return spanAt(sentences, offset) - 1;
}

/** A line ending in one of . ! ? : ; " ” ’ » ) ends a block. */
function endsBlock(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 34 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41;
}

/** A line starting with one of “ " « ‘ — ― • * starts a block. */
function startsBlock(c: number): boolean {
  return c === 0x201c || c === 34 || c === 0xab || c === 0x2018 || c === 0x2014 || c === 0x2015 || c === 0x2022 || c === 42;
}

/**
 * Paragraphs split further at line breaks that end a sentence or start a quote. Many sources put
 * one paragraph per line without blank lines; a quote never runs across such a break unless the
 * next line reopens it.
 */
function splitBlocks(text: string, paragraphs: Span[]): Span[] {
  const blocks: Span[] = [];
  for (const paragraph of paragraphs) {
    let start = paragraph.start;
    for (let nl = text.indexOf('\n', start); nl >= 0 && nl < paragraph.end; nl = text.indexOf('\n', nl + 1)) {
      let before = nl - 1;
      while (before > start && (text.charCodeAt(before) === 32 || text.charCodeAt(before) === 13 || text.charCodeAt(before) === 9)) before--;
      let after = nl + 1;
      while (after < paragraph.end && (text.charCodeAt(after) === 32 || text.charCodeAt(after) === 9)) after++;
      if (endsBlock(text.charCodeAt(before)) || startsBlock(text.charCodeAt(after))) {
        if (before + 1 > start) blocks.push({ start, end: before + 1 });
        start = after;
      }
    }
    if (paragraph.end > start) blocks.push({ start, end: paragraph.end });
  }
  return blocks;
}
