// Start tags, text and end tags of a page with their source offsets, from htmlparser2's Tokenizer
// (entities decoded, <script>/<style> contents raw). htmlparser2's Parser is not used: it keeps its
// open elements with Array.unshift and looks end tags up through the whole stack, which is
// quadratic in the nesting depth (100,000 unclosed <div>s took over a minute). Here an end tag
// closes the nearest open element of its name among the innermost few, and is ignored otherwise.

import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import type { QuoteType } from 'htmlparser2/dist/esm/Tokenizer';

export interface HtmlEvents {
  /** `start`/`end`: the tag's source range, from "<" to after ">". */
  onopentag(name: string, attribs: Record<string, string>, start: number, end: number): void;
  /** `start`/`end`: the source range the text came from (an entity: the whole reference). */
  ontext(data: string, start: number, end: number): void;
  onclosetag(name: string): void;
}

const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// How far down the open elements an end tag looks for its element.
const MATCH_DEPTH = 32;

export function readHtml(html: string, events: HtmlEvents): void {
  const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: true }, htmlEventCallbacks(html, events));
  tokenizer.write(html);
  tokenizer.end();
}

/** Tokenizer callbacks, and a way in for a tag whose name and attributes another consumer of the same tokens has read. */
interface EventCallbacks extends TokenizerCallbacks {
  /** A start tag named `name` (lower case) whose name starts at `start`. */
  openedTag(name: string, start: number): void;
  /** The end of the start tag, with its attributes (names lower case, first of each name kept, references decoded). */
  endedOpenTag(attribs: Record<string, string>, end: number): void;
}

/**
 * The tokenizer callbacks that turn htmlparser2's Tokenizer events over `html` into `events`: for
 * readHtml, and for a pass whose tokenizer also feeds another consumer (lightDom.ts's parseLightPage).
 * A class, not closures made per page: optimized code that only closures of a finished page hold is
 * dropped by the next garbage collection (docs/performance.md, "HTML pages").
 */
export function htmlEventCallbacks(html: string, events: HtmlEvents): EventCallbacks {
  return new HtmlEventCallbacks(html, events);
}

class HtmlEventCallbacks implements EventCallbacks {
  private readonly stack: string[] = [];
  private name = '';
  private tagStart = 0;
  private attribs: Record<string, string> = {};
  private attribName = '';
  private attribValue = '';
  private textStart = 0;

  constructor(
    private readonly html: string,
    private readonly events: HtmlEvents,
  ) {}

  private close(index: number): void {
    const { stack, events } = this;
    while (stack.length > index) events.onclosetag(stack.pop()!);
  }

  private openEnd(end: number): void {
    const name = this.name;
    this.events.onopentag(name, this.attribs, this.tagStart, end + 1);
    if (VOID.has(name)) this.events.onclosetag(name);
    else this.stack.push(name);
    this.textStart = end + 1;
  }

  openedTag(tag: string, start: number): void {
    this.name = tag;
    this.tagStart = start - 1;
  }

  endedOpenTag(attributes: Record<string, string>, end: number): void {
    this.attribs = attributes;
    this.openEnd(end);
  }

  ontext(start: number, end: number): void {
    this.events.ontext(this.html.slice(start, end), start, end);
    this.textStart = end;
  }

  ontextentity(codepoint: number, end: number): void {
    this.events.ontext(String.fromCodePoint(codepoint), this.textStart, end);
    this.textStart = end;
  }

  onopentagname(start: number, end: number): void {
    this.name = this.html.slice(start, end).toLowerCase();
    this.tagStart = start - 1;
    this.attribs = {};
  }

  onattribname(start: number, end: number): void {
    this.attribName = this.html.slice(start, end).toLowerCase();
    this.attribValue = '';
  }

  onattribdata(start: number, end: number): void {
    this.attribValue += this.html.slice(start, end);
  }

  onattribentity(codepoint: number): void {
    this.attribValue += String.fromCodePoint(codepoint);
  }

  onattribend(): void {
    if (!Object.prototype.hasOwnProperty.call(this.attribs, this.attribName)) this.attribs[this.attribName] = this.attribValue;
    this.attribValue = '';
  }

  onopentagend(end: number): void {
    this.openEnd(end);
  }

  onselfclosingtag(end: number): void {
    this.openEnd(end);
  }

  onclosetag(start: number, end: number): void {
    const closing = this.html.slice(start, end).toLowerCase();
    this.textStart = end + 1;
    const stack = this.stack;
    for (let i = stack.length - 1; i >= 0 && i >= stack.length - MATCH_DEPTH; i--) {
      if (stack[i] === closing) {
        this.close(i);
        return;
      }
    }
  }

  oncomment(_start: number, end: number, offset: number): void {
    this.textStart = end + offset + 1;
  }

  oncdata(_start: number, end: number, offset: number): void {
    this.textStart = end + offset + 1;
  }

  ondeclaration(_start: number, end: number): void {
    this.textStart = end + 1;
  }

  onprocessinginstruction(_start: number, end: number): void {
    this.textStart = end + 1;
  }

  onend(): void {
    this.close(0);
  }
}

/**
 * A stand-in for the Tokenizer class, for htmlparser2's Parser (its `Tokenizer` option): the
 * Parser's `new` gets a plain Tokenizer that hands every token to the Parser and, through
 * htmlEventCallbacks, to `events` as well, so one tokenizer pass over the page serves both (the
 * light tree and the publication date's scan). Not a subclass: instances of a second class make every
 * property access in the Tokenizer's state machine polymorphic (the pass took longer than two
 * passes). The Parser reads tag names and attributes as htmlEventCallbacks would (lower-cased
 * names, the first of repeated attributes, references decoded); `events` gets the Parser's, not a
 * second reading of them.
 */
export function sharedTokenizer(html: string, events: HtmlEvents): typeof Tokenizer {
  const second = new HtmlEventCallbacks(html, events);
  function SharedTokenizer(options: ConstructorParameters<typeof Tokenizer>[0], first: TokenizerCallbacks): Tokenizer {
    return new Tokenizer(options, new SharedCallbacks(first, second));
  }
  return SharedTokenizer as unknown as typeof Tokenizer;
}

/** Every token to the Parser (`first`) and to the events' callbacks (`second`); a class for the reason HtmlEventCallbacks is. */
class SharedCallbacks implements TokenizerCallbacks {
  // htmlparser2's Parser hands itself to its tokenizer: what it has read of the open tag so far.
  private readonly parser: { tagname: string; attribs: Record<string, string> | null };

  constructor(
    private readonly first: TokenizerCallbacks,
    private readonly second: HtmlEventCallbacks,
  ) {
    this.parser = first as unknown as { tagname: string; attribs: Record<string, string> | null };
  }

  onattribdata(start: number, end: number): void {
    this.first.onattribdata(start, end);
  }

  onattribentity(codepoint: number): void {
    this.first.onattribentity(codepoint);
  }

  onattribend(quote: QuoteType, end: number): void {
    this.first.onattribend(quote, end);
  }

  onattribname(start: number, end: number): void {
    this.first.onattribname(start, end);
  }

  oncdata(start: number, end: number, offset: number): void {
    this.first.oncdata(start, end, offset);
    this.second.oncdata(start, end, offset);
  }

  onclosetag(start: number, end: number): void {
    this.first.onclosetag(start, end);
    this.second.onclosetag(start, end);
  }

  oncomment(start: number, end: number, offset: number): void {
    this.first.oncomment(start, end, offset);
    this.second.oncomment(start, end, offset);
  }

  ondeclaration(start: number, end: number): void {
    this.first.ondeclaration(start, end);
    this.second.ondeclaration(start, end);
  }

  onend(): void {
    this.first.onend();
    this.second.onend();
  }

  onopentagend(end: number): void {
    const attribs = this.parser.attribs ?? {};
    this.first.onopentagend(end);
    this.second.endedOpenTag(attribs, end);
  }

  onopentagname(start: number, end: number): void {
    this.first.onopentagname(start, end);
    this.second.openedTag(this.parser.tagname, start);
  }

  onprocessinginstruction(start: number, end: number): void {
    this.first.onprocessinginstruction(start, end);
    this.second.onprocessinginstruction(start, end);
  }

  onselfclosingtag(end: number): void {
    const attribs = this.parser.attribs ?? {};
    this.first.onselfclosingtag(end);
    this.second.endedOpenTag(attribs, end);
  }

  ontext(start: number, end: number): void {
    this.first.ontext(start, end);
    this.second.ontext(start, end);
  }

  ontextentity(codepoint: number, end: number): void {
    this.first.ontextentity(codepoint, end);
    this.second.ontextentity(codepoint, end);
  }
}
