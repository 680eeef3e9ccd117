// The text format: one line per finding, `file:line:col: severity rule: message` (clickable in a
// terminal, read by the $claimline problem matcher), and the summary line. Colours are ANSI escapes,
// used only when the caller decided the output is a terminal that wants them.
import { messages, type Catalog } from '../core/messages/catalog';
import type { ShownFinding } from '../core/report';
import type { LineIndex } from '../core/text';
import type { Severity } from '../core/types';

const SEVERITY_COLOR: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[2m' };
const DIM = '\x1b[2m';
const BOLD = '\x1b[1m';
const RESET = '\x1b[0m';

export function textLines(file: string, shown: ShownFinding[], lines: LineIndex, color: boolean): string {
  let out = '';
  for (const { finding, severity } of shown) {
    const { line, column } = lines.position(finding.start);
    out += color
      ? `${BOLD}${file}:${line}:${column}:${RESET} ${SEVERITY_COLOR[severity]}${severity}${RESET} ${DIM}${finding.rule}:${RESET} ${finding.message}\n`
      : `${file}:${line}:${column}: ${severity} ${finding.rule}: ${finding.message}\n`;
  }
  return out;
}

const ORDER: Severity[] = ['error', 'warning', 'information', 'hint'];

/** "3 files checked: 21 findings (5 warning, 15 information, 1 hint); 1 file could not be read". */
export function summaryLine(checked: number, counts: number[], failed: number, color: boolean, catalog: Catalog = messages('en')): string {
  const total = counts.reduce((sum, n) => sum + n, 0);
  const breakdown = ORDER.map((severity, i) => [severity, counts[i]] as const)
    .filter(([, n]) => n > 0)
    .map(([severity, n]) => (color ? `${SEVERITY_COLOR[severity]}${catalog.plural(`summary.${severity}`, n)}${RESET}` : catalog.plural(`summary.${severity}`, n)))
    .join(', ');
  const failures = failed > 0 ? catalog.plural('summary.failed', failed) : '';
  const findings = catalog.plural('summary.findings', total);
  return catalog.plural('summary.checked', checked, { findings: breakdown ? catalog.t('summary.breakdown', { findings, breakdown }) : findings }) + failures;
}

/**
 * Whether to colour: --color/--no-color first, then FORCE_COLOR (any value but 0 or false forces
 * them), then NO_COLOR (any non-empty value turns them off, https://no-color.org), else a terminal.
 */
export function wantsColor(flag: boolean | undefined, env: Record<string, string | undefined>, isTerminal: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR) return false;
  return isTerminal;
}
