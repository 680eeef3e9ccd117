// Start tags, text and end tags of a page with their source offsets, from htmlparser2's Tokenizer
// (entities decoded, <script>/<style> contents raw). htmlparser2's Parser is not used: it keeps its
// open elements with Array.unshift and looks end tags up through the whole stack, which is
// quadratic in the nesting depth (100,000 unclosed <div>s took over a minute). Here an end tag
// closes the nearest open element of its name among the innermost few, and is ignored otherwise.

import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

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
 */
export function htmlEventCallbacks(html: string, events: HtmlEvents): EventCallbacks {
  const stack: string[] = [];
  let name = '';
  let tagStart = 0;
  let attribs: Record<string, string> = {};
  let attribName = '';
  let attribValue = '';
  let textStart = 0;
  const slice = (start: number, end: number) => html.slice(start, end);
  const close = (index: number) => {
    while (stack.length > index) events.onclosetag(stack.pop()!);
  };
  const openEnd = (end: number) => {
    events.onopentag(name, attribs, tagStart, end + 1);
    if (VOID.has(name)) events.onclosetag(name);
    else stack.push(name);
    textStart = end + 1;
  };
  return {
    openedTag(tag, start) {
      name = tag;
      tagStart = start - 1;
    },
    endedOpenTag(attributes, end) {
      attribs = attributes;
      openEnd(end);
    },
    ontext(start, end) {
      events.ontext(slice(start, end), start, end);
      textStart = end;
    },
    ontextentity(codepoint, end) {
      events.ontext(String.fromCodePoint(codepoint), textStart, end);
      textStart = end;
    },
    onopentagname(start, end) {
      name = slice(start, end).toLowerCase();
      tagStart = start - 1;
      attribs = {};
    },
    onattribname(start, end) {
      attribName = slice(start, end).toLowerCase();
      attribValue = '';
    },
    onattribdata(start, end) {
      attribValue += slice(start, end);
    },
    onattribentity(codepoint) {
      attribValue += String.fromCodePoint(codepoint);
    },
    onattribend() {
      if (!Object.prototype.hasOwnProperty.call(attribs, attribName)) attribs[attribName] = attribValue;
      attribValue = '';
    },
    onopentagend: openEnd,
    onselfclosingtag: openEnd,
    onclosetag(start, end) {
      const closing = slice(start, end).toLowerCase();
      textStart = end + 1;
      for (let i = stack.length - 1; i >= 0 && i >= stack.length - MATCH_DEPTH; i--) {
        if (stack[i] === closing) {
          close(i);
          return;
        }
      }
    },
    oncomment(_start, _end, offset) {
      textStart = _end + offset + 1;
    },
    oncdata(_start, _end, offset) {
      textStart = _end + offset + 1;
    },
    ondeclaration(_start, end) {
      textStart = end + 1;
    },
    onprocessinginstruction(_start, end) {
      textStart = end + 1;
    },
    onend() {
      close(0);
    },
  };
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
  const second = htmlEventCallbacks(html, events);
  function SharedTokenizer(options: ConstructorParameters<typeof Tokenizer>[0], first: TokenizerCallbacks): Tokenizer {
    // htmlparser2's Parser hands itself to its tokenizer: what it has read of the open tag so far.
    const parser = first as unknown as { tagname: string; attribs: Record<string, string> | null };
    return new Tokenizer(options, {
      onattribdata(start, end) {
        first.onattribdata(start, end);
      },
      onattribentity(codepoint) {
        first.onattribentity(codepoint);
      },
      onattribend(quote, end) {
        first.onattribend(quote, end);
      },
      onattribname(start, end) {
        first.onattribname(start, end);
      },
      oncdata(start, end, offset) {
        first.oncdata(start, end, offset);
        second.oncdata(start, end, offset);
      },
      onclosetag(start, end) {
        first.onclosetag(start, end);
        second.onclosetag(start, end);
      },
      oncomment(start, end, offset) {
        first.oncomment(start, end, offset);
        second.oncomment(start, end, offset);
      },
      ondeclaration(start, end) {
        first.ondeclaration(start, end);
        second.ondeclaration(start, end);
      },
      onend() {
        first.onend();
        second.onend();
      },
      onopentagend(end) {
        const attribs = parser.attribs ?? {};
        first.onopentagend(end);
        second.endedOpenTag(attribs, end);
      },
      onopentagname(start, end) {
        first.onopentagname(start, end);
        second.openedTag(parser.tagname, start);
      },
      onprocessinginstruction(start, end) {
        first.onprocessinginstruction(start, end);
        second.onprocessinginstruction(start, end);
      },
      onselfclosingtag(end) {
        const attribs = parser.attribs ?? {};
        first.onselfclosingtag(end);
        second.endedOpenTag(attribs, end);
      },
      ontext(start, end) {
        first.ontext(start, end);
        second.ontext(start, end);
      },
      ontextentity(codepoint, end) {
        first.ontextentity(codepoint, end);
        second.ontextentity(codepoint, end);
      },
    });
  }
  return SharedTokenizer as unknown as typeof Tokenizer;
}
