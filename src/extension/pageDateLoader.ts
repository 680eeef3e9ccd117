// Stands in for core/web/pageDate.ts in the Node extension bundle (esbuild.js swaps it in): reading
// a web page's publication date needs the HTML tokenizer and its entity tables, which live in the
// lazily loaded dist/web.js with the rest of the page reader, loaded the first time an HTML
// document is analyzed.
import type * as PageDateModule from '../core/web/pageDate';

let loaded: typeof PageDateModule | undefined;

export function pageDate(...args: Parameters<typeof PageDateModule.pageDate>): ReturnType<typeof PageDateModule.pageDate> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous load on first use is the point
  loaded ??= require('./web.js') as typeof PageDateModule;
  return loaded.pageDate(...args);
}
