// Character classes, by UTF-16 code unit, shared by every scanner outside the temporal tagger. Each
// is a plain comparison chain: the scanners call them for every character of an article.

/** A–Z, a–z. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** a–z. */
export function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** A–Z. */
export function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** 0–9. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** What a regular expression's \w matches: A–Z, a–z, 0–9 and _. */
export function isAsciiWordChar(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === 95;
}

/** ' or ’. */
export function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** A letter of a name: ASCII letters and the accented, Greek, Cyrillic… letters up to U+1FFF, not × or ÷. */
export function isLetter(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7);
}

/**
 * A character of a word token: a letter, a digit, or a character of the other scripts below the
 * private-use area (kana, CJK, Hangul). Surrogates (0xd800-0xdfff) are excluded: a token must never
 * end between the two halves of an emoji or other astral character, and emoji are not parts of names.
 */
export function isLetterOrDigit(c: number): boolean {
  return isAlphanumeric(c) || (c >= 0x3040 && c < 0xd800) || (c >= 0xe000 && c < 0xfe00);
}

/** A letter (isLetter) or a digit. */
export function isAlphanumeric(c: number): boolean {
  return isLetter(c) || isDigit(c);
}

/** A character inside a word as a name or an abbreviation writes it: letters, digits, ' ’ . - ("U.S.", "O’Neill"). */
export function isWordChar(c: number): boolean {
  return isAlphanumeric(c) || isApostrophe(c) || c === 46 || c === 45;
}

/** Space, tab, line breaks, no-break space, the Unicode line and paragraph separators and the BOM. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff;
}

/** What a regular expression's \s matches: isSpace and the other Unicode spaces. */
export function isWhitespace(c: number): boolean {
  return isSpace(c) || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}
