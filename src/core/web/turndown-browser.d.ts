// turndown's browser build: the same converter without its bundled DOM (domino). Claimline hands it
// nodes of the linkedom DOM the article reader already uses, which keeps one DOM in the bundle.
declare module 'turndown/lib/turndown.browser.cjs.js' {
  import TurndownService from 'turndown';
  export default TurndownService;
}
