// turndown's browser build: the same converter without its bundled DOM (domino). Claimline hands it
// a copy of the article reader's light tree made to look like DOM nodes (markdownNodes.ts), so no DOM ships.
declare module 'turndown/lib/turndown.browser.cjs.js' {
  import TurndownService from 'turndown';
  export default TurndownService;
}
