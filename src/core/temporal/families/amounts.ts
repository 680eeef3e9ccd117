// Amounts before a time unit: "11", "eleven", "two and a half", "more than 20", "a few".
import { NUMBER_WORDS, VAGUE_QUANTITIES } from '../en/lexicon';
import { APPROXIMATORS, OVER_AS_MORE_THAN, TWO_WORD_APPROXIMATORS } from '../en/words';
import { Parser } from '../tokens';

export interface Amount {
  first: number;
  value: number | null; // null = vague ("several")
}

/** Reads an amount that ends right before token `end` (exclusive); null when there is none. */
export function amountBefore(p: Parser, end: number): Amount | null {
  let j = end - 1;
  if (p.lower(j) === '-' && p.glued(j) && p.glued(j - 1)) j--;
  if (p.lower(j) === 'of' && (p.lower(j - 1) === 'couple' || p.lower(j - 1) === 'dozen')) j--;
  if (!p.has(j)) return null;
  if (p.isDigits(j)) {
    // "2 1/2"
    if (p.lower(j - 1) === '/' && p.isDigits(j - 2) && p.glued(j - 2) && p.glued(j - 1) && p.num(j) > 0) {
      const fraction = p.num(j - 2) / p.num(j);
      if (p.isDigits(j - 3) && fraction < 1) return { first: j - 3, value: p.num(j - 3) + fraction };
      return { first: j - 2, value: fraction };
    }
    // "1.5" or "1,000"
    if (p.lower(j - 1) === '.' && p.isDigits(j - 2) && p.glued(j - 2) && p.glued(j - 1)) {
      return { first: j - 2, value: Number(`${p.raw(j - 2)}.${p.raw(j)}`) };
    }
    if (p.lower(j - 1) === ',' && p.isDigits(j - 2)) return null;
    const currency = p.lower(j - 1);
    if (p.glued(j - 1) && (currency === '$' || currency === '£' || currency === '€')) return null;
    return { first: j, value: p.num(j) };
  }
  const word = p.lower(j);
  if (VAGUE_QUANTITIES.has(word) && word !== 'recent' && word !== 'coming') {
    let first = j;
    if (word === 'few' && (p.lower(j - 1) === 'a' || p.lower(j - 1) === 'the')) first = p.lower(j - 1) === 'a' ? j - 1 : j;
    return { first, value: null };
  }
  if (NUMBER_WORDS.get(word) === undefined) return null;
  if (word === 'a' || word === 'an') {
    // "half a year", "half an hour"
    if (p.lower(j - 1) === 'half') return { first: j - 1, value: 0.5 };
    return { first: j, value: 1 };
  }
  // Collect number words leftwards: "twenty four", "twenty-four", "a hundred", "one and a half".
  let first = j;
  while (first - 1 >= 0) {
    const prev = p.lower(first - 1);
    if (prev === '-' && NUMBER_WORDS.get(p.lower(first - 2)) !== undefined && p.lower(first - 2) !== 'a') first -= 2;
    else if (NUMBER_WORDS.get(prev) !== undefined && prev !== 'a' && prev !== 'an' && prev !== 'half' && prev !== 'single') first--;
    else break;
  }
  const words: string[] = [];
  for (let i = first; i <= j; i++) if (p.lower(i) !== '-') words.push(p.lower(i));
  // "a" / "an" only directly before the unit or before hundred / dozen / couple.
  if ((words[0] === 'hundred' || words[0] === 'thousand' || words[0] === 'dozen' || words[0] === 'couple') && (p.lower(first - 1) === 'a' || p.lower(first - 1) === 'an')) {
    first--;
    words.unshift('a');
  }
  if (words[0] === 'half' && (p.lower(first - 1) === 'a' || p.lower(first - 1) === 'an')) {
    // "a half hour"
    first--;
    words.shift();
    words.unshift('half');
  }
  let total = 0;
  let current = 0;
  for (const w of words) {
    const n = NUMBER_WORDS.get(w)!;
    if (n === 100 || n === 1000) current = (current || 1) * n;
    else if (w === 'dozen') current = (current || 1) * 12;
    else if (w === 'couple') current = 2;
    else current += n;
    if (n === 1000) {
      total += current;
      current = 0;
    }
  }
  total += current;
  if (total <= 0) return null;
  return { first, value: total };
}

export function approximatorBefore(p: Parser, first: number): number {
  const prev = p.lower(first - 1);
  if (APPROXIMATORS.has(prev)) return first - 1;
  if (prev === 'over' && OVER_AS_MORE_THAN.has(p.lower(first - 2))) return first - 1;
  const before = p.lower(first - 2);
  if (TWO_WORD_APPROXIMATORS[before]?.has(prev)) return first - 2;
  return first;
}
