// Bundles the extension and the CLI (model: the VS Code extension samples' esbuild.js).
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
};

// The extension requires the importer (`require('./importPage.js')` in src/extension/importArticle.ts)
// only when Import Article runs: kept out of the main bundle, it costs activation nothing.
const lazyImporter = {
  name: 'lazy-importer',
  setup(build) {
    build.onResolve({ filter: /^\.\/importPage\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};

async function main() {
  const extension = { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [lazyImporter] };
  // The importer's own bundle; the page readers come from the main bundle as arguments.
  const importer = { ...common, entryPoints: ['src/net/importPage.ts'], outfile: 'dist/importPage.js' };
  const cli = { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } };
  const builds = cliOnly ? [cli] : [extension, importer, cli];
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
