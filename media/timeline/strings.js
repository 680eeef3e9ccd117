// @ts-check
// The timeline's labels: the lookup in the user's language and the tables of kinds and statuses.
'use strict';

/**
 * The labels in the user's language, keyed by their English text: the extension passes them as
 * JSON in <body data-strings> (built through vscode.l10n in src/extension/timelineStrings.ts).
 * A label missing there shows in English. The KIND_LABELS and STATUS_LABELS values are keys too.
 */
let strings = {};
function t(english, ...args) {
  const text = Object.prototype.hasOwnProperty.call(strings, english) && typeof strings[english] === 'string' ? strings[english] : english;
  return text.replace(/\{(\d+)\}/g, (whole, index) => (args[index] === undefined ? whole : String(args[index])));
}
function useStrings(json) {
  try {
    const parsed = JSON.parse(json || '{}');
    strings = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {};
  } catch {
    strings = {};
  }
}
const KIND_LABELS = { past: 'Past', ongoing: 'Ongoing', future: 'Future', quote: 'Undated quote' };
const KIND_ICONS = { past: 'history', ongoing: 'sync', future: 'arrow-right', quote: 'quote' };
const STATUS_LABELS = {
  unverified: 'Unverified',
  verified: 'Verified',
  disputed: 'Disputed',
  false: 'False',
  outdated: 'Outdated',
  'needs-source': 'Needs source',
  reviewed: 'Reviewed',
};
const STATUS_ICONS = {
  unverified: 'circle-large-outline',
  verified: 'pass',
  disputed: 'question',
  false: 'error',
  outdated: 'history',
  'needs-source': 'link',
  reviewed: 'eye',
};
/** The statuses a fact-checker can set, in menu order (NOTE_STATUSES in src/core/notes.ts). */
const STATUS_ORDER = ['unverified', 'verified', 'disputed', 'false', 'outdated', 'needs-source', 'reviewed'];

module.exports = { t, useStrings, KIND_LABELS, KIND_ICONS, STATUS_LABELS, STATUS_ICONS, STATUS_ORDER };
