// Bundles the extension for both VS Code extension hosts, and the CLI (model: the VS Code extension
// samples' esbuild.js).
//
//   dist/extension.js      `main`: the Node extension host (desktop, remote, code-server);
//   dist/web/extension.js  `browser`: the web worker extension host (vscode.dev, github.dev), built
//                          from the same sources with platform browser: no Node built-ins. A module
//                          with a sibling `<name>.browser.ts` is replaced by it in this build (see
//                          src/extension/localFiles.browser.ts); anything else that imports a Node
//                          built-in fails the build instead of failing in the user's browser;
//   dist/web.js            the Node build's lazily loaded web-page chunk: the HTML parser, DOM and
//                          Readability (reading an HTML document) and the importer (Import Article…),
//                          required by src/extension/htmlPageLoader.ts and importArticle.ts on first
//                          use; the browser build bundles the reader instead (htmlPageLoader.browser.ts)
//                          and has its own importArticle.browser.ts;
//   dist/cli.js            the command line;
//   media/codicons/        the timeline's icon font, only the glyphs it uses (scripts/codicons.js).
//
// Lazily loaded chunks (code only some users need, kept out of the startup bundle): add an entry to
// LAZY_CHUNKS. The Node build writes it to dist/<out>.js and leaves the `import` of it as a run-time
// require of that file, so it costs nothing until used. A web worker extension host has no require()
// for an extension's own files, so the browser build bundles the chunk into dist/web/extension.js
// (an `await import('./x')` keeps working unchanged on both platforms). Ship it: add `!dist/<out>.js`
// to .vscodeignore and to the files scripts/check-package.ts requires.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');
const { buildCodicons } = require('./scripts/codicons');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
// `npm ci` runs `prepare`, which only needs the CLI so `npx claimline` works right after install.
const cliOnly = process.argv.includes('--cli-only');

/**
 * Chunks the Node extension bundle loads on first use: `{ entry: 'src/…/x.ts', out: 'x' }` makes
 * dist/x.js, and every import that resolves to `entry` is loaded from it at run time.
 * @type {{ entry: string, out: string }[]}
 */
const LAZY_CHUNKS = [];

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  // linkedom's CSS parser serves only `<style>.sheet`, which nothing here reads (noStyleSheets.ts).
  alias: { 'cssomnom/parse': './src/core/web/noStyleSheets.ts' },
};
const node = { ...common, platform: 'node', target: 'node20' };
// The web worker extension host of VS Code 1.95+ (Chromium, Firefox and Safari of that time).
const browser = { ...common, platform: 'browser', target: 'es2022', define: { global: 'globalThis' } };

/** Leaves imports of the lazy chunks to run time (Node build only). */
const lazyChunksExternal = {
  name: 'lazy-chunks',
  setup(build) {
    const chunks = new Map(LAZY_CHUNKS.map((chunk) => [path.resolve(chunk.entry).replace(/\.ts$/, ''), chunk.out]));
    if (chunks.size === 0) return;
    build.onResolve({ filter: /^\./ }, (args) => {
      const out = chunks.get(path.resolve(args.resolveDir, args.path).replace(/\.ts$/, ''));
      return out && args.importer !== path.resolve(LAZY_CHUNKS.find((c) => c.out === out).entry) ? { path: `./${out}.js`, external: true } : undefined;
    });
  },
};

// The Node extension loads the HTML parser, DOM and Readability only for its first HTML document (or
// its first Import Article…): imports of core/web/htmlPage resolve to a loader that requires
// dist/web.js on first use, and src/extension/importArticle.ts requires the same file.
const lazyHtmlPage = {
  name: 'lazy-html-page',
  setup(build) {
    build.onResolve({ filter: /\/web\/htmlPage$/ }, () => ({ path: path.join(__dirname, 'src', 'extension', 'htmlPageLoader.ts') }));
    // The page's publication date needs the same tokenizer and entity tables (about 130 KB).
    build.onResolve({ filter: /\/web\/pageDate$/ }, (args) =>
      args.importer.endsWith('webChunk.ts') ? undefined : { path: path.join(__dirname, 'src', 'extension', 'pageDateLoader.ts') },
    );
  },
};

/** Swaps `x.ts` for a sibling `x.browser.ts`, and refuses Node built-ins (browser build only). */
const browserModules = {
  name: 'browser-modules',
  setup(build) {
    build.onResolve({ filter: /^\./ }, (args) => {
      const base = path.resolve(args.resolveDir, args.path).replace(/\.ts$/, '');
      const candidate = `${base}.browser.ts`;
      return fs.existsSync(candidate) && args.importer !== candidate ? { path: candidate } : undefined;
    });
    const builtins = new Set(require('module').builtinModules);
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      const name = args.path.replace(/^node:/, '').split('/')[0];
      if (!builtins.has(name)) return undefined;
      return { errors: [{ text: `"${args.path}" is a Node built-in: the browser extension host has none (use vscode.workspace.fs, vscode.Uri, Web APIs, or a ${path.basename(args.importer, '.ts')}.browser.ts beside the module)` }] };
    });
  },
};

async function main() {
  const extension = { ...node, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', './web.js'], plugins: [lazyHtmlPage, lazyChunksExternal] };
  const chunks = LAZY_CHUNKS.map((chunk) => ({ ...node, entryPoints: [chunk.entry], outfile: `dist/${chunk.out}.js`, external: ['vscode'] }));
  // linkedom requires `canvas` only if it is installed (for <canvas>, which no article needs).
  // One chunk for the reader and the importer (src/extension/webChunk.ts): one copy of the DOM.
  const webPages = { ...node, entryPoints: ['src/extension/webChunk.ts'], outfile: 'dist/web.js', external: ['canvas'] };
  const web = { ...browser, entryPoints: ['src/extension.ts'], outfile: 'dist/web/extension.js', external: ['vscode', 'canvas'], plugins: [browserModules] };
  // tsx is only resolved when the CLI runs from its TypeScript source (tests): never bundled.
  const cli = { ...node, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, external: ['tsx/cjs', 'canvas'] };
  // The worker threads of `claimline check` (src/cli/pool.ts finds it beside dist/cli.js).
  const cliWorker = { ...node, entryPoints: ['src/cli/worker.ts'], outfile: 'dist/cli-worker.js', external: ['canvas'] };
  const builds = cliOnly ? [cli, cliWorker] : [extension, ...chunks, webPages, web, cli, cliWorker];
  if (watch) {
    await buildCodicons();
    for (const options of builds) {
      const context = await esbuild.context(options);
      await context.watch();
    }
    return;
  }
  await Promise.all([...builds.map((options) => esbuild.build(options)), ...(cliOnly ? [] : [buildCodicons()])]);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
