// Direct reads from this machine's disk, in the Node extension host (see readSidecarBytes in
// notesStore.ts for why). The browser build swaps this file for localFiles.browser.ts (esbuild.js): a
// web worker has no disk of its own, so there every read goes through vscode.workspace.fs.
import { readRegularFile } from '../node/regularFile';

export const hasLocalFiles = true;

/** A regular file of at most `maxBytes` (src/node/regularFile.ts: throws RefusedFileError otherwise). */
export function readLocalFile(fsPath: string, maxBytes: number, raise: string): Promise<Uint8Array> {
  return readRegularFile(fsPath, maxBytes, raise);
}
