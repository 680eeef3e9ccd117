// Characters that change how text reads without being seen: bidirectional controls (a right-to-left
// override shows "2023" for bytes that say "3202") and invisible ones (zero-width spaces, word
// joiners, tag characters). In a fact-checking tool, a quote must read as what it is: these are
// found (the hidden-text finding) and shown by name instead of being applied (hover, timeline).

export interface HiddenRun {
  /** Offsets of a run of consecutive hidden characters, end exclusive. */
  start: number;
  end: number;
  /** The characters' short names, in order ("RLO", "ZWSP"). */
  names: string[];
  /** The run holds a bidirectional control. */
  bidi: boolean;
}

const NAMES: Record<number, string> = {
  0x061c: 'ALM',
  0x200b: 'ZWSP',
  0x200c: 'ZWNJ',
  0x200d: 'ZWJ',
  0x200e: 'LRM',
  0x200f: 'RLM',
  0x202a: 'LRE',
  0x202b: 'RLE',
  0x202c: 'PDF',
  0x202d: 'LRO',
  0x202e: 'RLO',
  0x2060: 'WJ',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x2066: 'LRI',
  0x2067: 'RLI',
  0x2068: 'FSI',
  0x2069: 'PDI',
  0xfeff: 'ZWNBSP',
  0x180e: 'MVS',
  0x034f: 'CGJ',
  0x115f: 'HANGUL CHOSEONG FILLER',
  0x1160: 'HANGUL JUNGSEONG FILLER',
  0x3164: 'HANGUL FILLER',
  0xffa0: 'HALFWIDTH HANGUL FILLER',
};

/** Bidirectional controls: they reorder what follows them, so they are always hidden text. */
const BIDI = new Set([0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);

// One pass finds candidates; joiners and tag characters are then judged by their neighbours.
const CANDIDATE_SOURCE = /[\u034f\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0]|\udb40[\udc00-\udc7f]/;
const CANDIDATE = new RegExp(CANDIDATE_SOURCE.source, 'g');

/** A short name for a hidden character: "RLO", "ZWSP", "TAG t" for the tag character of "t". */
export function hiddenCharName(char: string): string {
  const code = char.codePointAt(0)!;
  if (code >= 0xe0000 && code <= 0xe007f) {
    const ascii = code - 0xe0000;
    return ascii >= 0x20 && ascii < 0x7f ? `TAG ${String.fromCharCode(ascii)}` : `TAG U+${code.toString(16).toUpperCase()}`;
  }
  return NAMES[code] ?? `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Whether the character at `index` (a candidate) hides anything in its context. Joiners (ZWJ, ZWNJ)
 * shape emoji sequences and Arabic, Persian and Indic words, where they are meant: they count only
 * next to Latin letters, digits, spaces or punctuation (ASCII), or at the text's edge. Tag characters
 * spell out subdivision flags after a black flag (U+1F3F4), nowhere else. A byte-order mark opening the text is
 * a file's encoding mark.
 */
function hides(text: string, index: number, char: string): boolean {
  const code = char.codePointAt(0)!;
  if (code === 0xfeff) return index > 0;
  if (code === 0x200c || code === 0x200d) {
    const before = text.charCodeAt(index - 1);
    const after = text.charCodeAt(index + 1);
    return !(before > 0x7f && after > 0x7f);
  }
  if (code >= 0xe0000) {
    let i = index;
    while (i >= 2 && text.charCodeAt(i - 2) === 0xdb40 && text.charCodeAt(i - 1) >= 0xdc00 && text.charCodeAt(i - 1) <= 0xdc7f) i -= 2;
    return text.codePointAt(i - 2) !== 0x1f3f4;
  }
  return true;
}

/** Whether the text may hold hidden characters (one regex test; most texts hold none). */
export function hasHiddenCandidates(text: string): boolean {
  return CANDIDATE_SOURCE.test(text);
}

/** Runs of hidden characters in `text`, in order. */
export function findHiddenRuns(text: string, from = 0, to = text.length): HiddenRun[] {
  const runs: HiddenRun[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(0, to);
  CANDIDATE.lastIndex = from;
  for (let match = CANDIDATE.exec(slice); match; match = CANDIDATE.exec(slice)) {
    if (!hides(slice, match.index, match[0])) continue;
    const end = match.index + match[0].length;
    const last = runs[runs.length - 1];
    const bidi = BIDI.has(match[0].codePointAt(0)!);
    if (last && last.end === match.index) {
      last.end = end;
      last.names.push(hiddenCharName(match[0]));
      last.bidi ||= bidi;
    } else runs.push({ start: match.index, end, names: [hiddenCharName(match[0])], bidi });
  }
  return runs;
}

/** A piece of text, or a hidden character shown by name. */
export type RevealedPart = { text: string } | { hidden: string; name: string };

/** The text cut into plain pieces and named hidden characters (for renderers that style them). */
export function revealParts(text: string): RevealedPart[] {
  const parts: RevealedPart[] = [];
  let at = 0;
  for (const run of findHiddenRuns(text)) {
    if (run.start > at) parts.push({ text: text.slice(at, run.start) });
    let i = run.start;
    for (const name of run.names) {
      const char = String.fromCodePoint(text.codePointAt(i)!);
      parts.push({ hidden: char, name });
      i += char.length;
    }
    at = run.end;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at) });
  return parts;
}

/** The text with each hidden character replaced by its name in brackets: "by ⟦RLO⟧3202". */
export function revealHidden(text: string): string {
  if (!hasHiddenCandidates(text)) return text;
  return revealParts(text)
    .map((part) => ('text' in part ? part.text : `⟦${part.name}⟧`))
    .join('');
}
