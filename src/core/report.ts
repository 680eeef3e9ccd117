// From analyzer findings to what the editor shows: per-rule severity (or off), disable comments,
// claims the fact-checker chose to ignore, and a cap per file. Pure so it is tested in Node.
import type { Analysis, Finding, RuleId, Severity, SubjectRef } from './types';
import type { Suppressions } from './suppressions';
import type { ClaimNote } from './notes';
import { RULE_IDS } from './findings';

/** Every rule, in the order the settings and README list them. */
export const RULES: readonly RuleId[] = RULE_IDS;

export type RuleLevel = Severity | 'off';

export const RULE_LEVELS: readonly RuleLevel[] = ['error', 'warning', 'information', 'hint', 'off'];

/** The claims and quotes a finding is about (a timex finding is about the claims it anchors). */
export function subjectsOfFinding(analysis: Analysis, finding: Finding): SubjectRef[] {
  const subject = finding.subject;
  if (!subject) return [];
  if (subject.kind === 'timex') {
    const result: SubjectRef[] = [];
    analysis.claims.forEach((claim, index) => {
      if (claim.timexes.includes(subject.index)) result.push({ kind: 'claim', index });
    });
    return result;
  }
  return [{ kind: subject.kind, index: subject.index }];
}

export interface SelectOptions {
  /** Severity overrides from settings; unknown or invalid values fall back to the rule's default. */
  rules?: Record<string, unknown>;
  suppressions?: Suppressions;
  /**
   * 0-based line of an offset in the document. Defaults to the finding's own line; pass it when the
   * analyzed text may have a different line layout than the document (masked markup).
   */
  lineOf?: (offset: number) => number;
  noteFor?: (subject: SubjectRef) => ClaimNote | undefined;
  /** At most this many findings are shown (most severe first, then in document order). */
  max?: number;
}

export interface ShownFinding {
  finding: Finding;
  severity: Severity;
}

export interface Selection {
  shown: ShownFinding[];
  /** Findings dropped by the cap (not by settings or comments). */
  truncated: number;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

export function selectFindings(analysis: Analysis, options: SelectOptions = {}): Selection {
  const shown: ShownFinding[] = [];
  for (const finding of analysis.findings) {
    const level = ruleLevel(finding, options.rules);
    if (level === 'off') continue;
    if (options.suppressions?.isSuppressed(finding.rule, options.lineOf ? options.lineOf(finding.start) : finding.line - 1)) continue;
    if (options.noteFor) {
      const subjects = subjectsOfFinding(analysis, finding);
      if (subjects.length > 0 && subjects.every((s) => options.noteFor!(s)?.ignored)) continue;
    }
    shown.push({ finding, severity: level });
  }
  const max = options.max !== undefined && options.max >= 0 ? Math.floor(options.max) : Infinity;
  if (shown.length <= max) return { shown, truncated: 0 };
  const kept = [...shown]
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.finding.start - b.finding.start)
    .slice(0, max)
    .sort((a, b) => a.finding.start - b.finding.start || a.finding.end - b.finding.end);
  return { shown: kept, truncated: shown.length - max };
}

function ruleLevel(finding: Finding, rules: Record<string, unknown> | undefined): RuleLevel {
  const configured = rules?.[finding.rule];
  return typeof configured === 'string' && (RULE_LEVELS as string[]).includes(configured) ? (configured as RuleLevel) : finding.severity;
}

/**
 * Claims and quotes the fact-checker has to look at (the language status item's numbers; the
 * extension words them in the user's language).
 */
export function reviewSummary(analysis: Analysis, noteFor: (subject: SubjectRef) => ClaimNote | undefined): { total: number; unverified: number; claims: number; quotes: number } {
  let unverified = 0;
  let total = 0;
  const count = (kind: 'claim' | 'quote', length: number) => {
    for (let index = 0; index < length; index++) {
      const note = noteFor({ kind, index });
      if (note?.ignored) continue;
      total++;
      if (!note || note.status === 'unverified' || note.status === 'needs-source') unverified++;
    }
  };
  count('claim', analysis.claims.length);
  count('quote', analysis.quotes.length);
  return { total, unverified, claims: analysis.claims.length, quotes: analysis.quotes.length };
}
