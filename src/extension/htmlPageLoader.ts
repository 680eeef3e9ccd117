// Stands in for core/web/htmlPage.ts in the extension bundle (esbuild.js swaps it in): the HTML
// parser, the DOM and Readability are a separate file, dist/web.js, loaded the first time an
// HTML document is analyzed, so activating the extension never pays for them.
import type * as HtmlPageModule from '../core/web/htmlPage';

let loaded: typeof HtmlPageModule | undefined;

export function readHtmlPage(...args: Parameters<typeof HtmlPageModule.readHtmlPage>): ReturnType<typeof HtmlPageModule.readHtmlPage> {
  // A plain require of a file beside the bundle: esbuild leaves it alone (external in esbuild.js).
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous load on first use is the point
  loaded ??= require('./web.js') as typeof HtmlPageModule;
  return loaded.readHtmlPage(...args);
}
