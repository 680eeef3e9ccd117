// Import Article… in the browser's web worker extension host (vscode.dev, github.dev). A page on another site cannot be
// fetched from a browser tab (the site's CORS rules forbid it, and a saved page is read through
// Node), so the command says so plainly and points to where import works.
import * as vscode from 'vscode';

export function registerImportUnavailable(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('claimline.importArticle', async () => {
      await vscode.window.showInformationMessage(
        vscode.l10n.t(
          'Import Article is not available in VS Code for the Web: a browser tab may not fetch pages from other sites. Import the page in desktop VS Code, or with `claimline import URL` on the command line, and commit the Markdown article it writes.',
        ),
      );
      return undefined;
    }),
  );
}
