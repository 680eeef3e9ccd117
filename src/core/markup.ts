// Visible text of HTML and Markdown documents.
// Instead of extracting text and keeping an offset map, we blank out what a reader does not see
// with spaces of the same length. Every offset in the masked text is then the same offset in the
// source document, so findings map back to the editor with no translation and no drift.

import type { DocumentFormat } from './types';

/** Returns text of the same length with markup blanked; newlines are kept so lines stay put. */
export function visibleText(source: string, format: DocumentFormat): string {
  if (format === 'html') return maskHtml(source);
  if (format === 'markdown') return maskMarkdown(source);
  return maskDirectives(source);
}

// Claimline's own comments in plain text (`<!-- claimline-disable-next-line -->`,
// `// claimline: published 2020-12-05`) are instructions, not article text: without blanking
// them they would become part of the next claim's sentence.
const PLAINTEXT_DIRECTIVE = /<!--[ \t]*claimline[:-][^\r\n]*?-->|^[ \t]*\/\/[ \t]*claimline[:-][^\r\n]*/gm;

function maskDirectives(source: string): string {
  if (source.indexOf('claimline') < 0) return source;
  return source.replace(PLAINTEXT_DIRECTIVE, (directive) => ' '.repeat(directive.length));
}

// Closing or opening these tags ends a paragraph for the reader.
const BLOCK_TAGS = new Set(
  ('address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul title caption').split(' '),
);
// Everything inside these is invisible.
const HIDDEN_CONTENT_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', bdquo: '„', sbquo: '‚',
  hellip: '…', copy: '©', reg: '®', trade: '™', middot: '·', bull: '•', eacute: 'é', egrave: 'è',
  aacute: 'á', iacute: 'í', oacute: 'ó', uacute: 'ú', ntilde: 'ñ', ccedil: 'ç', uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß',
};

/**
 * The masked text being built: a copy of the source's UTF-16 code units, changed in place, turned
 * back into a string once. A 5 MB page costs 10 MB here; split into an array of one-character
 * strings it took 40 MB for the array alone, half a second on a machine slow to hand out memory.
 */
class Mask {
  private codes: Uint16Array | null = null;

  constructor(private readonly source: string) {}

  private buffer(): Uint16Array {
    if (this.codes === null) {
      const { source } = this;
      const codes = new Uint16Array(source.length);
      for (let i = 0; i < source.length; i++) codes[i] = source.charCodeAt(i);
      this.codes = codes;
    }
    return this.codes;
  }

  /** Blanks source[from, to) with spaces, keeping line breaks; two line breaks first if asked. */
  blank(from: number, to: number, paragraphBreak = false): void {
    if (to <= from) return;
    const codes = this.buffer();
    for (let i = from; i < to; i++) {
      const code = codes[i];
      if (code !== 10 && code !== 13) codes[i] = 32;
    }
    // Two line breaks make a paragraph boundary for the sentence splitter.
    if (paragraphBreak && to - from >= 2) codes[from] = codes[from + 1] = 10;
  }

  /** Writes `text` over source[from, from + text.length). */
  write(from: number, text: string): void {
    const codes = this.buffer();
    for (let i = 0; i < text.length; i++) codes[from + i] = text.charCodeAt(i);
  }

  /** The masked text. */
  text(): string {
    const codes = this.codes;
    if (codes === null) return this.source;
    // fromCharCode keeps lone surrogates as they are (TextDecoder would replace them) and makes
    // one-byte strings of Latin-1 text; a chunk stays well within the engine's argument limit.
    const CHUNK = 8192;
    const pieces: string[] = [];
    for (let i = 0; i < codes.length; i += CHUNK) pieces.push(String.fromCharCode.apply(null, codes.subarray(i, i + CHUNK) as unknown as number[]));
    return pieces.join('');
  }
}

export function maskHtml(source: string): string {
  const out = new Mask(source);
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source.charCodeAt(i);
    if (c === 60 /* < */) {
      if (source.startsWith('<!--', i)) {
        const close = source.indexOf('-->', i + 4);
        const end = close < 0 ? n : close + 3;
        out.blank(i, end);
        i = end;
        continue;
      }
      const tag = /^<\/?([A-Za-z][A-Za-z0-9:-]*)/.exec(source.slice(i, i + 40));
      if (tag || source.startsWith('<!', i) || source.startsWith('<?', i)) {
        const close = source.indexOf('>', i + 1);
        const end = close < 0 ? n : close + 1;
        const name = tag ? tag[1].toLowerCase() : '';
        const closing = source[i + 1] === '/';
        out.blank(i, end, BLOCK_TAGS.has(name));
        i = end;
        if (!closing && HIDDEN_CONTENT_TAGS.has(name) && source[end - 2] !== '/') {
          // Skip to the matching close tag; indexOf keeps this linear even when it is missing.
          const closeTag = findCloseTag(source, name, end);
          out.blank(end, closeTag);
          i = closeTag;
        }
        continue;
      }
      i++;
      continue;
    }
    if (c === 38 /* & */) {
      const entity = /^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/.exec(source.slice(i, i + 40));
      if (entity) {
        const decoded = decodeEntity(entity[1]);
        if (decoded !== undefined && decoded.length <= entity[0].length) {
          out.write(i, decoded.padEnd(entity[0].length, ' '));
        }
        i += entity[0].length;
        continue;
      }
    }
    i++;
  }
  return out.text();
}

function findCloseTag(source: string, name: string, from: number): number {
  // Case-insensitive search for "</name" without lowercasing the whole document each time.
  const pattern = new RegExp(`</${name}\\s*>`, 'ig');
  pattern.lastIndex = from;
  const match = pattern.exec(source);
  return match ? match.index + match[0].length : source.length;
}

function decodeEntity(body: string): string | undefined {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    return String.fromCodePoint(code);
  }
  return NAMED_ENTITIES[body.toLowerCase()] ?? NAMED_ENTITIES[body];
}

export function maskMarkdown(source: string): string {
  const out = new Mask(source);
  const n = source.length;
  // Front matter: only at the very start.
  const frontMatter = /^(?:\ufeff)?---[ \t]*\r?\n/.exec(source);
  let position = 0;
  if (frontMatter) {
    const close = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/g;
    close.lastIndex = frontMatter[0].length - 1;
    const match = close.exec(source);
    if (match) {
      out.blank(0, match.index + match[0].length);
      position = match.index + match[0].length;
    }
  }
  // Line-based pass for fenced code blocks and link reference definitions.
  let fence: string | null = null;
  let fenceStart = 0;
  let lineStart = position;
  while (lineStart < n) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    const line = source.slice(lineStart, lineEnd);
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence === null && fenceMatch) {
      fence = fenceMatch[1];
      fenceStart = lineStart;
    } else if (fence !== null && fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length && line.trim() === fenceMatch[1]) {
      out.blank(fenceStart, lineEnd);
      fence = null;
    } else if (fence === null && /^ {0,3}\[[^\]\n]+\]:\s*\S/.test(line)) {
      out.blank(lineStart, lineEnd);
    }
    lineStart = lineEnd + 1;
  }
  if (fence !== null) out.blank(fenceStart, n);
  // HTML comments (indexOf keeps an unclosed one linear), then inline code, link destinations,
  // autolinks and inline HTML tags.
  for (let open = source.indexOf('<!--'); open >= 0; ) {
    const close = source.indexOf('-->', open + 4);
    const end = close < 0 ? n : close + 3;
    out.blank(open, end);
    open = source.indexOf('<!--', end);
  }
  const masked = out.text();
  const inline = /(`+)[^`]*?\1|\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)|<(?:https?|mailto):[^>\s]*>|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?>/g;
  let match: RegExpExecArray | null;
  while ((match = inline.exec(masked)) !== null) {
    const start = match.index;
    const end = start + match[0].length;
    if (match[0].startsWith('](')) out.blank(start + 1, end); // keep the link text's "]"
    else out.blank(start, end);
  }
  return out.text();
}
