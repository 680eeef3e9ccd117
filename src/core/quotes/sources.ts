// Stated sources: the medium or outlet the words came through ("in an interview with Sputnik",
// "told Reuters"), or a photo credit ("REUTERS/Ueslei Marcelino"). Computed per sentence, so a
// caller that needs only a few sentences pays only for those. Every pattern is anchored at a
// literal found with indexOf ("/", "in ", "told "), never tried at every position of the text.
import type { Span } from '../types';

const CREDIT_AFTER_SLASH = /\/[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}/y;
const CREDIT_BEFORE_SLASH = /(?:^|[^\w])([A-Z][A-Za-z]*(?: Photo)?)$/;

// Tried only at an "in " that starts a word.
const MEDIUM =
  /in (?:an?|the|his|her|their) (?:(?:exclusive|recent|televised|written|phone|telephone|radio|TV|television|joint|separate|brief|lengthy|new|wide-ranging|online|video|press) )*((?:interview|statement|speech|press conference|news conference|press release|letter|tweet|post|op-ed|column|memo|email|e-mail|video|appearance|briefing|address|report|book|blog post|essay|podcast|filing|testimony)(?: (?:with|to|on|for|at|by|from) (?:the )?[A-Z][\w&.'’-]*(?: (?:of )?[A-Z][\w&.'’-]*){0,4})?)/y;

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

interface Hit {
  at: number;
  source: string;
}

export class SourceFinder {
  private readonly slash: NextLiteral;
  private readonly inWord: NextLiteral;
  private readonly told: NextLiteral;

  constructor(
    private readonly text: string,
    private readonly sentences: Span[],
  ) {
    this.slash = new NextLiteral(text, '/');
    this.inWord = new NextLiteral(text, 'in ');
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
    for (let at = this.inWord.at(sentence.start); at >= 0 && at < limit; at = this.inWord.at(at + 1)) {
      if (at > 0 && isAsciiWord(this.text.charCodeAt(at - 1))) continue;
      MEDIUM.lastIndex = at;
      const m = MEDIUM.exec(this.text);
      if (m) {
        best = { at, source: m[1].replace(/[.,]$/, '') };
        break;
      }
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
