// The browser build's stand-in for htmlPageLoader.ts: a web worker extension host cannot require()
// a file of the extension, so the HTML reader is bundled into dist/web/extension.js here.
export { readHtmlPage } from '../core/web/htmlPage';
