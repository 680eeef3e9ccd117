// @ts-check
// Claim timeline webview. Renders the TimelineModel (src/core/timeline.ts) that the extension posts.
// Article text is hostile input: it is only ever inserted with textContent / createElement, never
// parsed as HTML; links become buttons that ask the extension, which opens http(s) only.
// esbuild.js bundles this file and the modules beside it into dist/webview/timeline.js, the one
// script the webview loads (under the CSP nonce). The Node unit tests require() it directly.
'use strict';

const { entryMatches, navigationTarget, NO_SPEAKER, parseExtensionMessage, sanitizeState, spanPosition } = require('./helpers');
const { revealHidden } = require('./hiddenText');
const { start } = require('./start');
const { KIND_LABELS, STATUS_LABELS } = require('./strings');

module.exports = { entryMatches, sanitizeState, parseExtensionMessage, navigationTarget, spanPosition, revealHidden, start, NO_SPEAKER, KIND_LABELS, STATUS_LABELS };

if (typeof acquireVsCodeApi === 'function' && typeof document !== 'undefined') start(acquireVsCodeApi(), document, window);
