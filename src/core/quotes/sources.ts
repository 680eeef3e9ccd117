// Stated sources: the medium or outlet the words came through ("in an interview with Sputnik",
// "told Reuters"), or a photo credit ("REUTERS/Ueslei Marcelino"). Computed per sentence, so a
// caller that needs only a few sentences pays only for those. Cheap searches find where each can
// start (a "/"; "in" and "told" come from the sentence's word scan, which the cues already ran),
// and the full patterns run only there (docs/performance.md, "Stated sources").
import type { Span } from '../types';
import type { SentenceWords } from './scan';
import { keepShape } from '../textShapes';

// The opening of MEDIUM, checked at an "in" before the full pattern runs.
const MEDIUM_OPENING = /in (?:an?|the|his|her|their) /y;
const CREDIT_AFTER_SLASH = /\/[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}/y;
const CREDIT_BEFORE_SLASH = /(?:^|[^\w])([A-Z][A-Za-z]*(?: Photo)?)$/;

const MEDIUM =
  /in (?:an?|the|his|her|their) (?:(?:exclusive|recent|televised|written|phone|telephone|radio|TV|television|joint|separate|brief|lengthy|new|wide-ranging|online|video|press) )*((?:interview|statement|speech|press conference|news conference|press release|letter|tweet|post|op-ed|column|memo|email|e-mail|video|appearance|briefing|address|report|book|blog post|essay|podcast|filing|testimony)(?: (?:with|to|on|for|at|by|from) (?:the )?[A-Z][\w&.'’-]*(?: (?:of )?[A-Z][\w&.'’-]*){0,4})?)/y;

const TOLD_OUTLET =
  /told (?:the )?((?:[A-Z]{2,}[\w]*|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} (?:News|Times|Post|Journal|Radio|TV|Magazine|Agency|Network|Herald|Tribune|Telegraph|Guardian|Daily)|Reuters|Sputnik|Bloomberg|Politico|Axios|Fox|Interfax|TASS|Xinhua))\b/y;

interface Hit {
  at: number;
  source: string;
  credit: boolean;
}

/**
 * The first "/" at or after a position, for positions asked in (nearly) increasing order: the
 * last answer is reused while it is still ahead, so a text without slashes is searched once, not
 * once per sentence.
 */
class NextSlash {
  private from = -1;
  private found = -1;
  constructor(private readonly text: string) { keepShape(this); }

  /** The first "/" in text[start, end), or -1. */
  first(start: number, end: number): number {
    if (this.from < 0 || start < this.from || (this.found >= 0 && this.found < start)) {
      this.from = start;
      this.found = this.text.indexOf('/', start);
    }
    return this.found < end ? this.found : -1;
  }
}

export class SourceFinder {
  private readonly slashes: NextSlash;

  /** `words`: the speech verbs and "in" openers of each sentence. */
  constructor(
    private readonly text: string,
    private readonly sentences: Span[],
    private readonly words: SentenceWords,
  ) {
    keepShape(this);
    this.slashes = new NextSlash(text);
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
    const { text, words } = this;
    const { start, end } = this.sentences[s];
    const credit = this.firstCredit(start, end);
    let limit = credit ? credit.at : end;
    let best: Hit | null = credit;
    for (let k = 0, count = words.openerCount(s); k < count; k++) {
      const at = words.openerAt(s, k);
      if (at >= limit) break;
      MEDIUM_OPENING.lastIndex = at;
      if (!MEDIUM_OPENING.test(text) || MEDIUM_OPENING.lastIndex > limit) continue;
      MEDIUM.lastIndex = at;
      const m = MEDIUM.exec(text);
      if (m) {
        best = { at, source: m[1].replace(/[.,]$/, ''), credit: false };
        limit = at;
        break;
      }
    }
    for (let k = 0, count = words.verbCount(s); k < count; k++) {
      const at = words.verbAt(s, k);
      if (at >= limit) break;
      if (!text.startsWith('told ', at)) continue;
      TOLD_OUTLET.lastIndex = at;
      const m = TOLD_OUTLET.exec(text);
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
