// Rule help that ships with the extension (media/rules.md), opened inside VS Code at the rule. A
// diagnostic's code links to the claimline.showRuleHelp command, never to a web address: a link
// to a repository or site the project does not control would let whoever holds that name decide
// what fact-checkers read when they click it.
import * as vscode from 'vscode';
import { commandUri } from '../core/explain';
import { RULE_IDS, RULES } from '../core/findings';
import { messages } from '../core/messages/catalog';
import type { RuleId } from '../core/types';

/** The diagnostic code target for a rule: the command that opens its help. */
export function ruleHelpTarget(rule: string): vscode.Uri {
  return vscode.Uri.parse(commandUri('claimline.showRuleHelp', [rule]));
}

export function registerRuleHelp(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('claimline.showRuleHelp', async (rule?: unknown) => {
      let chosen = RULE_IDS.includes(rule as RuleId) ? (rule as RuleId) : undefined;
      if (!chosen) {
        const pick = await vscode.window.showQuickPick(
          RULE_IDS.map((id) => ({ label: id, description: RULES[id].severity, detail: messages(vscode.env.language).t(`rule.${id}`), id })),
          { title: vscode.l10n.t('Claimline rule help') },
        );
        chosen = pick?.id;
      }
      if (!chosen) return undefined;
      const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(context.extensionUri, 'media', 'rules.md'));
      const heading = document.getText().split('\n').findIndex((line) => line.startsWith(`## Rule: \`${chosen}\``));
      const at = new vscode.Position(Math.max(0, heading), 0);
      const editor = await vscode.window.showTextDocument(document, { preview: true, selection: new vscode.Range(at, at) });
      editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.AtTop);
      return document.uri;
    }),
  );
}
