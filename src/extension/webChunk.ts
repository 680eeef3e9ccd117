// dist/web.js: what the extension loads only when it first needs to read a web page — the HTML
// reader for analyzing an HTML document (through htmlPageLoader.ts) and the importer for Import
// Article… (through importArticle.ts), and a page's publication date (through pageDateLoader.ts). One chunk, so the parser and the article reader ship once.
export { readHtmlPage } from '../core/web/htmlPage';
export { pageDate } from '../core/web/pageDate';
export { importPage, PageError, snapshotPath } from '../net/importPage';
