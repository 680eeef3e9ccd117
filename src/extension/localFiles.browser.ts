// The browser build's stand-in for localFiles.ts (swapped in by esbuild.js): a web worker extension
// host (vscode.dev, github.dev) has no disk of its own, even for `file:` URIs of a local folder the
// browser opened, so callers read through vscode.workspace.fs instead.
export const hasLocalFiles = false;

export function readLocalFile(fsPath: string): Promise<Uint8Array> {
  return Promise.reject(new Error(`${fsPath}: no local file system in the browser extension host`));
}
