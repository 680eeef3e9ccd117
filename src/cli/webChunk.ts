// Entry of dist/cli-web.js: the page reader and the page date reader of the CLI's threads, with the
// HTML parser, the DOM, Readability and the entity tables they need. The stand-ins the CLI bundles
// have instead (lazyHtmlPage.ts, lazyPageDate.ts) require this file the first time an HTML article
// is checked, so a thread that checks only plain text and Markdown neither evaluates nor even
// compiles that half of the code (esbuild.js).
export { readHtmlPage } from '../core/web/htmlPage';
export { pageDate } from '../core/web/pageDate';
