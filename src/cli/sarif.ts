// SARIF 2.1.0 output (--format sarif), for GitHub code scanning and other review tools. One run;
// written as it goes: the head, then each article's results as they come, then the tail with
// the run's notifications (articles that could not be read).
import { pathToFileURL } from 'node:url';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { RULES } from '../core/findings';
import type { ShownFinding } from '../core/report';
import type { LineIndex } from '../core/text';
import type { RuleId, Severity } from '../core/types';
import { plainHelp, shippedRuleHelp } from './ruleHelp';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';
/**
 * A rule's link in review tools: its section of the rules help where the team running the check
 * publishes it (--help-uri), with the anchors media/rules.md gives its sections. Claimline has no
 * public address of its own to link to, so without --help-uri there is no link: the help itself
 * travels in the log (ruleHelp.ts), and a viewer shows it without following one.
 */
export function ruleHelpUri(base: string, rule: string): string {
  return `${base}#rule-${rule}`;
}
const RULE_IDS = Object.keys(RULES) as RuleId[];

/** SARIF has no hint or information level: both are notes, below warnings. */
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

function ruleName(rule: string): string {
  return rule.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase());
}

/** Everything before the first result: the tool, its rules with help, the source root. */
export function sarifHead(version: string, cwd: string, helpUri?: string): string {
  const shipped = shippedRuleHelp();
  const rules = RULE_IDS.map((id) => {
    const help = shipped.get(id) ?? RULES[id].description;
    return {
      id,
      name: ruleName(id),
      shortDescription: { text: RULES[id].description },
      fullDescription: { text: RULES[id].description },
      help: { text: plainHelp(help), markdown: help },
      ...(helpUri ? { helpUri: ruleHelpUri(helpUri, id) } : {}),
      defaultConfiguration: { level: LEVEL[RULES[id].severity] },
    };
  });
  const run = {
    tool: { driver: { name: 'Claimline', version, semanticVersion: version, ...(helpUri ? { informationUri: helpUri } : {}), rules } },
    originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(cwd).href.replace(/\/?$/, '/')}` } },
    columnKind: 'utf16CodeUnits',
  };
  const text = JSON.stringify({ $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] });
  // Reopen the run to append its results.
  return `${text.slice(0, -3)},"results":[`;
}

/** The artifact location of a file: relative to the folder the run started in when inside it. */
export function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const absolute = resolve(cwd, file);
  const inside = relative(cwd, absolute);
  if (inside.startsWith('..') || isAbsolute(inside)) return { uri: pathToFileURL(absolute).href };
  return { uri: inside.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** One article's results, comma-separated JSON objects (empty when none). */
export function sarifResults(location: { uri: string; uriBaseId?: string }, shown: ShownFinding[], lines: LineIndex): string {
  const results: string[] = [];
  for (const { finding, severity } of shown) {
    const start = lines.position(finding.start);
    const end = lines.position(Math.max(finding.end, finding.start));
    results.push(
      JSON.stringify({
        ruleId: finding.rule,
        ruleIndex: RULE_IDS.indexOf(finding.rule),
        level: LEVEL[severity],
        message: { text: finding.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column } } }],
      }),
    );
  }
  return results.join(',');
}

export interface SarifNotification {
  file: string;
  message: string;
}

/** Closes the results and the run; articles that could not be read become error notifications. */
export function sarifTail(failures: SarifNotification[], cwd: string): string {
  const invocation = {
    executionSuccessful: failures.length === 0,
    toolExecutionNotifications: failures.map((failure) => ({
      level: 'error',
      message: { text: `${failure.file}: ${failure.message}` },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(failure.file, cwd) } }],
    })),
  };
  return `],"invocations":${JSON.stringify([invocation])}}]}`;
}
