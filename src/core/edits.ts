// Text edits behind Claimline's quick fixes, as pure functions over the document text so they can be
// tested without an editor. Each returns a replacement of [start, end) by `text`.
import { isValid, parse } from 'date-fns';
import type { DocumentFormat } from './types';

export interface TextReplacement {
  start: number;
  end: number;
  text: string;
}

const PUBLISHED_COMMENT = /<!--\s*claimline:\s*published\s+[^>]*?-->/;

function lineBreakOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/**
 * Where a comment that belongs "at the top" may go without changing how the document is read:
 * after Markdown front matter (which must stay first) and after an HTML doctype (a comment before
 * it would switch browsers to quirks mode). A leading BOM stays first too.
 */
export function topInsertionOffset(text: string, format: DocumentFormat): number {
  let offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (format === 'markdown') {
    const frontMatter = /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text.slice(offset));
    if (frontMatter) offset += frontMatter[0].length;
  } else if (format === 'html') {
    const doctype = /^\s*<!doctype[^>]*>[ \t]*(?:\r?\n)?/i.exec(text.slice(offset));
    if (doctype) offset += doctype[0].length;
  }
  return offset;
}

/** Sets the publication date with the comment the analyzer reads; replaces an existing one. */
export function publicationDateEdit(text: string, format: DocumentFormat, date: string): TextReplacement {
  const comment = `<!-- claimline: published ${date} -->`;
  const existing = PUBLISHED_COMMENT.exec(text);
  if (existing) return { start: existing.index, end: existing.index + existing[0].length, text: comment };
  const offset = topInsertionOffset(text, format);
  return { start: offset, end: offset, text: comment + lineBreakOf(text) };
}

/** Inserts `<!-- claimline-disable-next-line rule -->` above the line holding `offset`, same indentation. */
export function disableNextLineEdit(text: string, offset: number, rule?: string): TextReplacement {
  let lineStart = offset;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))![0];
  const comment = `<!-- claimline-disable-next-line${rule ? ' ' + rule : ''} -->`;
  return { start: lineStart, end: lineStart, text: indent + comment + lineBreakOf(text) };
}

/** Turns a rule (or every rule) off for the whole document. */
export function disableFileEdit(text: string, format: DocumentFormat, rule?: string): TextReplacement {
  const offset = topInsertionOffset(text, format);
  return { start: offset, end: offset, text: `<!-- claimline-disable${rule ? ' ' + rule : ''} -->` + lineBreakOf(text) };
}

/** True for a real calendar date written YYYY-MM-DD (rejects 2021-02-29). */
export function isIsoDate(value: string): boolean {
  const trimmed = value.trim();
  return /^\d{4}-\d{2}-\d{2}$/.test(trimmed) && isValid(parse(trimmed, 'yyyy-MM-dd', new Date(2000, 0, 1)));
}
