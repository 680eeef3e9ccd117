// Stands in for core/web/htmlPage.ts in the extension bundle (esbuild.js swaps it in): the HTML
// parser, the DOM and Readability are in the web-page chunk (dist/web.js, webChunkLoader.ts), loaded
// the first time an HTML document is analyzed, so activating the extension never pays for them.
import type * as HtmlPageModule from '../core/web/htmlPage';
import { webChunkNow } from './webChunkLoader';

export function readHtmlPage(...args: Parameters<typeof HtmlPageModule.readHtmlPage>): ReturnType<typeof HtmlPageModule.readHtmlPage> {
  return webChunkNow().readHtmlPage(...args);
}
