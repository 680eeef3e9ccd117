// `main` of the manifest: the Node extension host's entry (desktop VS Code, remote windows,
// code-server). The extension itself is one bundle for both hosts, dist/extension.js (`browser`);
// this file gives it what only Node has — reading this machine's disk and require() of the web-page
// chunk beside it (src/extension/platform.ts) — then hands VS Code its activate/deactivate.
import type * as Extension from './extension';
import { readRegularFile, RefusedFileError } from './node/regularFile';

// Files beside this one in dist/, left to run time by esbuild.js.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the shared bundle, not bundled again
const extension = require('./extension.js') as typeof Extension;
extension.installNodeHost({
  // This file has its own copy of core/fileLimits.ts: its RefusedFileError is not the one the
  // extension's `instanceof` checks know.
  readRegularFile: async (fsPath, maxBytes, raise) => {
    try {
      return await readRegularFile(fsPath, maxBytes, raise);
    } catch (error) {
      throw error instanceof RefusedFileError ? new extension.RefusedFileError(error.refusal, raise) : error;
    }
  },
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, synchronously
  requireWebChunk: () => require('./web.js'),
});

export const activate = extension.activate;
export const deactivate = extension.deactivate;
