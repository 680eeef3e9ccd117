// The web-page chunk (dist/web.js: the HTML parser, the DOM, Readability, turndown and the importer,
// src/extension/webChunk.ts) is loaded the first time a web page is read or imported, so activation
// never pays for it, and both extension hosts load the same file: the Node host require()s it (through
// platform.ts); the browser's web worker extension host has no require() for an extension's own files,
// so it reads the file and evaluates it as a CommonJS module, the way VS Code itself loads the
// extension there. Reading is asynchronous in the browser: callers await loadWebChunk() before the
// synchronous webChunkNow() (ArticleService does for every HTML document).
import * as vscode from 'vscode';
import { nodeHost } from './platform';
import type * as WebChunk from './webChunk';

export type WebChunkModule = typeof WebChunk;

let extensionUri: vscode.Uri | undefined;
let chunk: WebChunkModule | undefined;
let loading: Promise<WebChunkModule> | undefined;

/** Where the extension is installed; set on activation. */
export function setExtensionUri(uri: vscode.Uri): void {
  extensionUri = uri;
}

/** The chunk, loaded (Node: loaded now, synchronously); throws in the browser if loadWebChunk() was not awaited. */
export function webChunkNow(): WebChunkModule {
  if (chunk) return chunk;
  const host = nodeHost();
  if (!host) throw new Error('the web-page reader (dist/web.js) is not loaded yet: await loadWebChunk() first');
  chunk = host.requireWebChunk();
  return chunk;
}

export function loadWebChunk(): Promise<WebChunkModule> {
  if (chunk || nodeHost()) return Promise.resolve(webChunkNow());
  loading ??= evaluateChunk().then(
    (loaded) => (chunk = loaded),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

async function evaluateChunk(): Promise<WebChunkModule> {
  if (!extensionUri) throw new Error('the extension is not activated');
  const uri = vscode.Uri.joinPath(extensionUri, 'dist', 'web.js');
  const source = new TextDecoder('utf-8').decode(await readExtensionFile(uri));
  const module: { exports: unknown } = { exports: {} };
  // The chunk is built for the browser (esbuild.js) and requires nothing; a require() would fail.
  const refuse = (name: string) => {
    throw new Error(`Cannot load module '${name}' in the browser extension host`);
  };
  // The extension's own bundled file, evaluated as VS Code's web worker host evaluates the extension.
  new Function('module', 'exports', 'require', `${source}\n//# sourceURL=${uri.toString(true)}`)(module, module.exports, refuse);
  return module.exports as WebChunkModule;
}

/**
 * vscode.dev and github.dev serve extensions from https: URIs, which vscode.workspace.fs has no
 * provider for; there the file is fetched like any resource of the page. Elsewhere (vscode-remote:,
 * file:) it is a file system read.
 */
async function readExtensionFile(uri: vscode.Uri): Promise<Uint8Array> {
  if (uri.scheme !== 'http' && uri.scheme !== 'https') return vscode.workspace.fs.readFile(uri);
  const response = await fetch(uri.toString(true));
  if (!response.ok) throw new Error(`${uri.toString(true)}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
