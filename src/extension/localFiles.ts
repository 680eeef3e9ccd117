// Direct reads from this machine's disk, in the Node extension host (see readBytes in notesStore.ts for
// why). The browser build swaps this file for localFiles.browser.ts (esbuild.js): a web worker has no
// disk of its own, so there every read goes through vscode.workspace.fs.
import { promises as fs } from 'fs';

export const hasLocalFiles = true;

export function readLocalFile(fsPath: string): Promise<Uint8Array> {
  return fs.readFile(fsPath);
}
