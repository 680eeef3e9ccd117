// Stands in for core/web/pageDate.ts in the extension bundle (esbuild.js swaps it in): reading a web
// page's publication date needs the HTML tokenizer and its entity tables, which live in the web-page
// chunk (dist/web.js, webChunkLoader.ts) with the rest of the page reader.
import type * as PageDateModule from '../core/web/pageDate';
import { webChunkNow } from './webChunkLoader';

export function pageDate(...args: Parameters<typeof PageDateModule.pageDate>): ReturnType<typeof PageDateModule.pageDate> {
  return webChunkNow().pageDate(...args);
}
