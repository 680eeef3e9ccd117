// Stated sources: the medium or outlet the words came through ("in an interview with Sputnik",
// "told Reuters"), or a photo credit ("REUTERS/Ueslei Marcelino"). Computed per sentence, so a
// caller that needs only a few sentences pays only for those. Cheap patterns find where each can
// start ("/", "in a…"; "told" comes from the speech-verb scan the caller already ran), and the
// full patterns run only there. Measured on 5 MB: "/" 0.3 ms, "/[A-Z]" 6 ms, "told " 5 ms, one
// combined pattern 40 ms.
import type { Span } from '../types';

const SLASH = /\//g;
const MEDIUM_START = /\bin (?:an?|the|his|her|their) /g;

const CREDIT_AFTER_SLASH = /\/[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}/y;
const CREDIT_BEFORE_SLASH = /(?:^|[^\w])([A-Z][A-Za-z]*(?: Photo)?)$/;

const MEDIUM =
  /in (?:an?|the|his|her|their) (?:(?:exclusive|recent|televised|written|phone|telephone|radio|TV|television|joint|separate|brief|lengthy|new|wide-ranging|online|video|press) )*((?:interview|statement|speech|press conference|news conference|press release|letter|tweet|post|op-ed|column|memo|email|e-mail|video|appearance|briefing|address|report|book|blog post|essay|podcast|filing|testimony)(?: (?:with|to|on|for|at|by|from) (?:the )?[A-Z][\w&.'’-]*(?: (?:of )?[A-Z][\w&.'’-]*){0,4})?)/y;

const TOLD_OUTLET =
  /told (?:the )?((?:[A-Z]{2,}[\w]*|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} (?:News|Times|Post|Journal|Radio|TV|Magazine|Agency|Network|Herald|Tribune|Telegraph|Guardian|Daily)|Reuters|Sputnik|Bloomberg|Politico|Axios|Fox|Interfax|TASS|Xinhua))\b/y;

function isAsciiWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

interface Hit {
  at: number;
  source: string;
  credit: boolean;
}

/**
 * The first match of a global pattern starting in text[start, end). A caller walking every
 * sentence in order (`sequential`) shares one forward search; a caller asking about a few
 * sentences scans just those. Both give the same answers: these patterns never cross a sentence.
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
    if (!this.sequential) return this.firstInSlice(start, end);
    if (this.from < 0 || start < this.from || (this.found >= 0 && this.found < start)) {
      this.from = start;
      this.pattern.lastIndex = start;
      this.found = this.pattern.exec(this.text)?.index ?? -1;
    }
    return this.found < end ? this.found : -1;
  }

  private firstInSlice(start: number, end: number): number {
    const slice = this.text.slice(start, end);
    this.pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = this.pattern.exec(slice)) !== null) {
      // The slice start counts as a word boundary; in the whole text it may not be.
      if (m.index === 0 && start > 0 && m[0] !== '/' && isAsciiWord(this.text.charCodeAt(start - 1))) {
        this.pattern.lastIndex = 1;
        continue;
      }
      return start + m.index;
    }
    return -1;
  }
}

export class SourceFinder {
  private readonly slashes: NextMatch;
  private readonly media: NextMatch;

  /**
   * `sequential`: the caller asks about every sentence in order (one pass over the text);
   * otherwise each sentence asked about is scanned on its own. `toldIn(s)`: where "told " starts
   * in sentence s, in order.
   */
  constructor(
    private readonly text: string,
    private readonly sentences: Span[],
    sequential: boolean,
    private readonly toldIn: (sentence: number) => readonly number[],
  ) {
    this.slashes = new NextMatch(text, SLASH, sequential);
    this.media = new NextMatch(text, MEDIUM_START, sequential);
  }

  /** The stated source of sentence `s`, or null. */
  sourceOf(s: number): string | null {
    const own = this.firstHit(s);
    if (own) return own.source;
    // A credit right at the start of the next sentence labels this caption too:
    // "… October 24, 2020. REUTERS/Ueslei Marcelino".
    const next = this.sentences[s + 1];
    if (next) {
      const credit = this.firstCredit(next.start, next.end);
      if (credit && credit.at === next.start) return credit.source;
    }
    return null;
  }

  /**
   * The earliest hit starting inside the sentence. A credit's hit starts at the word before its
   * slash, and no other hit can start inside that word, so hits come in the order of the
   * positions where they are looked for.
   */
  private firstHit(s: number): Hit | null {
    const { start, end } = this.sentences[s];
    const credit = this.firstCredit(start, end);
    let limit = credit ? credit.at : end;
    let best: Hit | null = credit;
    for (let at = this.media.first(start, limit); at >= 0; at = this.media.first(at + 1, limit)) {
      MEDIUM.lastIndex = at;
      const m = MEDIUM.exec(this.text);
      if (m) {
        best = { at, source: m[1].replace(/[.,]$/, ''), credit: false };
        limit = at;
        break;
      }
    }
    for (const at of this.toldIn(s)) {
      if (at >= limit) break;
      TOLD_OUTLET.lastIndex = at;
      const m = TOLD_OUTLET.exec(this.text);
      if (m) return { at, source: m[1].replace(/[.,]$/, ''), credit: false };
    }
    return best;
  }

  private firstCredit(start: number, end: number): Hit | null {
    const text = this.text;
    for (let slash = this.slashes.first(start, end); slash >= 0; slash = this.slashes.first(slash + 1, end)) {
      CREDIT_AFTER_SLASH.lastIndex = slash;
      const after = CREDIT_AFTER_SLASH.exec(text);
      if (!after) continue;
      const before = CREDIT_BEFORE_SLASH.exec(text.slice(Math.max(0, slash - 20), slash));
      if (!before) continue;
      const at = slash - before[1].length;
      // A credit's name may begin before the sentence (never in practice); it does not count.
      if (at >= start) return { at, source: before[1] + after[0], credit: true };
    }
    return null;
  }
}
