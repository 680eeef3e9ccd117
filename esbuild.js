// Bundles the extension and the CLI (model: the VS Code extension samples' esbuild.js).
const path = require('node:path');
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
// `npm ci` runs `prepare`, which only needs the CLI so `npx claimline` works right after install.
const cliOnly = process.argv.includes('--cli-only');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  // linkedom's CSS parser serves only `<style>.sheet`, which nothing here reads (noStyleSheets.ts).
  alias: { 'cssomnom/parse': './src/core/web/noStyleSheets.ts' },
};

// The extension loads the HTML parser, DOM and Readability only for its first HTML document (or
// its first Import Article…): imports of core/web/htmlPage resolve to a loader that requires
// dist/web.js on first use, and src/extension/importArticle.ts requires the same file.
const lazyHtmlPage = {
  name: 'lazy-html-page',
  setup(build) {
    build.onResolve({ filter: /\/web\/htmlPage$/ }, () => ({ path: path.join(__dirname, 'src', 'extension', 'htmlPageLoader.ts') }));
  },
};

async function main() {
  const extension = {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode', './web.js'],
    plugins: [lazyHtmlPage],
  };
  // linkedom requires `canvas` only if it is installed (for <canvas>, which no article needs).
  // One chunk for the reader and the importer (src/extension/webChunk.ts): one copy of the DOM.
  const web = { ...common, entryPoints: ['src/extension/webChunk.ts'], outfile: 'dist/web.js', external: ['canvas'] };
  const cli = { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } };
  const builds = cliOnly ? [cli] : [extension, web, cli];
  if (watch) {
    for (const options of builds) {
      const context = await esbuild.context(options);
      await context.watch();
    }
    return;
  }
  await Promise.all(builds.map((options) => esbuild.build(options)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
