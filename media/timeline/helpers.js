// @ts-check
// Pure helpers of the webview, unit-tested in Node: filtering, restored state, message validation,
// keyboard targets and span geometry. No DOM here.
'use strict';

const NO_SPEAKER = '\u0000none';
const FILTER_KEYS = ['text', 'kind', 'speaker', 'status'];

/** Same rules as entryMatches in src/core/timeline.ts (a unit test keeps them in step). */
function entryMatches(entry, filter) {
  if (filter.kind) {
    if (filter.kind === 'stale' ? !entry.stale : entry.kind !== filter.kind) return false;
  }
  if (filter.speaker) {
    if (filter.speaker === NO_SPEAKER ? entry.speaker !== null : entry.speaker !== filter.speaker) return false;
  }
  if (filter.status && entry.status !== filter.status) return false;
  const query = String(filter.text || '').trim().toLocaleLowerCase();
  if (query) {
    const haystack = [
      entry.text,
      entry.speaker || '',
      entry.date ? entry.date.label : '',
      entry.expression ? entry.expression.text : '',
      entry.note ? entry.note.text : '',
      entry.statedSource || '',
    ]
      .join('\n')
      .toLocaleLowerCase();
    if (!query.split(/\s+/).every((word) => haystack.includes(word))) return false;
  }
  return true;
}

/** The saved webview state, reduced to known fields of the right types. */
function sanitizeState(raw) {
  const state = { uri: undefined, filters: { text: '', kind: '', speaker: '', status: '' }, focusedId: undefined, scrollTop: 0 };
  if (!isRecord(raw)) return state;
  if (typeof raw.uri === 'string' && raw.uri.length < 4096) state.uri = raw.uri;
  if (isRecord(raw.filters)) {
    for (const key of FILTER_KEYS) {
      const value = raw.filters[key];
      if (typeof value === 'string' && value.length <= 500) state.filters[key] = value;
    }
  }
  if (typeof raw.focusedId === 'string' && raw.focusedId.length <= 64) state.focusedId = raw.focusedId;
  if (typeof raw.scrollTop === 'number' && Number.isFinite(raw.scrollTop) && raw.scrollTop >= 0) state.scrollTop = raw.scrollTop;
  return state;
}

/** Validates a message from the extension; undefined for anything unexpected. */
function parseExtensionMessage(raw) {
  if (!isRecord(raw) || typeof raw.type !== 'string') return undefined;
  switch (raw.type) {
    case 'model':
      if (typeof raw.uri !== 'string' || typeof raw.fileName !== 'string' || typeof raw.version !== 'number') return undefined;
      if (!isRecord(raw.model) || !Array.isArray(raw.model.years) || !Array.isArray(raw.model.undated) || !Array.isArray(raw.model.orphans)) return undefined;
      return raw;
    case 'empty':
      return typeof raw.message === 'string' ? raw : undefined;
    case 'focus':
      return isRecord(raw.subject) && (raw.subject.kind === 'claim' || raw.subject.kind === 'quote') && Number.isSafeInteger(raw.subject.index)
        ? raw
        : undefined;
    default:
      return undefined;
  }
}

/** Index of the entry to move to for a navigation key, or -1 when the key is not navigation. */
function navigationTarget(key, current, count) {
  if (count === 0) return -1;
  switch (key) {
    case 'ArrowDown':
      return Math.min(count - 1, current + 1);
    case 'ArrowUp':
      return Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'PageDown':
      return Math.min(count - 1, current + 10);
    case 'PageUp':
      return Math.max(0, current - 10);
    default:
      return -1;
  }
}

/** Where a range sits on the timeline's extent, in percent (for span bars). */
function spanPosition(range, extent) {
  const start = Date.parse(extent.from);
  const end = Date.parse(extent.to) + 86400000;
  const from = Date.parse(range.from);
  const to = Date.parse(range.to) + 86400000;
  if (!(end > start) || Number.isNaN(from) || Number.isNaN(to)) return { left: 0, width: 100 };
  const left = Math.max(0, Math.min(100, ((from - start) / (end - start)) * 100));
  const right = Math.max(0, Math.min(100, ((to - start) / (end - start)) * 100));
  // Keep very short spans visible.
  return { left, width: Math.max(1, right - left) };
}

function isRecord(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

module.exports = { NO_SPEAKER, FILTER_KEYS, entryMatches, sanitizeState, parseExtensionMessage, navigationTarget, spanPosition };
