// In-document disable comments, in the style markdownlint users know:
//   <!-- claimline-disable-next-line [rule ...] -->   the next line
//   <!-- claimline-disable-line [rule ...] -->        the comment's own line
//   <!-- claimline-disable [rule ...] --> ... <!-- claimline-enable [rule ...] -->
// Plain text has no HTML comments by convention, so there the same directives may also be written as
// whole-line `// claimline-disable...` comments. Without rule names a directive applies to all rules.

import { partitionPoint } from './binarySearch';
import type { DocumentFormat } from './types';

type Directive = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

interface ParsedDirective {
  directive: Directive;
  /** 0-based line of the comment's end (where "next line" counts from). */
  line: number;
  /** 0-based line of the comment's start. */
  startLine: number;
  /** Empty: every rule. */
  rules: string[];
}

interface RuleState {
  /** Every rule disabled, except `except`. */
  all: boolean;
  except: Set<string>;
  /** Rules disabled individually (when `all` is false). */
  rules: Set<string>;
}

export interface Suppressions {
  /** True when `rule` is switched off on the 0-based `line`. */
  isSuppressed(rule: string, line: number): boolean;
  /** Number of directives found (for tests and the status item). */
  readonly count: number;
}

const HTML_DIRECTIVE = /<!--\s*claimline-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;
const LINE_DIRECTIVE = /^[ \t]*\/\/[ \t]*claimline-(disable-next-line|disable-line|disable|enable)\b(.*)$/gm;

export function parseSuppressions(text: string, format: DocumentFormat): Suppressions {
  if (text.indexOf('claimline-') < 0) return { isSuppressed: () => false, count: 0 };
  const lineStarts = computeLineStarts(text);
  const lineOf = (offset: number) => lineAt(lineStarts, offset);
  const directives: ParsedDirective[] = [];
  const collect = (pattern: RegExp) => {
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text)) !== null) {
      directives.push({
        directive: match[1] as Directive,
        startLine: lineOf(match.index),
        line: lineOf(match.index + match[0].length - 1),
        rules: match[2].split(/[\s,]+/).filter(Boolean),
      });
    }
  };
  collect(HTML_DIRECTIVE);
  if (format === 'plaintext') collect(LINE_DIRECTIVE);
  directives.sort((a, b) => a.line - b.line);

  // Block directives change the state from their line on; single-line ones are kept aside.
  const segments: { fromLine: number; state: RuleState }[] = [];
  const single = new Map<number, { all: boolean; rules: Set<string> }>();
  let state: RuleState = { all: false, except: new Set(), rules: new Set() };
  for (const d of directives) {
    if (d.directive === 'disable-next-line' || d.directive === 'disable-line') {
      const line = d.directive === 'disable-line' ? d.startLine : d.line + 1;
      const entry = single.get(line) ?? { all: false, rules: new Set<string>() };
      if (d.rules.length === 0) entry.all = true;
      d.rules.forEach((rule) => entry.rules.add(rule));
      single.set(line, entry);
      continue;
    }
    state = applyBlock(state, d);
    segments.push({ fromLine: d.line, state });
  }
  return {
    count: directives.length,
    isSuppressed(rule: string, line: number): boolean {
      const entry = single.get(line);
      if (entry && (entry.all || entry.rules.has(rule))) return true;
      // Last segment starting at or before the line.
      const found = partitionPoint(0, segments.length, (i) => segments[i].fromLine <= line) - 1;
      if (found < 0) return false;
      const s = segments[found].state;
      return s.all ? !s.except.has(rule) : s.rules.has(rule);
    },
  };
}

function applyBlock(previous: RuleState, d: ParsedDirective): RuleState {
  const next: RuleState = { all: previous.all, except: new Set(previous.except), rules: new Set(previous.rules) };
  if (d.directive === 'disable') {
    if (d.rules.length === 0) return { all: true, except: new Set(), rules: new Set() };
    for (const rule of d.rules) {
      if (next.all) next.except.delete(rule);
      else next.rules.add(rule);
    }
    return next;
  }
  if (d.rules.length === 0) return { all: false, except: new Set(), rules: new Set() };
  for (const rule of d.rules) {
    if (next.all) next.except.add(rule);
    else next.rules.delete(rule);
  }
  return next;
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The line holding `offset` (line 0 for an offset before the text). */
function lineAt(starts: number[], offset: number): number {
  return Math.max(0, partitionPoint(0, starts.length, (i) => starts[i] <= offset) - 1);
}
