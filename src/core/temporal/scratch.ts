// The temporal tagger's state that outlives one call, in one place. Two kinds exist:
// - Memo caches keyed by what they compute (interned token strings in tokens.ts; year, month and day
//   values and ranges in calendar.ts). An entry depends only on its key, so they are right for any
//   caller in any order and need no reset.
// - The run scratch below: the token parser and the texts kept per value. They are valid for one run
//   at a time, which holds because analysis is synchronous; `begin` makes that rule checked rather
//   than assumed (a call made from inside a run, e.g. by a callback, throws instead of corrupting the
//   parser), and `end`, run in a `finally`, is the reset point after every run, even one that threw.
import { Parser } from './tokens';
import { TRIGGER } from './triggers';

class RunScratch {
  /** One parser for every call: its token arrays are reused rather than allocated per article. */
  readonly parser = new Parser();
  // The last text seen per value in the current run: a document repeats its expressions ("Tuesday",
  // "last year"), and every kept string is one more object for the collector to copy.
  private readonly textsByValue = new Map<string, string>();
  private running = false;

  begin(): Parser {
    if (this.running) throw new Error('tagTemporalExpressions was called again while a run was in progress; the tagger is not re-entrant');
    this.running = true;
    TRIGGER.lastIndex = 0;
    return this.parser;
  }

  /** The reset point: lets go of the document (its text and the slices kept of it). */
  end(): void {
    this.parser.release();
    this.textsByValue.clear();
    TRIGGER.lastIndex = 0;
    this.running = false;
  }

  /** text[start, end), reusing the string kept for the same value when the characters are equal. */
  sharedText(text: string, start: number, end: number, value: string): string {
    const known = this.textsByValue.get(value);
    if (known !== undefined && known.length === end - start && text.startsWith(known, start)) return known;
    const fresh = text.slice(start, end);
    this.textsByValue.set(value, fresh);
    return fresh;
  }

  /** For tests: whether the scratch holds anything of a document. */
  get idle(): boolean {
    return !this.running && this.parser.text === '' && this.parser.count === 0 && this.textsByValue.size === 0 && TRIGGER.lastIndex === 0;
  }
}

export const SCRATCH = new RunScratch();
