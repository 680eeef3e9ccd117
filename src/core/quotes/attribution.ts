// Each quote piece's own attribution (after it, before it, a transcript label, the previous
// paragraph's introduction) and what pieces inherit from their group, their paragraph or the
// quote before them.
import { isAsciiUpper, isWhitespace } from '../chars';
import type { Sentence, Span } from '../types';
import { accordingAfter } from './accordingAfter';
import { appositionAfter } from './appositionAfter';
import { attributionOf } from './attributionShape';
import { colonPhraseSubject } from './colonSubject';
import { colonClauseSubject, labelledSource, LEADING_WINDOW, leadingAttribution } from './leading';
import type { QuotePiece } from './marks';
import { type Mention, nameLabel, nameStartingAt, NO_TITLES, tokenIndexFrom, tokenize } from './mentions';
import { sentenceAt } from './spans';
import { trailingAttribution } from './trailing';
import { keepShape } from '../textShapes';

/** How a piece got its attribution; decides whether a short quoted phrase counts as a statement. */
export type Link = 'trailing' | 'leading' | 'frame' | 'according' | 'inherited' | 'continuation';

export interface Attribution {
  mention: Mention;
  link: Link;
  /** For leading attributions: where the verb is, to tell "X said: "…"" from a distant verb. */
  verbIndex?: number;
  tokenCount?: number;
}

/**
 * Each piece's attribution: its speaker's mention (null: none) and how it was found. Two arrays
 * rather than an {mention, link} object per piece: they live through the whole analysis, and
 * long-lived objects are what the garbage collector copies.
 */
export class PieceAttributions {
  readonly mentions: (Mention | null)[];
  /** Set wherever `mentions` is. */
  readonly links: (Link | null)[];

  /** 1 for a piece known to have no speaker (asked.ts): no later stage gives it one. */
  readonly silenced: Uint8Array;

  constructor(count: number) {
    keepShape(this);
    this.mentions = new Array<Mention | null>(count).fill(null);
    this.links = new Array<Link | null>(count).fill(null);
    this.silenced = new Uint8Array(count);
  }

  has(i: number): boolean {
    return this.mentions[i] !== null;
  }

  /** Whether a later stage may still give piece i a speaker. */
  open(i: number): boolean {
    return this.mentions[i] === null && this.silenced[i] === 0;
  }

  set(i: number, mention: Mention, link: Link): void {
    this.mentions[i] = mention;
    this.links[i] = link;
  }
}

function sentenceOrUndefined(sentences: Sentence[], index: number): Sentence | undefined {
  return index < sentences.length ? sentences[index] : undefined;
}

export function ownAttribution(text: string, paragraphs: Span[], sentences: Sentence[], pieces: QuotePiece[], i: number): Attribution | null {
  const piece = pieces[i];
  const paragraph = paragraphs[piece.paragraph];
  // Reads stay inside the arrays: one past either end deoptimizes this function.
  const next = i + 1 < pieces.length ? pieces[i + 1] : undefined;
  const previous = i > 0 ? pieces[i - 1] : undefined;
  const lastInside = text.charCodeAt(piece.end - piece.closeWidth - 1);
  const leadingEnd = piece.start;
  // Attribution before a quote sits in the quote's own sentence ("Arce said: "…").
  const sentence = sentenceOrUndefined(sentences, sentenceAt(sentences, piece.start));
  const sentenceStart = sentence && sentence.start <= piece.start ? sentence.start : 0;
  const leadingStart = Math.max(paragraph.start, sentenceStart, previous && previous.paragraph === piece.paragraph ? previous.end : 0, piece.start - LEADING_WINDOW);
  const colonIntro = endsWithColonOrComma(text, Math.max(leadingStart, leadingEnd - 4), leadingEnd);

  // Transcripts: "WALLACE: Let’s start…" names its speaker inside the quote. The pattern needs two
  // capitals (or a capital and . ' ’ -) first: most quotes are rejected without a copy.
  const inside = piece.start + piece.openWidth;
  const label = isAsciiUpper(text.charCodeAt(inside)) && isLabelPart(text.charCodeAt(inside + 1)) ? /^([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\s/.exec(text.slice(inside, inside + 40)) : null;
  if (label) return attributionOf({ start: inside, end: inside + label[1].length, kind: 'name', titles: NO_TITLES }, 'leading');
  // …and after it, up to the end of the sentence that follows the closing mark.
  let trailingEnd = next && next.paragraph === piece.paragraph ? next.start : paragraph.end;
  const following = sentenceOrUndefined(sentences, sentenceAt(sentences, piece.end));
  if (following && following.end > piece.end) trailingEnd = Math.min(trailingEnd, following.end);
  const nextQuoteFollows = next !== undefined && next.paragraph === piece.paragraph && trailingEnd === next.start;
  if (piece.closed) {
    const according = accordingAfter(text, piece.end, Math.min(trailingEnd, paragraph.end));
    if (according) return according;
  }
  const trailing = piece.closed ? (trailingAttribution(text, piece, trailingEnd, paragraph.end, nextQuoteFollows) ?? appositionAfter(text, piece, Math.min(trailingEnd, paragraph.end))) : null;
  // "Arce said: "…"" is an explicit introduction; otherwise the attribution after a quote that
  // ends in a comma ("…," Arce said) is the stronger reading, and the text before it is not read.
  if (trailing && !colonIntro && lastInside !== 46) return trailing;
  const leading = leadingStart < leadingEnd ? leadingAttribution(text, leadingStart, leadingEnd) : null;
  const verbNearColon = leading !== null && leading.link === 'leading' && (leading.verbIndex === undefined || leading.tokenCount! - leading.verbIndex <= 6);
  if (leading && colonIntro && verbNearColon) return leading;
  // "After Trump suggested …, Rubio fired back forcefully: “…”": no speech verb next to the colon,
  // so the clause that ends at it introduces the quote (unless the quote names its speaker after
  // it: "Fiorina was far less bubbly: “…,” she recounted").
  if (colonIntro && !trailing && !verbNearColon && leading?.link !== 'according' && leadingStart < leadingEnd) {
    // A headline ("Reid: ‘Never underestimate him.’") is a title, not a quote: the first paragraph
    // gets no name label.
    const subject = labelledSource(text, paragraph.start, leadingEnd) ?? (piece.paragraph > 0 ? nameLabel(text, leadingStart, leadingEnd) : null) ?? colonClauseSubject(text, leadingStart, leadingEnd) ?? colonPhraseSubject(text, leadingStart, leadingEnd);
    // A clause subject before the speech verb's own subject is a clause further from the colon
    // ("Any decision would involve Lynch, who told Congress …:"): the verb's subject is nearer.
    if (subject && !(leading && leading.link === 'leading' && subject.start < leading.mention.start)) return attributionOf(subject, 'leading');
  }
  if (trailing && (lastInside !== 46 || !leading)) return trailing;
  if (leading) return leading;
  // The previous paragraph introduces the quote: "Caddell continued:".
  if (piece.start === paragraph.start && piece.paragraph > 0) {
    const before = paragraphs[piece.paragraph - 1];
    if (text.charCodeAt(before.end - 1) === 58) {
      const from = Math.max(before.start, before.end - LEADING_WINDOW);
      const lead = leadingAttribution(text, from, before.end);
      if (lead) return lead;
      // "Jared Potts, 17, echoed:": whatever the verb, the clause that ends at the colon.
      const subject = nameLabel(text, from, before.end) ?? colonClauseSubject(text, from, before.end);
      if (subject) return attributionOf(subject, 'leading');
    }
  }
  if (trailing) return trailing;
  const signature = signatureAfter(text, paragraphs, piece);
  return signature ? attributionOf(signature, 'trailing') : null;
}

/**
 * A quote that is its whole paragraph, signed in the next one: "“…”¶- Sanders.", "“…”¶—President
 * Obama, tweeting after the speech." (fact checks, reader quotes). The name, or null.
 */
function signatureAfter(text: string, paragraphs: Span[], piece: QuotePiece): Mention | null {
  const paragraph = paragraphs[piece.paragraph];
  const next = paragraphs[piece.paragraph + 1];
  // The quote stands alone in its paragraph: a credit line ("- Reuters.") after a paragraph of
  // the reporter's own signs the article, not a quote inside it.
  if (!next || next.end - next.start > 100 || piece.start !== paragraph.start) return null;
  for (let i = piece.end; i < paragraph.end; i++) if (!isWhitespace(text.charCodeAt(i))) return null;
  const dash = text.charCodeAt(next.start);
  const isDash = dash === 45 || dash === 0x2013 || dash === 0x2014 || dash === 0x2015;
  // "“…¶Dean Baker, Center for Economic Research.”": a quote left open at its paragraph's end
  // and closed after the signature line under it.
  if (!isDash && (piece.closed || !closesQuote(text, next.end))) return null;
  const tokens = tokenize(text, next.start + (isDash ? 1 : 0), next.end);
  const name = tokens.length > 0 ? nameStartingAt(tokens, 0) : null;
  if (!name) return null;
  const after = tokenIndexFrom(tokens, name.end);
  return after < 0 || tokens[after].lower === '.' || tokens[after].lower === ',' ? name : null;
}

/** text before `end` is a closing double quote mark, after a full stop or not ("….”", "…\""). */
function closesQuote(text: string, end: number): boolean {
  let i = end - 1;
  while (i >= 0 && isWhitespace(text.charCodeAt(i))) i--;
  const c = text.charCodeAt(i);
  return c === 34 || c === 0x201d;
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

// The length of ", said Caddell. " or ", Sexton said. " between two quotes.
const SHORT_ATTRIBUTION = 24;

export function inheritAttributions(paragraphs: Span[], pieces: QuotePiece[], attributions: PieceAttributions): void {
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
    if (!attributions.open(i)) continue;
    const group = groupAttribution[piece.group];
    if (group >= 0 && pieces[piece.group] !== pieces[i]) {
      attributions.set(i, mentions[group]!, 'continuation');
      continue;
    }
    // Same paragraph: "…," said Caddell. "…" — the second piece continues the first speaker,
    // also when it opens a quote that runs on into paragraphs attributed further on, if only a
    // short attribution stands between the two ("…," he said. "…¶"…," he added).
    const previous = pieces[i - 1];
    const justAttributed = previous !== undefined && previous.paragraph === piece.paragraph && attributions.has(i - 1) && links[i - 1] === 'trailing' && piece.start - previous.end <= SHORT_ATTRIBUTION;
    if (group >= 0 && !justAttributed) {
      attributions.set(i, mentions[group]!, links[group]!);
      continue;
    }
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
