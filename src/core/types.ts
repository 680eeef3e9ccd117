// The analyzer's data model. Everything the extension, the CLI and the exports show comes from
// these shapes. Offsets are UTF-16 code-unit offsets into the analyzed text (as VS Code holds it),
// end exclusive.

/** How the visible text of a document is extracted. */
export type DocumentFormat = 'plaintext' | 'markdown' | 'html';

export interface Span {
  start: number;
  end: number;
}

/** TimeML TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** Tense (or modality) of the clause an expression or claim sits in. */
export type Tense = 'past' | 'present' | 'future';

/** Calendar extent of a resolved expression, as ISO dates (YYYY-MM-DD), both inclusive. */
export interface CalendarRange {
  from: string;
  to: string;
}

export interface Timex extends Span {
  /** The expression exactly as written ("In September" is not included; "September" is). */
  text: string;
  type: TimexType;
  /** TimeML normalized value: 2020-09, P11M, 2013-W11, 2020-SU, 199 (the 1990s), PRESENT_REF, XXXX-06, ... */
  value: string;
  /**
   * Why the value is what it is, written for a fact-checker, without the expression itself:
   * "month before the publication date, 5 Dec 2020; past tense".
   */
  reasoning: string;
  /** True when the value depended on a guess (no publication date, bare weekday, unresolvable). */
  ambiguous: boolean;
  /** Where the expression lies on the calendar, when it can be placed there (for the timeline). */
  range?: CalendarRange;
  /** For durations anchored to the publication date ("the past 11 months"): the covered span. */
  anchoredRange?: CalendarRange;
  /** Tense of the clause used during resolution. */
  tense: Tense;
}

export type PublicationDateSource =
  | 'caller'
  | 'comment'
  | 'front-matter'
  | 'html-meta'
  | 'json-ld'
  | 'itemprop'
  | 'time-element'
  | 'url'
  | 'page-text'
  | 'dateline';

export interface PublicationDate {
  /** YYYY-MM-DD, or YYYY-MM-DDTHH:MM when the source gives a time. */
  value: string;
  source: PublicationDateSource;
  /** Where in the text it was found (absent for 'caller'). */
  start?: number;
  end?: number;
  /** Human description of the source: "the dateline", "front matter `date:`". */
  description: string;
}

/** How a quote's speaker was identified. */
export type AttributionMethod =
  | 'name' // "Arce said"
  | 'pronoun' // "he added" resolved to the previous person
  | 'description' // "the president said" resolved to "President Luis Arce"
  | 'continuation' // consecutive quote paragraphs by the same speaker
  | 'according-to'; // "according to Arce"

export interface Speaker {
  /** Canonical name: the longest mention of that person in the article ("Luis Arce"). */
  name: string;
  /** The local mention nearest the quote ("Arce", "he", "the president"). */
  start: number;
  end: number;
  mention: string;
  method: AttributionMethod;
}

export interface Quote extends Span {
  /** Quote text including its quote marks. */
  text: string;
  speaker: Speaker | null;
  /** Contains editorial brackets or an ellipsis. */
  edited: boolean;
  /** The editorial marks found (for hovers): "[Russian]", "...". */
  edits: Span[];
  /** Index of the first piece of a multi-paragraph quote this piece belongs to (itself if single). */
  group: number;
}

export type ClaimKind = 'past' | 'ongoing' | 'future';

export interface Claim extends Span {
  /** The sentence text. */
  text: string;
  kind: ClaimKind;
  /** Indices into Analysis.timexes of the expressions that anchor the claim. */
  timexes: number[];
  /**
   * Kind of each anchoring expression's clause, parallel to `timexes`: one sentence can report a
   * past statement about a future event ("said back in June that it is expected to open in 2023").
   */
  timexKinds: ClaimKind[];
  /** Who made the claim, when it sits in a quote or in reported speech. */
  speaker: Speaker | null;
  /** The stated source, when given ("in an interview with Sputnik", "REUTERS/Ueslei Marcelino"). */
  source: string | null;
  /** A future claim all of whose predicted dates are already before today. */
  stale: boolean;
  /** Index into Analysis.quotes when the claim is inside a quote. */
  quote: number | null;
}

export type RuleId =
  | 'dated-claim'
  | 'future-claim'
  | 'stale-prediction'
  | 'ambiguous-date'
  | 'no-publication-date'
  | 'empty-article'
  | 'quote'
  | 'unattributed-quote'
  | 'edited-quote'
  | 'hidden-text';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Finding extends Span {
  rule: RuleId;
  severity: Severity;
  message: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  /** What the finding is about, for hovers and code actions. */
  subject?: { kind: 'claim' | 'quote' | 'timex'; index: number };
}

/** A claim or quote of an analysis, by its index (what notes, hovers and code actions point at). */
export interface SubjectRef {
  kind: 'claim' | 'quote';
  index: number;
}

export interface Sentence extends Span {
  /** Paragraph index (0-based). */
  paragraph: number;
}

/** The article Claimline found in an HTML page: only its text was analyzed. */
export interface ArticleSummary {
  title?: string;
  byline?: string;
  site?: string;
  url?: string;
  /** The publication date the analysis used (YYYY-MM-DD…), when there is one. */
  published?: string;
  /** Source offsets of the article (title, byline, body), in order. */
  ranges: Span[];
  /** No article was recognised: the page's whole visible text was analyzed. */
  fallback: boolean;
}

export interface Analysis {
  published: PublicationDate | null;
  /** The date used as "today" for stale predictions (YYYY-MM-DD). */
  today: string;
  timexes: Timex[];
  quotes: Quote[];
  claims: Claim[];
  findings: Finding[];
  /** HTML documents only: the article that was analyzed. */
  article?: ArticleSummary;
}

export interface AnalyzeOptions {
  /** Overrides detection ("caller" source). YYYY-MM-DD. */
  published?: string;
  /** YYYY-MM-DD; defaults to the current date. */
  today?: string;
  /** Decides how visible text is extracted. Default plaintext. */
  format?: DocumentFormat;
  /** Language of the findings' messages (messages/catalog.ts: "es", "es-419", …); English by default. */
  locale?: string;
  /**
   * false: the findings carry no message (an empty string), for a caller that shows none (the
   * CLI's JSON records without --messages): wording the messages is most of what making the
   * findings costs. Everything else is the same. Default true.
   */
  messages?: boolean;
  /**
   * false: the findings' line and column are left 0, for a caller that counts lines itself or
   * shows none (the CLI: JSON records carry offsets only, text and SARIF output place findings
   * with a line index of their own). Everything else is the same. Default true.
   */
  positions?: boolean;
}
