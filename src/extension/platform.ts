// What only VS Code's Node extension host can do. The extension is one bundle for both hosts
// (dist/extension.js, the manifest's `browser` entry, built without Node built-ins); in the Node host
// it is loaded by dist/node.js (`main`, src/extensionNode.ts), which installs these powers first. In
// the browser's web worker extension host (vscode.dev, github.dev) nothing is installed and callers
// take their browser path: vscode.workspace.fs instead of the disk, no Import Article.
import type * as WebChunk from './webChunk';

export interface NodeHost {
  /** A regular file of this machine's disk of at most `maxBytes` (src/node/regularFile.ts). */
  readRegularFile(fsPath: string, maxBytes: number, raise: string): Promise<Uint8Array>;
  /** require() of the web-page chunk beside the bundle (dist/web.js). */
  requireWebChunk(): typeof WebChunk;
}

let installed: NodeHost | undefined;

/** Called by dist/node.js before VS Code activates the extension. */
export function installNodeHost(host: NodeHost): void {
  installed = host;
}

/** The Node host's powers, or undefined in the browser's web worker extension host. */
export function nodeHost(): NodeHost | undefined {
  return installed;
}
