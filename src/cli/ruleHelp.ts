// Each rule's help for review tools (SARIF): the rule's own section of media/rules.md, the help the
// editor opens, so a code-scanning alert explains the finding as fully as the editor does.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The sections of the rules help, keyed by rule id: each `## Rule: \`id\`` heading's body. */
export function ruleHelpSections(markdown: string): Map<string, string> {
  const sections = new Map<string, string>();
  const heading = /^## Rule: `([a-z-]+)`[ \t]*$/gm;
  const starts = [...markdown.matchAll(heading)];
  starts.forEach((match, index) => {
    const bodyStart = (match.index ?? 0) + match[0].length;
    const next = index + 1 < starts.length ? starts[index + 1].index ?? markdown.length : nextHeading(markdown, bodyStart);
    sections.set(match[1], markdown.slice(bodyStart, next).trim());
  });
  return sections;
}

function nextHeading(markdown: string, from: number): number {
  const found = /^#{1,2} /m.exec(markdown.slice(from));
  return found ? from + found.index : markdown.length;
}

/** The help read as plain text: emphasis and code marks dropped, lines joined into paragraphs. */
export function plainHelp(markdown: string): string {
  return markdown
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').replace(/`([^`]*)`/g, '$1').replace(/\*([^*]+)\*/g, '$1'))
    .join('\n\n');
}

let loaded: Map<string, string> | undefined;

/**
 * The rules help that ships with the command: media/rules.md in the nearest folder above this
 * file that has one (dist/cli.js in a package, src/cli/ in a checkout). A copy of the command
 * without it still writes valid SARIF, with each rule's one-line description as its help.
 */
export function shippedRuleHelp(): Map<string, string> {
  if (!loaded) {
    loaded = new Map();
    for (let folder = dirname(__dirname), depth = 0; depth < 3; folder = dirname(folder), depth++) {
      try {
        loaded = ruleHelpSections(readFileSync(join(folder, 'media', 'rules.md'), 'utf8'));
        break;
      } catch {
        // Not in this folder: look one up.
      }
    }
  }
  return loaded;
}
