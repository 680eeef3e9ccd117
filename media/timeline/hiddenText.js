// @ts-check
// Characters that change how text reads without showing: found, and shown as boxed code points.
'use strict';

/**
 * Bidirectional controls and invisible characters: shown as a boxed code point, never applied
 * (the characters of src/core/hiddenText.ts, where a unit test keeps the two in step). Joiners
 * between non-ASCII characters (emoji, Arabic, Indic words) and flag tag sequences are left alone.
 */
const HIDDEN_CHAR = /[\u034f\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0]|\udb40[\udc00-\udc7f]/g;

function hidesAt(text, index, char) {
  const code = char.codePointAt(0);
  if (code === 0x200c || code === 0x200d) return !(text.charCodeAt(index - 1) > 0x7f && text.charCodeAt(index + 1) > 0x7f);
  if (code >= 0xe0000) {
    let i = index;
    while (i >= 2 && text.charCodeAt(i - 2) === 0xdb40 && text.charCodeAt(i - 1) >= 0xdc00 && text.charCodeAt(i - 1) <= 0xdc7f) i -= 2;
    return text.codePointAt(i - 2) !== 0x1f3f4;
  }
  return true;
}

/** The text as plain pieces and hidden characters: [{ text }, { hidden: 'U+202E' }, …]. */
function revealHidden(text) {
  const parts = [];
  let at = 0;
  HIDDEN_CHAR.lastIndex = 0;
  for (let match = HIDDEN_CHAR.exec(text); match; match = HIDDEN_CHAR.exec(text)) {
    if (!hidesAt(text, match.index, match[0])) continue;
    if (match.index > at) parts.push({ text: text.slice(at, match.index) });
    parts.push({ hidden: 'U+' + match[0].codePointAt(0).toString(16).toUpperCase().padStart(4, '0') });
    at = match.index + match[0].length;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at) });
  return parts;
}

module.exports = { HIDDEN_CHAR, revealHidden };
