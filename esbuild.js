// Bundles the extension for both VS Code extension hosts, and the CLI (model: the VS Code extension
// samples' esbuild.js).
//
//   dist/extension.js   `browser`, and the extension in every host: one bundle built for the browser
//                       (no Node built-ins: an import of one fails the build instead of failing in
//                       the user's browser). What only Node can do comes from dist/node.js through
//                       src/extension/platform.ts;
//   dist/node.js        `main`: the Node extension host's entry (desktop, remote, code-server): the
//                       disk reader (src/node/regularFile.ts) and require() of dist/web.js, handed to
//                       dist/extension.js, which it loads (src/extensionNode.ts);
//   dist/web.js         the web-page chunk, loaded the first time a web page is read or imported: the
//                       HTML parser, the article reader, turndown and the importer (src/extension/
//                       webChunk.ts). Built for the browser too and loaded by both hosts
//                       (src/extension/webChunkLoader.ts): Node require()s it, the web worker reads
//                       and evaluates it. The .vsix budget counts it apart (scripts/check-package.ts);
//   dist/cli.js         the command line (not in the .vsix): the entry, which starts the workers of a
//                       folder check and loads dist/cli-run.js; dist/cli-import.js, dist/cli-worker.js,
//                       dist/cli-analyze.js and dist/cli-web.js are loaded when needed (see the
//                       plugins below);
//   dist/webview/timeline.js  the timeline webview's one script, bundled from media/timeline/ (loaded
//                       under the webview's CSP nonce, src/extension/timelineWebview.ts);
//   media/codicons/     the timeline's icon font, only the glyphs it uses (scripts/codicons.js);
//   dist/ThirdPartyNotices.txt  the licences of the packages in these bundles (scripts/notices.js).
const esbuild = require('esbuild');
const path = require('path');
const { buildCodicons } = require('./scripts/codicons');
const { writeNotices } = require('./scripts/notices');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
// `npm ci` runs `prepare`, which only needs the CLI so `npx claimline` works right after install.
const cliOnly = process.argv.includes('--cli-only');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  metafile: true,
};
const node = { ...common, platform: 'node', target: 'node20' };
// The web worker extension host of VS Code 1.95+ (Chromium, Firefox and Safari of that time).
const browser = { ...common, platform: 'browser', target: 'es2022', define: { global: 'globalThis' } };

// The extension loads the HTML parser and the article reader only for its first HTML document (or its
// first Import Article…): imports of core/web/htmlPage and core/web/pageDate resolve to loaders that
// call into dist/web.js (src/extension/webChunkLoader.ts).
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

// The CLI's threads load the HTML parser, the article reader and entity tables only for their first
// HTML article: imports of core/web/htmlPage and core/web/pageDate resolve to stand-ins that
// require() dist/cli-web.js (src/cli/webChunk.ts) on first call (src/cli/lazyHtmlPage.ts,
// lazyPageDate.ts). That code is not in dist/cli-worker.js at all: each worker thread compiles its
// whole bundle when it starts, and the HTML stack was half of it.
const lazyWebForCli = {
  name: 'lazy-web-cli',
  setup(build) {
    const standIn = (file) => (args) => (/lazy(HtmlPage|PageDate)\.ts$/.test(args.importer) ? { path: './cli-web.js', external: true } : { path: path.join(__dirname, 'src', 'cli', file) });
    build.onResolve({ filter: /\/web\/htmlPage$/ }, standIn('lazyHtmlPage.ts'));
    build.onResolve({ filter: /\/web\/pageDate$/ }, standIn('lazyPageDate.ts'));
  },
};

// The command line's main thread loads the analyzer only when it analyzes (--jobs 1, one article,
// `timeline`): in dist/cli-run.js, imports of core/analyze resolve to a stand-in that require()s
// dist/cli-analyze.js on first call (src/cli/lazyAnalyze.ts). With worker threads, the main thread
// never sets the analyzer's modules up.
const lazyAnalyzerForCli = {
  name: 'lazy-analyzer-cli',
  setup(build) {
    build.onResolve({ filter: /\/core\/analyze$/ }, (args) =>
      args.importer.endsWith(path.join('cli', 'lazyAnalyze.ts')) ? { path: './cli-analyze.js', external: true } : { path: path.join(__dirname, 'src', 'cli', 'lazyAnalyze.ts') },
    );
  },
};

// dist/cli.js is only the entry (src/cli/main.ts): it starts the worker threads of a folder check,
// then require()s the command line, dist/cli-run.js (src/cli/run.ts and all it imports), so the
// workers start while the main thread reads, compiles and sets up the larger file.
// The `import` command (src/cli/import.ts: the page reader and turndown) is dist/cli-import.js,
// required when that command runs: half of the command line's code, which every `check` read and
// compiled at its start.
const cliFilesApart = {
  name: 'cli-files-apart',
  setup(build) {
    const apart = (from, file) => (args) => (args.importer.endsWith(path.join('cli', from)) ? { path: file, external: true } : undefined);
    build.onResolve({ filter: /^\.\/run$/ }, apart('main.ts', './cli-run.js'));
    build.onResolve({ filter: /^\.\/import$/ }, apart('run.ts', './cli-import.js'));
  },
};

/**
 * Refuses Node built-ins in a browser build, except those in `lazy`: imported on call (`await
 * import(…)`) by code the browser never runs, they stay run-time imports.
 */
function browserModules(lazy = []) {
  return {
    name: 'browser-modules',
    setup(build) {
      const builtins = new Set(require('module').builtinModules);
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        const name = args.path.replace(/^node:/, '').split('/')[0];
        if (!builtins.has(name)) return undefined;
        if (lazy.includes(args.path) && args.kind === 'dynamic-import') return { path: args.path, external: true };
        return { errors: [{ text: `"${args.path}" is a Node built-in: the browser extension host has none (use vscode.workspace.fs, vscode.Uri, Web APIs, or src/extension/platform.ts for what only the Node host can do)` }] };
      });
    },
  };
}

async function main() {
  const extension = { ...browser, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [lazyHtmlPage, browserModules()] };
  const nodeEntry = { ...node, entryPoints: ['src/extensionNode.ts'], outfile: 'dist/node.js', external: ['vscode', './extension.js', './web.js'] };
  // One chunk for the reader and the importer (src/extension/webChunk.ts): one copy of the parser.
  const webPages = { ...browser, entryPoints: ['src/extension/webChunk.ts'], outfile: 'dist/web.js', plugins: [browserModules(['node:fs/promises'])] };
  // tsx is only resolved when the CLI runs from its TypeScript source (tests): never bundled.
  const cli = { ...node, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, external: ['tsx/cjs'], plugins: [cliFilesApart] };
  const cliRun = { ...node, entryPoints: ['src/cli/run.ts'], outfile: 'dist/cli-run.js', external: ['tsx/cjs'], plugins: [cliFilesApart, lazyWebForCli, lazyAnalyzerForCli] };
  const cliImport = { ...node, entryPoints: ['src/cli/import.ts'], outfile: 'dist/cli-import.js' };
  // The worker threads of `claimline check` (src/cli/pool.ts finds it beside dist/cli.js).
  const cliWorker = { ...node, entryPoints: ['src/cli/worker.ts'], outfile: 'dist/cli-worker.js', plugins: [lazyWebForCli] };
  // What the stand-in of lazyAnalyzerForCli requires: the analyzer for the main thread.
  const cliAnalyze = { ...node, entryPoints: ['src/core/analyze.ts'], outfile: 'dist/cli-analyze.js', plugins: [lazyWebForCli] };
  // What the stand-ins of lazyWebForCli require (beside dist/cli.js and dist/cli-worker.js).
  const cliWeb = { ...node, entryPoints: ['src/cli/webChunk.ts'], outfile: 'dist/cli-web.js' };
  // A classic script, not a module: the page has no loader. No source map in the .vsix either way.
  const timelineWebview = { ...browser, format: 'iife', entryPoints: ['media/timeline/main.js'], outfile: 'dist/webview/timeline.js' };
  const builds = cliOnly ? [cli, cliRun, cliImport, cliWorker, cliAnalyze, cliWeb] : [extension, nodeEntry, webPages, timelineWebview, cli, cliRun, cliImport, cliWorker, cliAnalyze, cliWeb];
  if (watch) {
    await buildCodicons();
    for (const options of builds) {
      const context = await esbuild.context(options);
      await context.watch();
    }
    return;
  }
  const [results] = await Promise.all([Promise.all(builds.map((options) => esbuild.build(options))), cliOnly ? undefined : buildCodicons()]);
  // Readability's licence is owed even by a bundle without it: src/core/web/lightReader.ts is derived from it.
  const credited = { '@mozilla/readability': path.join(__dirname, 'node_modules', '@mozilla', 'readability') };
  if (!cliOnly) credited['@vscode/codicons'] = path.join(__dirname, 'node_modules', '@vscode', 'codicons');
  writeNotices(path.join(__dirname, 'dist', 'ThirdPartyNotices.txt'), results.map((result) => result.metafile), credited);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
