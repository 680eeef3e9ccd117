// @ts-check
// Claim timeline webview. Renders the TimelineModel (src/core/timeline.ts) that the extension posts.
// Article text is hostile input: it is only ever inserted with textContent / createElement, never
// parsed as HTML; links become buttons that ask the extension, which opens http(s) only.
// esbuild.js bundles this file and the modules beside it into dist/webview/timeline.js, the one
// script the webview loads (under the CSP nonce). The Node unit tests require() it directly.
//
//   start.js          the controller: saved state, rendering in batches, filters, keyboard, messages
//   entries.js        one entry as DOM (date, text, badges, span bar, note), markers, orphan notes
//   reviewActions.js  the status menu and the note button beside each entry
//   dom.js            node builders: text goes in through text nodes only
//   helpers.js        pure helpers, no DOM: filter rules, restored state, message checks, key targets
//   strings.js        labels in the user's language; kinds and statuses with their icons
//   hiddenText.js     invisible and bidirectional characters, shown as boxed code points
'use strict';

const { entryMatches, navigationTarget, NO_SPEAKER, parseExtensionMessage, sanitizeState, spanPosition } = require('./helpers');
const { revealHidden } = require('./hiddenText');
const { start } = require('./start');
const { KIND_LABELS, STATUS_LABELS } = require('./strings');

module.exports = { entryMatches, sanitizeState, parseExtensionMessage, navigationTarget, spanPosition, revealHidden, start, NO_SPEAKER, KIND_LABELS, STATUS_LABELS };

if (typeof acquireVsCodeApi === 'function' && typeof document !== 'undefined') start(acquireVsCodeApi(), document, window);
