// Word look-up straight on the text: the scanners ask "is text[start, end) one of these words?"
// for every word of a sentence, and making a lower-case string for each would dominate their time.

/**
 * Hash of text[start, end) with ASCII letters folded to lower case. A scanner that walks a word
 * anyway computes it on the way, `hash = (Math.imul(hash, 31) + (code | 32)) | 0` from 0 over the
 * characters, and calls findHashed: a function imported from another module costs a property read
 * per call under CommonJS, too much for once per character.
 */
export function hashRange(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + (text.charCodeAt(i) | 32)) | 0;
  return hash;
}

function finish(hash: number, length: number): number {
  const h = (hash + length) | 0;
  return h ^ (h >>> 15);
}

/** True when text[start, end) equals `word` (lower case) ignoring the case of ASCII letters. */
export function equalsFolded(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = start, k = 0; i < end; i++, k++) {
    let code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) code |= 32;
    if (code !== word.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * A fixed set of lower-case words, looked up by text range without allocating. Each word can carry
 * a number (flags): after a look-up, `flags` holds the found word's (0 when not found).
 */
export class Vocabulary {
  private readonly keys: string[];
  private readonly values: Int32Array;
  private readonly mask: number;
  flags = 0;

  constructor(words: Iterable<string>, flagsOf: (word: string) => number = () => 0) {
    const unique = [...new Set(words)].filter((w) => w.length > 0);
    let size = 16;
    while (size < unique.length * 4) size *= 2;
    this.mask = size - 1;
    this.keys = new Array<string>(size).fill('');
    this.values = new Int32Array(size);
    for (const word of unique) {
      let slot = finish(hashRange(word, 0, word.length), word.length) & this.mask;
      while (this.keys[slot] !== '') slot = (slot + 1) & this.mask;
      this.keys[slot] = word;
      this.values[slot] = flagsOf(word);
    }
  }

  /** The word at text[start, end) in lower case when it is in the vocabulary, else ''. */
  find(text: string, start: number, end: number): string {
    return this.findHashed(hashRange(text, start, end), text, start, end);
  }

  /** As find, with the hash of the range already computed (see hashRange). */
  findHashed(hash: number, text: string, start: number, end: number): string {
    let slot = finish(hash, end - start) & this.mask;
    for (;;) {
      const key = this.keys[slot];
      if (key === '') {
        this.flags = 0;
        return '';
      }
      if (equalsFolded(key, text, start, end)) {
        this.flags = this.values[slot];
        return key;
      }
      slot = (slot + 1) & this.mask;
    }
  }
}
