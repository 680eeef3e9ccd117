// @ts-check
// Building DOM nodes for the timeline: article text is hostile input, so text goes in through text
// nodes (textContent) only, never parsed as HTML, and hidden characters are shown as boxes.
'use strict';

const { HIDDEN_CHAR, revealHidden } = require('./hiddenText');
const { t } = require('./strings');

/** The node builders, bound to the webview's document. */
function createDom(document) {
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) appendText(node, String(text));
    return node;
  }
  /** Text nodes, with hidden characters as visible boxes (textContent only, never markup). */
  function appendText(node, text) {
    HIDDEN_CHAR.lastIndex = 0;
    if (!HIDDEN_CHAR.test(text)) {
      node.append(document.createTextNode(text));
      return node;
    }
    for (const part of revealHidden(text)) {
      if (part.text !== undefined) node.append(document.createTextNode(part.text));
      else {
        const box = document.createElement('span');
        box.className = 'hidden-char';
        box.textContent = part.hidden;
        box.title = t('Hidden character {0}: shown here, not applied (it changes how the text reads)', part.hidden);
        node.append(box);
      }
    }
    return node;
  }
  function icon(name) {
    const node = el('span', `codicon codicon-${name}`);
    node.setAttribute('aria-hidden', 'true');
    return node;
  }
  function badge(className, iconName, text, title) {
    const node = el('span', `badge ${className}`);
    node.append(icon(iconName), el('span', 'badge-text', text));
    if (title) node.title = title;
    return node;
  }
  return { el, appendText, icon, badge };
}

module.exports = { createDom };
