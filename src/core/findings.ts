// Findings: what the analysis flags, as pure data (the extension maps them to diagnostics, the CLI
// prints them). Messages are written for a fact-checker, not for a developer.

import { followUpKey, messages, type Catalog } from './messages/catalog';
import { findHiddenRuns, hasHiddenCandidates, type HiddenRun } from './hiddenText';
import { equalsFolded, Vocabulary } from './temporal/vocabulary';
import { isUnresolvedPronoun, speakerInSentence } from './speakers';
import { LineIndex } from './text';
import type { Claim, Finding, PublicationDate, Quote, RuleId, Severity, Speaker, Timex } from './types';
import { isAsciiLetter, isSpace } from './chars';
import { keepShape } from './textShapes';

export const RULES: Record<RuleId, { severity: Severity; description: string }> = {
  'dated-claim': { severity: 'information', description: 'A claim anchored to a date in the past or present.' },
  'future-claim': { severity: 'information', description: 'A plan, prediction or expectation about a date after publication.' },
  'stale-prediction': { severity: 'warning', description: 'A prediction whose date has passed: check whether it happened.' },
  'ambiguous-date': { severity: 'hint', description: 'A date whose resolution needed a guess.' },
  'no-publication-date': { severity: 'warning', description: 'No publication date: relative dates cannot be resolved reliably.' },
  'empty-article': { severity: 'information', description: 'The article has no text to check.' },
  quote: { severity: 'information', description: 'A quoted statement and its speaker.' },
  'unattributed-quote': { severity: 'warning', description: 'A quoted statement with no identifiable speaker.' },
  'edited-quote': { severity: 'information', description: 'A quotation altered with brackets or an ellipsis.' },
  'hidden-text': { severity: 'warning', description: 'A quote or claim holding bidirectional controls or invisible characters: it reads differently from what it contains.' },
};

export const RULE_IDS = Object.keys(RULES) as RuleId[];

// Prepositions a reader says with the date ("In September", "back in June"); shown in messages.
// Looked up straight on the text (no lower-case copy of each word: this runs for every finding).
const PREPOSITIONS = new Vocabulary(['in', 'on', 'at', 'by', 'since', 'until', 'till', 'from', 'during', 'before', 'after', 'through', 'around']);
const PREPOSITION_MODIFIERS = new Vocabulary(['back', 'early', 'late', 'earlier', 'later']);

/** Start of the ASCII word ending at `end` preceded by whitespace, or -1 when there is none. */
function wordBefore(text: string, end: number, limit: number): number {
  let start = end;
  while (start > limit && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  return start < end && !isAsciiLetter(before) && !(before >= 48 && before <= 57) ? start : -1;
}

/** Start of the whitespace run ending at `end`, or -1 when `end` does not follow whitespace. */
function spaceBefore(text: string, end: number, limit: number): number {
  let start = end;
  while (start > limit && isSpace(text.charCodeAt(start - 1))) start--;
  return start < end ? start : -1;
}

/**
 * The expression as a reader would quote it, with its preposition: "In September". A backward
 * walk over at most three words (this runs once per flagged date, 900,000 times on a dense file).
 */
export function readerPhrase(text: string, timex: Timex): string {
  const limit = Math.max(0, timex.start - 20);
  let phraseStart = timex.start;
  const gap = spaceBefore(text, timex.start, limit);
  const word = gap > 0 ? wordBefore(text, gap, limit) : -1;
  if (word >= 0) {
    let prepositionStart = -1;
    if (PREPOSITIONS.find(text, word, gap) !== '') prepositionStart = word;
    else if (equalsFolded('of', text, word, gap)) {
      // "as of May"
      const asGap = spaceBefore(text, word, limit);
      const as = asGap > 0 ? wordBefore(text, asGap, limit) : -1;
      if (as >= 0 && equalsFolded('as', text, as, asGap)) prepositionStart = as;
    }
    if (prepositionStart >= 0) {
      phraseStart = prepositionStart;
      const modifierGap = spaceBefore(text, prepositionStart, limit);
      const modifier = modifierGap > 0 ? wordBefore(text, modifierGap, limit) : -1;
      if (modifier >= 0 && PREPOSITION_MODIFIERS.find(text, modifier, modifierGap) !== '') phraseStart = modifier;
    }
  }
  // The expression's own text when there is no preposition: one string fewer kept per message.
  const phrase = phraseStart === timex.start && timex.text.length === timex.end - timex.start ? timex.text : text.slice(phraseStart, timex.end);
  return hasUnusualSpace(phrase) ? phrase.replace(/\s+/g, ' ') : phrase;
}

/** Whitespace other than single spaces (line breaks, tabs, runs): collapsed in messages. */
function hasUnusualSpace(phrase: string): boolean {
  for (let i = 0; i < phrase.length; i++) {
    const code = phrase.charCodeAt(i);
    if (isSpace(code) && (code !== 32 || phrase.charCodeAt(i + 1) === 32)) return true;
  }
  return false;
}

/** The speaker's name as a message gives it: the pronoun in quotation marks when unresolved. */
function speakerName(speaker: Speaker, catalog: Catalog): string {
  return isUnresolvedPronoun(speaker) ? catalog.t('finding.speakerUnidentified', { mention: speaker.mention }) : speakerInSentence(speaker);
}

export function speakerPhrase(speaker: Speaker, catalog: Catalog = messages('en')): string {
  const name = speakerInSentence(speaker);
  if (speaker.method === 'continuation') return catalog.t('finding.speakerContinuing', { name });
  // A description nobody was named for is its own name: "the mayor", not "the mayor (“The mayor” → the mayor)".
  if (speaker.mention === speaker.name) return name;
  if (speaker.method === 'name' || speaker.method === 'according-to') return `${name} (${catalog.t('finding.mention', { mention: speaker.mention })})`;
  return `${name} (${catalog.t('finding.mention', { mention: speaker.mention })} → ${name})`;
}

export interface FindingInput {
  /** The analyzed text: the document with markup blanked (see markup.ts). */
  text: string;
  /**
   * The document as the editor holds it. Line and column are counted here, not in `text`: masking
   * turns a block tag such as `<p>` into a paragraph break, which would shift every later line.
   */
  source?: string;
  published: PublicationDate | null;
  today: string;
  timexes: Timex[];
  claims: Claim[];
  quotes: Quote[];
  /** The language of the messages (the message catalog's); English when absent. */
  locale?: string;
  /** false: no messages (empty strings), see AnalyzeOptions.messages. */
  messages?: boolean;
  /** false: line and column left 0, see AnalyzeOptions.positions. */
  positions?: boolean;
}

/** The rule for one anchoring expression of a claim. */
export function claimRule(claim: Claim, position: number): RuleId {
  if (claim.timexKinds[position] !== 'future') return 'dated-claim';
  return claim.stale ? 'stale-prediction' : 'future-claim';
}

interface Explanation {
  reasoning: string;
  /** " → September 2020 (month before …)" */
  clause: string;
  /** The clause ending a message: " → September 2020 (month before …)." */
  sentence: string;
  /** Message tails after the phrase, by rule, then speaker (see claimTail); made on first use. */
  tails: Map<RuleId, Map<string | null, string>> | null;
  /** " is ambiguous: <reasoning>." and the same for a date outside any claim; made on first use. */
  ambiguousInClaim: string | null;
  ambiguousAlone: string | null;
}

/** How the findings of one run are worded: MessageParts, or NO_MESSAGES when none is shown. */
interface Wording {
  claimMessage(text: string, claim: Claim, timex: Timex, rule: RuleId): string;
  ambiguousMessage(text: string, timex: Timex, inClaim: boolean): string;
  quoteMessage(quote: Quote, speaker: Speaker | null): string;
  editedQuoteMessage(text: string, quote: Quote): string;
  articleMessage(empty: boolean): string;
  hiddenTextMessage(kind: 'quote' | 'claim', runs: HiddenRun[]): string;
}

const NO_MESSAGES: Wording = {
  claimMessage: () => '',
  ambiguousMessage: () => '',
  quoteMessage: () => '',
  editedQuoteMessage: () => '',
  articleMessage: () => '',
  hiddenTextMessage: () => '',
};

/**
 * Message parts shared within one run. A document repeats its values, speakers and expressions:
 * made once and shared, a dense file's 900,000 messages are each at most one concatenation
 * instead of seven, and identical messages one string (every intermediate string is garbage to
 * collect, and every kept one is copied by the collector). One per run, so that no cached string
 * keeps an earlier version of a document alive (a slice of a document refers to all of it).
 */
class MessageParts implements Wording {
  // One entry per value, replaced when the reasoning differs: values are short, shared strings that
  // hash once, while reasonings are often built per expression and hashing each would cost more.
  private readonly explanations = new Map<string, Explanation>();
  // Whole messages by tail, then phrase ("last year" in another claim by the same speaker). Tails
  // are shared strings and phrases mostly the expression's own (shared) text: both hash once.
  private readonly messagesByTail = new Map<string, Map<string, string>>();
  private readonly quoteMessages = new Map<string, string>();
  private readonly today: string;

  constructor(
    today: string,
    readonly catalog: Catalog,
  ) {
    keepShape(this);
    this.today = catalog.day(today);
  }

  claimMessage(text: string, claim: Claim, timex: Timex, rule: RuleId): string {
    const explained = this.explanationOf(timex);
    const phrase = readerPhrase(text, timex);
    if (!claim.speaker && rule === 'dated-claim') return this.joined(phrase, explained.sentence);
    return this.joined(phrase, this.claimTail(explained, claim.speaker ? speakerName(claim.speaker, this.catalog) : null, rule, timex));
  }

  ambiguousMessage(text: string, timex: Timex, inClaim: boolean): string {
    const explained = this.explanationOf(timex);
    const tail = inClaim
      ? (explained.ambiguousInClaim ??= this.catalog.t('finding.ambiguousInClaim', { reasoning: this.catalog.reasoning(timex.reasoning) }))
      : (explained.ambiguousAlone ??= this.catalog.t('finding.ambiguousAlone', { reasoning: this.catalog.reasoning(timex.reasoning) }));
    return this.joined(readerPhrase(text, timex), tail);
  }

  /** `speaker`: the quote's, null when it has none or only an unresolved pronoun. */
  quoteMessage(quote: Quote, speaker: Speaker | null): string {
    if (!speaker) return quote.speaker ? this.catalog.t('finding.unattributedPronoun', { mention: quote.speaker.mention }) : this.catalog.t('finding.unattributed');
    const who = speakerPhrase(speaker, this.catalog);
    let message = this.quoteMessages.get(who);
    if (message === undefined) {
      message = this.catalog.t('finding.quote', { who });
      this.quoteMessages.set(who, message);
    }
    return message;
  }

  editedQuoteMessage(text: string, quote: Quote): string {
    const marks = quote.edits.map((edit) => text.slice(edit.start, edit.end)).join(', ');
    return this.catalog.t('finding.editedQuote', { marks });
  }

  articleMessage(empty: boolean): string {
    return this.catalog.t(empty ? 'finding.empty' : 'finding.noPublicationDate');
  }

  hiddenTextMessage(kind: 'quote' | 'claim', runs: HiddenRun[]): string {
    const names = [...new Set(runs.flatMap((run) => run.names))];
    const bidi = runs.some((run) => run.bidi);
    const what = this.catalog.t(bidi ? 'finding.hiddenBidi' : 'finding.hiddenInvisible');
    return this.catalog.t(kind === 'quote' ? 'finding.hiddenInQuote' : 'finding.hiddenInClaim', { names: names.join(', '), what });
  }

  private explanationOf(timex: Timex): Explanation {
    let explained = this.explanations.get(timex.value);
    if (explained === undefined || explained.reasoning !== timex.reasoning) {
      const clause = ` → ${withReasoning(this.catalog.describeValue(timex.value), this.catalog.reasoning(timex.reasoning))}`;
      explained = { reasoning: timex.reasoning, clause, sentence: clause + '.', tails: null, ambiguousInClaim: null, ambiguousAlone: null };
      this.explanations.set(timex.value, explained);
    }
    return explained;
  }

  /** What follows the phrase in a claim's message: the resolution, the speaker, the follow-up. */
  private claimTail(explained: Explanation, speaker: string | null, rule: RuleId, timex: Timex): string {
    // Nested maps rather than one keyed by rule + speaker: a concatenated key is a new string to
    // flatten and hash for every claim, where the rule and the speaker's name are hashed once.
    explained.tails ??= new Map();
    let bySpeaker = explained.tails.get(rule);
    if (bySpeaker === undefined) {
      bySpeaker = new Map();
      explained.tails.set(rule, bySpeaker);
    }
    const cached = bySpeaker.get(speaker);
    if (cached !== undefined) return cached;
    const who = speaker !== null ? this.catalog.t('finding.accordingTo', { speaker }) : '';
    let tail: string;
    if (rule === 'stale-prediction') tail = this.catalog.t('finding.stale', { clause: explained.clause, who, today: this.today });
    else if (rule === 'future-claim') tail = this.catalog.t(followUpKey(timex.value), { clause: explained.clause, who, when: this.catalog.describeValue(timex.value) });
    else tail = `${explained.clause}${who}.`;
    bySpeaker.set(speaker, tail);
    return tail;
  }

  private joined(phrase: string, tail: string): string {
    let byPhrase = this.messagesByTail.get(tail);
    if (byPhrase === undefined) {
      byPhrase = new Map();
      this.messagesByTail.set(tail, byPhrase);
    }
    let message = byPhrase.get(phrase);
    if (message === undefined) {
      message = phrase + tail;
      byPhrase.set(phrase, message);
    }
    return message;
  }
}

type FindingSubject = Finding['subject'];

/** Findings in order: by start, then end, then rule id. */
function compareFindings(a: Finding, b: Finding): number {
  // Rule ids are ASCII: a plain comparison orders them like localeCompare at a fraction of the cost.
  return a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

function finding(rule: RuleId, start: number, end: number, message: string, subject?: FindingSubject): Finding {
  // Line and column are filled in once the findings are in order; every finding has the same shape.
  return { rule, severity: RULES[rule].severity, start, end, message, line: 0, column: 0, subject };
}

export function buildFindings(input: FindingInput): Finding[] {
  const { text, timexes, claims, quotes } = input;
  const parts: Wording = input.messages === false ? NO_MESSAGES : new MessageParts(input.today, messages(input.locale));
  // Each kind of finding is made in text order, so the lists are merged rather than sorted (a
  // linear pass instead of a comparator sort of a dense file's 1.3 million findings). Each list
  // is made at its final size: grown by push, a list of 900,000 took four times as long here.
  // Each list has a small function of its own and the rare paths are apart (docs/performance.md,
  // "What the cold cost is made of"): one big function was compiled again on each new path.
  const claimed = new Uint8Array(timexes.length);
  const claimFindings = claimFindingsOf(input, parts, claimed);
  const ambiguousFindings = ambiguousFindingsOf(text, timexes, claimed, parts);
  const quoteFindings = quoteFindingsOf(text, quotes, parts);
  // Ties keep list order, as the stable sort of the lists one after the other would.
  let findings = mergeInOrder(mergeInOrder(inOrder(claimFindings), inOrder(ambiguousFindings)), inOrder(quoteFindings));
  if (hasHiddenCandidates(text)) findings = mergeInOrder(findings, inOrder(hiddenTextFindings(text, quotes, claims, parts)));
  if (input.positions !== false) placeFindings(findings, input.source ?? text);
  return findings;
}

/** The article-level finding, if any, then one finding per date of each claim; marks the claimed dates. */
function claimFindingsOf(input: FindingInput, parts: Wording, claimed: Uint8Array): Finding[] {
  const { text, timexes, claims } = input;
  // An empty article has no date to miss: saying so is the only finding it gets.
  const empty = !/\S/.test(text);
  let count = input.published && !empty ? 0 : 1;
  for (let claimIndex = 0; claimIndex < claims.length; claimIndex++) count += claims[claimIndex].timexes.length;
  const claimFindings = new Array<Finding>(count);
  let claimCount = 0;
  if (empty || !input.published) claimFindings[claimCount++] = articleFinding(text, empty, parts);
  for (let claimIndex = 0; claimIndex < claims.length; claimIndex++) {
    const claim = claims[claimIndex];
    const subject: FindingSubject = { kind: 'claim', index: claimIndex };
    for (let position = 0; position < claim.timexes.length; position++) {
      const timexIndex = claim.timexes[position];
      claimed[timexIndex] = 1;
      const timex = timexes[timexIndex];
      const rule = claimRule(claim, position);
      claimFindings[claimCount++] = finding(rule, timex.start, timex.end, parts.claimMessage(text, claim, timex, rule), subject);
    }
  }
  return claimFindings;
}

function articleFinding(text: string, empty: boolean, parts: Wording): Finding {
  if (empty) return finding('empty-article', 0, 0, parts.articleMessage(true));
  return finding('no-publication-date', 0, firstLineEnd(text), parts.articleMessage(false));
}

/** Where the first line ends (at its \r or \n), or the text's length. */
function firstLineEnd(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return i;
  }
  return text.length;
}

function ambiguousFindingsOf(text: string, timexes: readonly Timex[], claimed: Uint8Array, parts: Wording): Finding[] {
  let ambiguousCount = 0;
  for (let index = 0; index < timexes.length; index++) if (timexes[index].ambiguous) ambiguousCount++;
  const ambiguousFindings = new Array<Finding>(ambiguousCount);
  if (ambiguousCount === 0) return ambiguousFindings;
  ambiguousCount = 0;
  for (let index = 0; index < timexes.length; index++) {
    const timex = timexes[index];
    if (!timex.ambiguous) continue;
    const message = parts.ambiguousMessage(text, timex, claimed[index] === 1);
    ambiguousFindings[ambiguousCount++] = finding('ambiguous-date', timex.start, timex.end, message, { kind: 'timex', index });
  }
  return ambiguousFindings;
}

function quoteFindingsOf(text: string, quotes: readonly Quote[], parts: Wording): Finding[] {
  let quoteCount = quotes.length;
  for (let index = 0; index < quotes.length; index++) if (quotes[index].edited) quoteCount++;
  const quoteFindings = new Array<Finding>(quoteCount);
  quoteCount = 0;
  for (let index = 0; index < quotes.length; index++) {
    const quote = quotes[index];
    const subject: FindingSubject = { kind: 'quote', index };
    // Same span, so ordered by rule id: 'edited-quote' sorts before 'quote' and 'unattributed-quote'.
    if (quote.edited) quoteFindings[quoteCount++] = finding('edited-quote', quote.start, quote.end, parts.editedQuoteMessage(text, quote), subject);
    quoteFindings[quoteCount++] = quoteFinding(quote, parts, subject);
  }
  return quoteFindings;
}

function quoteFinding(quote: Quote, parts: Wording, subject: FindingSubject): Finding {
  // A pronoun the speakers rules could not resolve names no one.
  const speaker = quote.speaker && !isUnresolvedPronoun(quote.speaker) ? quote.speaker : null;
  return finding(speaker ? 'quote' : 'unattributed-quote', quote.start, quote.end, parts.quoteMessage(quote, speaker), subject);
}

/** Fills in line and column, the findings being in text order. */
function placeFindings(findings: Finding[], source: string): void {
  const lines = new LineIndex(source);
  let line = 0;
  // Index loops here: for…of over these lists allocated an iterator result per item in profiles.
  for (let index = 0; index < findings.length; index++) {
    const finding = findings[index];
    line = lines.lineAt(finding.start, line);
    finding.line = line + 1;
    finding.column = finding.start - lines.lineStart(line) + 1;
  }
}

/**
 * One hidden-text finding per quote (or claim, for what lies outside its quotes) holding bidirectional
 * controls or invisible characters, over the whole quote or claim, naming the characters.
 */
function hiddenTextFindings(text: string, quotes: readonly Quote[], claims: readonly Claim[], parts: Wording): Finding[] {
  const bySubject = new Map<string, { subject: { kind: 'quote' | 'claim'; index: number }; span: { start: number; end: number }; runs: HiddenRun[] }>();
  // Runs, quotes and claims are each in text order (quotes and claims do not overlap among
  // themselves): one pointer per list, so a text full of hidden characters stays linear.
  let q = 0;
  let c = 0;
  for (const run of findHiddenRuns(text)) {
    while (q < quotes.length && quotes[q].end < run.end) q++;
    while (c < claims.length && claims[c].end < run.end) c++;
    const inQuote = q < quotes.length && quotes[q].start <= run.start;
    const inClaim = !inQuote && c < claims.length && claims[c].start <= run.start;
    if (!inQuote && !inClaim) continue;
    const subject = inQuote ? { kind: 'quote' as const, index: q } : { kind: 'claim' as const, index: c };
    const key = `${subject.kind}:${subject.index}`;
    const entry = bySubject.get(key);
    if (entry) entry.runs.push(run);
    else bySubject.set(key, { subject, span: inQuote ? quotes[q] : claims[c], runs: [run] });
  }
  return [...bySubject.values()].map(({ subject, span, runs }) => finding('hidden-text', span.start, span.end, parts.hiddenTextMessage(subject.kind, runs), subject));
}

/** The list itself when already in order (the usual case, checked in one pass), else sorted. */
function inOrder(list: Finding[]): Finding[] {
  for (let i = 1; i < list.length; i++) {
    if (compareFindings(list[i - 1], list[i]) > 0) return list.sort(compareFindings);
  }
  return list;
}

/** Merges two ordered lists; on ties the first list's finding comes first. */
function mergeInOrder(first: Finding[], second: Finding[]): Finding[] {
  if (second.length === 0) return first;
  if (first.length === 0) return second;
  const merged = new Array<Finding>(first.length + second.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < first.length && j < second.length) merged[k++] = compareFindings(first[i], second[j]) <= 0 ? first[i++] : second[j++];
  while (i < first.length) merged[k++] = first[i++];
  while (j < second.length) merged[k++] = second[j++];
  return merged;
}

/**
 * "value (reasoning)"; a value that ends in its own parenthesis ("Sunday (date unknown)") takes the
 * reasoning inside it, so the message never reads "(date unknown) (weekday …)".
 */
export function withReasoning(value: string, reasoning: string): string {
  return value.endsWith(')') ? `${value.slice(0, -1)}; ${reasoning})` : `${value} (${reasoning})`;
}
