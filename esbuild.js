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

async function main() {
  const extension = { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] };
  // tsx is only resolved when the CLI runs from its TypeScript source (tests): never bundled.
  const cli = { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, external: ['tsx/cjs'] };
  // The worker threads of `claimline check` (src/cli/pool.ts finds it beside dist/cli.js).
  const cliWorker = { ...common, entryPoints: ['src/cli/worker.ts'], outfile: 'dist/cli-worker.js' };
  const builds = cliOnly ? [cli, cliWorker] : [extension, cli, cliWorker];
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
