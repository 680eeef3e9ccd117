// Stands in for core/web/pageDate.ts in the CLI bundles (esbuild.js swaps it in): reading an HTML
// page's publication date needs the HTML tokenizer and its entity tables, loaded from dist/cli-web.js
// the first time an HTML article is checked (see lazyHtmlPage.ts).
import type * as PageDateModule from '../core/web/pageDate';

let loaded: typeof PageDateModule | undefined;

export function pageDate(...args: Parameters<typeof PageDateModule.pageDate>): ReturnType<typeof PageDateModule.pageDate> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- evaluated on first use, synchronously
  loaded ??= require('../core/web/pageDate') as typeof PageDateModule;
  return loaded.pageDate(...args);
}
