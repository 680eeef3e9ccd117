// Direct reads from this machine's disk, in the Node extension host only (see readSidecarBytes in
// notesStore.ts for why). A web worker has no disk of its own, even for `file:` URIs of a local
// folder the browser opened: there every read goes through vscode.workspace.fs.
import { nodeHost } from './platform';

export function hasLocalFiles(): boolean {
  return nodeHost() !== undefined;
}

/** A regular file of at most `maxBytes` (src/node/regularFile.ts: throws RefusedFileError otherwise). */
export function readLocalFile(fsPath: string, maxBytes: number, raise: string): Promise<Uint8Array> {
  const host = nodeHost();
  if (!host) return Promise.reject(new Error(`${fsPath}: no local file system in the browser extension host`));
  return host.readRegularFile(fsPath, maxBytes, raise);
}
