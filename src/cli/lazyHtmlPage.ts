// Stands in for core/web/htmlPage.ts in the CLI bundles (esbuild.js swaps it in, and turns the
// require below into one of dist/cli-web.js): the HTML parser, the DOM and Readability are loaded
// the first time an HTML article is checked, so a thread that only checks plain text and Markdown
// never pays for them (measured in docs/performance.md).
import type * as HtmlPageModule from '../core/web/htmlPage';

let loaded: typeof HtmlPageModule | undefined;

export function readHtmlPage(...args: Parameters<typeof HtmlPageModule.readHtmlPage>): ReturnType<typeof HtmlPageModule.readHtmlPage> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- evaluated on first use, synchronously
  loaded ??= require('../core/web/htmlPage') as typeof HtmlPageModule;
  return loaded.readHtmlPage(...args);
}
