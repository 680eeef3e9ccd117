// Proves the machinery end to end: the extension under development is loaded in the extension host,
// activates on a plaintext article, and publishes claimline diagnostics for it.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { diagnosticsFor, testWorkspace } from './support';

describe('smoke: the extension in a real VS Code', () => {
  it('is installed from the development folder and activates', async () => {
    const extension = vscode.extensions.getExtension('claimline.claimline');
    assert.ok(extension, 'claimline.claimline is not loaded');
    await extension.activate();
    assert.strictEqual(extension.isActive, true);
  });

  it('publishes claimline diagnostics for a dated article', async () => {
    const uri = vscode.Uri.file(path.join(testWorkspace(), 'hostile.txt'));
    const diagnostics = await diagnosticsFor(uri, async () => {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    });
    assert.ok(diagnostics.length > 0, 'no diagnostics for hostile.txt');
    assert.ok(diagnostics.every((d) => d.source === 'claimline'), 'every diagnostic comes from claimline');
  });
});
