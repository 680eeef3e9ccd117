// Stated sources: the medium or outlet the words came through ("in an interview with Sputnik",
// "told Reuters"), or a photo credit ("REUTERS/Ueslei Marcelino"). Computed per sentence, so a
// caller that needs only a few sentences pays only for those. Every pattern is anchored at a
// literal found with indexOf ("/", "in ", "told "), never tried at every position of the text.
import type { Span } from '../types';

const CREDIT_AFTER_SLASH = /\/[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}/y;
const CREDIT_BEFORE_SLASH = /(?:^|[^\w])([A-Z][A-Za-z]*(?: Photo)?)$/;

const MEDIUM =
  /\bin (?:an?|the|his|her|their) (?:(?:exclusive|recent|televised|written|phone|telephone|radio|TV|television|joint|separate|brief|lengthy|new|wide-ranging|online|video|press) )*((?:interview|statement|speech|press conference|news conference|press release|letter|tweet|post|op-ed|column|memo|email|e-mail|video|appearance|briefing|address|report|book|blog post|essay|podcast|filing|testimony)(?: (?:with|to|on|for|at|by|from) (?:the )?[A-Z][\w&.'’-]*(?: (?:of )?[A-Z][\w&.'’-]*){0,4})?)/g;
// The same pattern, tried at one position.
const MEDIUM_AT = new RegExp(MEDIUM.source.slice(2), 'y');

const TOLD_OUTLET =
  /told (?:the )?((?:[A-Z]{2,}[\w]*|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} (?:News|Times|Post|Journal|Radio|TV|Magazine|Agency|Network|Herald|Tribune|Telegraph|Guardian|Daily)|Reuters|Sputnik|Bloomberg|Politico|Axios|Fox|Interfax|TASS|Xinhua))\b/y;

function isAsciiWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * The next occurrence of a literal at or after a position, remembering the last answer: queries
 * arrive mostly in text order, so a literal that is rare (or absent) is searched for once, not
 * once per sentence.
 */
class NextLiteral {
  private from = -1;
  private found = -1;
  constructor(
    private readonly text: string,
    private readonly literal: string,
  ) {}

  at(position: number): number {
    if (this.from < 0 || position < this.from || (this.found >= 0 && this.found < position)) {
      this.from = position;
      this.found = this.text.indexOf(this.literal, position);
    }
    return this.found;
  }
}

/**
 * The first match of a global pattern starting in text[start, end). Sequential callers (every
 * sentence, in order) share one forward search; others scan only the span asked about.
 */
class NextMatch {
  private from = -1;
  private found = -1;
  constructor(
    private readonly text: string,
    private readonly pattern: RegExp,
    private readonly sequential: boolean,
  ) {}

  first(start: number, end: number): number {
    if (this.sequential) {
      if (this.from < 0 || start < this.from || (this.found >= 0 && this.found < start)) {
        this.from = start;
        this.pattern.lastIndex = start;
        this.found = this.pattern.exec(this.text)?.index ?? -1;
      }
      return this.found < end ? this.found : -1;
    }
    const slice = this.text.slice(start, end);
    this.pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = this.pattern.exec(slice)) !== null) {
      // The slice start counts as a word boundary; in the whole text it may not be.
      if (m.index === 0 && start > 0 && isAsciiWord(this.text.charCodeAt(start - 1))) {
        this.pattern.lastIndex = 1;
        continue;
      }
      return start + m.index;
    }
    return -1;
  }
}

interface Hit {
  at: number;
  source: string;
}

export class SourceFinder {
  private readonly slash: NextLiteral;
  private readonly medium: NextMatch;
  private readonly told: NextLiteral;

  constructor(
    private readonly text: string,
    private readonly sentences: Span[],
    sequential: boolean,
  ) {
    this.slash = new NextLiteral(text, '/');
    this.medium = new NextMatch(text, MEDIUM, sequential);
    this.told = new NextLiteral(text, 'told ');
  }

  /** The stated source of sentence `s`, or null. */
  sourceOf(s: number): string | null {
    const sentence = this.sentences[s];
    const own = this.firstHit(sentence);
    if (own) return own.source;
    // A credit right at the start of the next sentence labels this caption too:
    // "… October 24, 2020. REUTERS/Ueslei Marcelino".
    const next = this.sentences[s + 1];
    if (next) {
      const credit = this.firstCredit(next);
      if (credit && credit.at === next.start) return credit.source;
    }
    return null;
  }

  /** Earliest hit starting inside the sentence; a credit wins a tie. */
  private firstHit(sentence: Span): Hit | null {
    let best = this.firstCredit(sentence);
    const limit = best ? best.at : sentence.end;
    const at = this.medium.first(sentence.start, limit);
    if (at >= 0) {
      MEDIUM_AT.lastIndex = at;
      const m = MEDIUM_AT.exec(this.text)!;
      best = { at, source: m[1].replace(/[.,]$/, '') };
    }
    const toldLimit = best ? best.at : sentence.end;
    for (let at = this.told.at(sentence.start); at >= 0 && at < toldLimit; at = this.told.at(at + 1)) {
      if (at > 0 && isAsciiWord(this.text.charCodeAt(at - 1))) continue;
      TOLD_OUTLET.lastIndex = at;
      const m = TOLD_OUTLET.exec(this.text);
      if (m) return { at, source: m[1].replace(/[.,]$/, '') };
    }
    return best;
  }

  private firstCredit(sentence: Span): Hit | null {
    for (let slash = this.slash.at(sentence.start); slash >= 0 && slash < sentence.end; slash = this.slash.at(slash + 1)) {
      CREDIT_AFTER_SLASH.lastIndex = slash;
      const after = CREDIT_AFTER_SLASH.exec(this.text);
      if (!after) continue;
      const before = CREDIT_BEFORE_SLASH.exec(this.text.slice(Math.max(0, slash - 20), slash));
      if (!before) continue;
      const at = slash - before[1].length;
      if (at >= sentence.start) return { at, source: before[1] + after[0] };
    }
    return null;
  }
}
