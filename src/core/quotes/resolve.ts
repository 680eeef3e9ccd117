// Resolves speaker mentions to people: a name to its longest form in the article ("Arce" →
// "Luis Arce"), a pronoun to the most recent person, a description ("the president") to the most
// recent person holding that title. Mentions must be fed in text order.
import type { AttributionMethod } from '../types';
import { NOT_NAME_START, TITLES } from './lexicon';
import type { Mention } from './mentions';

interface Person {
  name: string;
  titles: Set<string>;
}

export interface Resolution {
  name: string;
  method: AttributionMethod;
}

// Names are looked up this far around the mention (about an article), and a form found is reused
// for later mentions of the same surname nearby, so a 10 MB input with thousands of speakers
// stays linear.
const NAME_WINDOW_BEFORE = 1500;
const NAME_WINDOW_AFTER = 400;
const REUSE_DISTANCE = 8000;

// Descriptions that denote one person and can therefore be resolved to a name.
const PERSON_ROLES = new Set(
  (
    'president president-elect senator spokesman spokeswoman spokesperson official minister ambassador governor ' +
    'candidate nominee congressman congresswoman lawmaker chairman chairwoman director secretary mayor leader ' +
    'aide adviser advisor businessman billionaire mogul judge lawyer attorney professor economist strategist ' +
    'pollster premier chancellor king queen envoy diplomat general commander chief head founder executive ceo ' +
    'owner manager coach incumbent challenger rival opponent host moderator author businesswoman rep'
  ).split(' '),
);


function isNameWord(word: string): boolean {
  const first = word.charCodeAt(0);
  if (!(first >= 65 && first <= 90) && !(first >= 0xc0 && word[0] !== word[0].toLowerCase())) return false;
  const lower = word.toLowerCase().replace(/\.$/, '');
  return !TITLES.has(lower) && !/['’]s$/.test(lower);
}

export function createResolver(text: string) {
  const people: Person[] = [];
  const cache = new Map<string, { name: string; titles: Set<string>; at: number; words: string[] }>();

  /** Longest mention in the neighbourhood containing every word of `name`, plus titles seen. */
  function longestForm(name: string, at: number): { name: string; titles: Set<string> } {
    const words = name.split(' ');
    const surname = words[words.length - 1].replace(/['’]s$/, '');
    // Reuse the form found for this surname a little earlier: one scan per person per article.
    const cached = cache.get(surname);
    if (cached && at - cached.at < REUSE_DISTANCE && words.every((w) => cached.words.includes(w))) return cached;
    // A mention written in full ("Luis Arce") is taken as is; only a lone surname needs a look
    // around for its longer form. This keeps the scans to about one per person.
    if (words.length >= 2 && (!cached || at - cached.at >= REUSE_DISTANCE)) {
      const result = { name, titles: new Set<string>(), at, words };
      cache.set(surname, result);
      return result;
    }
    let best = name;
    let bestWords = words;
    const titles = new Set<string>();
    const from = Math.max(0, at - NAME_WINDOW_BEFORE);
    const to = Math.min(text.length, at + NAME_WINDOW_AFTER);
    // Search a copy of the window: indexOf on the whole text would run to the end of a 10 MB
    // input whenever the surname does not occur again nearby.
    const window = text.slice(from, to);
    for (let w = window.indexOf(surname); w >= 0; w = window.indexOf(surname, w + surname.length)) {
      const i = from + w;
      const after = text.charCodeAt(i + surname.length);
      const before = text.charCodeAt(i - 1);
      if (isLetter(after) || isLetter(before)) continue;
      // Walk back over capitalised words joined by single spaces: "new President Luis Arce" →
      // "Luis Arce" + title. A line break or punctuation ends the name.
      const candidate: string[] = [surname];
      let cursor = i;
      while (candidate.length < 4) {
        const c = text.charCodeAt(cursor - 1);
        if (c !== 32 && c !== 0xa0) break;
        let wordStart = cursor - 1;
        while (wordStart > 0 && isWordChar(text.charCodeAt(wordStart - 1))) wordStart--;
        const w = text.slice(wordStart, cursor - 1);
        if (w.length === 0) break;
        const lower = w.toLowerCase().replace(/\.$/, '');
        if (TITLES.has(lower) && /^[A-Z]/.test(w)) {
          titles.add(lower);
          break;
        }
        if (!isNameWord(w) || NOT_NAME_START.has(lower) || w.endsWith('.')) {
          // "Ambassador to Bolivia Vladimir Sprinchan": the place belongs to the title.
          if (candidate.length >= 3 && /^(?:to|of|for|from)$/.test(w)) candidate.shift();
          break;
        }
        candidate.unshift(w);
        cursor = wordStart;
      }
      const form = candidate.join(' ');
      if (form.length > best.length && words.every((w) => candidate.includes(w))) {
        best = form;
        bestWords = candidate;
      }
    }
    const result = { name: best, titles, at, words: bestWords };
    cache.set(surname, result);
    return result;
  }

  function resolve(mention: Mention): Resolution {
    let written = text.slice(mention.start, mention.end);
    if (written.includes('\n')) written = written.replace(/\s+/g, ' ');
    if (mention.kind === 'name') {
      const form = longestForm(written, mention.start);
      const person = { name: form.name, titles: new Set([...form.titles, ...mention.titles]) };
      people.push(person);
      return { name: person.name, method: 'name' };
    }
    const lower = written.toLowerCase();
    if (mention.kind === 'pronoun') {
      const last = people[people.length - 1];
      return { name: last ? last.name : written, method: 'pronoun' };
    }
    // Descriptions: only a definite, singular person description points back to someone named.
    const role = mention.role ?? '';
    if (PERSON_ROLES.has(role) && /^(?:the|his|her|their)\s/.test(lower)) {
      for (let k = people.length - 1; k >= 0 && people.length - k <= 6; k--) {
        if (people[k].titles.has(role) || [...people[k].titles].some((t) => t.startsWith(role))) {
          people.push(people[k]);
          return { name: people[k].name, method: 'description' };
        }
      }
      const last = people[people.length - 1];
      if (last && last.titles.size === 0) return { name: last.name, method: 'description' };
    }
    return { name: written, method: 'description' };
  }

  return { resolve };
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

function isWordChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 46 || c === 45 || c === 39 || c === 0x2019;
}
