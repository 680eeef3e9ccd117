// Resolves speaker mentions to people: a name to its longest form in the article ("Arce" →
// "Luis Arce"), a pronoun to the most recent person, a description ("the president") to the most
// recent person holding that title. Mentions must be fed in text order.
import type { AttributionMethod } from '../types';
import { FEMALE_FIRST_NAMES, FEMALE_TITLES, MALE_FIRST_NAMES, MALE_TITLES, NOT_NAME_START, TITLES } from './en/lexicon';
import type { Mention } from './mentions';
import { isLetter, isWordChar } from '../chars';
import { keepShape } from '../textShapes';

type Gender = 'female' | 'male' | null;

interface Person {
  name: string;
  titles: ReadonlySet<string>;
  /** Where the name was written. */
  at: number;
  /** As the first name or a title says it; null when neither does. */
  gender: Gender;
}

/** The gender a first name or title states ("Maria Lopez", "Mr. Reed", "the spokeswoman"), or null. */
function genderOf(name: string, titles: ReadonlySet<string>): Gender {
  if (titles.size > 0) {
    for (const title of titles) {
      if (FEMALE_TITLES.has(title)) return 'female';
      if (MALE_TITLES.has(title)) return 'male';
    }
  }
  // Any word before the surname: "Comedian Sarah Silverman", "Sen. Elizabeth Warren". A surname
  // alone ("Arce", most mentions) has none, and is not split.
  const surnameAt = name.lastIndexOf(' ');
  if (surnameAt < 0) return null;
  const words = name.slice(0, surnameAt).toLowerCase().split(' ');
  for (let i = 0; i < words.length; i++) {
    if (FEMALE_FIRST_NAMES.has(words[i])) return 'female';
    if (MALE_FIRST_NAMES.has(words[i])) return 'male';
  }
  return null;
}

/** The gender a pronoun states: he, she (and their other cases); null for I, we, they. */
function genderOfPronoun(pronoun: string): Gender {
  const lower = pronoun.toLowerCase();
  if (lower === 'he' || lower === 'him' || lower === 'his') return 'male';
  if (lower === 'she' || lower === 'her' || lower === 'hers') return 'female';
  return null;
}

export interface Resolution {
  name: string;
  method: AttributionMethod;
}

// Names are looked up this far around the mention (about an article), so a 10 MB input with
// thousands of speakers stays linear.
const NAME_WINDOW_BEFORE = 1500;
const NAME_WINDOW_AFTER = 400;
// A surname with no longer form that close is looked up further back, where the article may
// have introduced the person ("Maria Espinoza … [two screens later] … Espinoza said").
const NAME_WINDOW_BEFORE_FAR = 5000;
// A pronoun or description refers to a person named at most this far before it. Every resolution
// depends only on the text and the names within this distance, never on what was resolved before:
// a caller can resolve a few mentions and get the same answers as for the whole text.
export const PERSON_CONTEXT = 1500;
// A description looks back over this many named people for one with its title.
export const DESCRIPTION_LOOKBACK = 6;

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

interface Occurrence {
  at: number;
  /** The capitalised words ending at this occurrence of the surname ("Luis Arce"). */
  words: string[];
  /** Those words joined: the name as written there. */
  form: string;
  /** A title written right before them ("president"), or null. */
  title: string | null;
}

interface SurnameScan {
  /** Occurrences found in text[from, scannedTo), in text order, from index `first` on. */
  occurrences: Occurrence[];
  first: number;
  /** Index of the last occurrence with a longer form or a title (-1: none): lets a window of bare surnames be skipped. */
  lastRich: number;
  from: number;
  scannedTo: number;
}

/**
 * Does the mention point back to a person named earlier? Pronouns do, and so does a definite,
 * singular person description ("the president", "his spokesman"); "officials" or "the company" do not.
 */
export function refersBack(text: string, mention: Mention): boolean {
  if (mention.kind === 'pronoun') return true;
  if (mention.kind !== 'description' || !PERSON_ROLES.has(mention.role ?? '')) return false;
  return /^(?:the|his|her|their)\s/.test(text.slice(mention.start, mention.start + 6).toLowerCase());
}

// Shared by every person named without a title; never modified.
const NO_TITLES: ReadonlySet<string> = new Set<string>();

// A class, not a closure per document: a closure's optimized code is lost at the first garbage
// collection after its document (docs/performance.md, "Optimized code lost between documents").
export function createResolver(text: string): Resolver {
  return new Resolver(text);
}

export class Resolver {
  private readonly people: Person[] = [];
  // Per surname, the occurrences already found: mentions arrive in text order, so consecutive
  // look-ups of the same person scan only the newly covered text.
  private readonly nearScans = new Map<string, SurnameScan>();
  private readonly farScans = new Map<string, SurnameScan>();

  constructor(private readonly text: string) { keepShape(this); }

  private occurrencesOf(scans: Map<string, SurnameScan>, surname: string, from: number, to: number): SurnameScan {
    const text = this.text;
    let scan = scans.get(surname);
    if (!scan || from < scan.from || from >= scan.scannedTo) {
      scan = { occurrences: [], first: 0, lastRich: -1, from, scannedTo: from };
      scans.set(surname, scan);
    }
    if (to > scan.scannedTo) {
      // An occurrence is found once its last character is inside the scanned text.
      const scanFrom = Math.max(from, scan.scannedTo - surname.length + 1);
      // Search a copy of the window: indexOf on the whole text would run to the end of a 10 MB
      // input whenever the surname does not occur again nearby.
      const window = text.slice(scanFrom, to);
      for (let w = window.indexOf(surname); w >= 0; w = window.indexOf(surname, w + 1)) {
        const occurrence = readOccurrence(text, scanFrom + w, surname);
        if (!occurrence) continue;
        if (occurrence.title !== null || occurrence.words.length > 1) scan.lastRich = scan.occurrences.length;
        scan.occurrences.push(occurrence);
      }
      scan.scannedTo = to;
    }
    // Occurrences before `from` have left the window for good (look-ups move forward): drop them in
    // one compaction once they are half of the list, not one splice per look-up.
    let first = scan.first;
    while (first < scan.occurrences.length && scan.occurrences[first].at < from) first++;
    if (first > 32 && first * 2 > scan.occurrences.length) {
      scan.occurrences.splice(0, first);
      scan.lastRich -= first;
      first = 0;
    }
    scan.first = first;
    scan.from = from;
    return scan;
  }

  /** Longest mention around `at` containing every word of `name`, plus the titles seen there. */
  private longestForm(name: string, at: number): { name: string; titles: ReadonlySet<string> } {
    const text = this.text;
    // A mention written in full ("Luis Arce") is taken as is; only a lone surname needs a look
    // around for its longer form.
    if (name.includes(' ')) return { name, titles: NO_TITLES };
    const surname = name.endsWith('s') && (name.endsWith("'s") || name.endsWith('’s')) ? name.slice(0, -2) : name;
    const to = Math.min(text.length, at + NAME_WINDOW_AFTER);
    const near = bestForm(this.occurrencesOf(this.nearScans, surname, Math.max(0, at - NAME_WINDOW_BEFORE), to), name, surname, to);
    if (near.name !== name) return near;
    const far = bestForm(this.occurrencesOf(this.farScans, surname, Math.max(0, at - NAME_WINDOW_BEFORE_FAR), at - NAME_WINDOW_BEFORE), name, surname, at - NAME_WINDOW_BEFORE);
    return far.name !== name ? { name: far.name, titles: new Set([...near.titles, ...far.titles]) } : near;
  }

  resolve(mention: Mention): Resolution {
    const text = this.text;
    const people = this.people;
    let written = text.slice(mention.start, mention.end);
    if (written.includes('\n')) written = written.replace(/\s+/g, ' ');
    if (mention.kind === 'name') {
      const form = this.longestForm(written, mention.start);
      const titles = form.titles.size === 0 && mention.titles.length === 0 ? NO_TITLES : new Set([...form.titles, ...mention.titles]);
      // Only the last DESCRIPTION_LOOKBACK people are ever read: drop the older ones now and then,
      // rather than keep a Person per name mention for the whole analysis.
      if (people.length >= 64) people.splice(0, people.length - DESCRIPTION_LOOKBACK);
      people.push({ name: form.name, titles, at: mention.start, gender: genderOf(form.name, titles) });
      return { name: form.name, method: 'name' };
    }
    // Only people named within PERSON_CONTEXT before the mention are candidates.
    const horizon = mention.start - PERSON_CONTEXT;
    const last = people.length > 0 && people[people.length - 1].at >= horizon ? people[people.length - 1] : null;
    if (mention.kind === 'pronoun') {
      // "he" after "Maria Lopez … Gov. Tom Reed": not the woman quoted last. The nearest person the
      // pronoun can stand for: someone quoted nearby whose name says the same gender, else someone
      // named in the text ("Her opponent, Gov. Tom Reed, was unmoved"). A name that says neither
      // may be anyone, or an organisation: the pronoun is then left unresolved rather than guessed.
      const gender = genderOfPronoun(written);
      const opposite = gender === 'male' ? 'female' : gender === 'female' ? 'male' : null;
      if (last && (opposite === null || last.gender !== opposite)) return { name: last.name, method: 'pronoun' };
      if (gender === null) return { name: written, method: 'pronoun' };
      for (let k = people.length - 2; k >= 0 && people.length - k <= DESCRIPTION_LOOKBACK && people[k].at >= horizon; k--) {
        if (people[k].gender === gender) return { name: people[k].name, method: 'pronoun' };
      }
      return { name: namedSince(text, Math.max(last ? last.at : 0, horizon, 0), mention.start, gender) ?? written, method: 'pronoun' };
    }
    if (refersBack(text, mention)) {
      const role = mention.role!;
      for (let k = people.length - 1; k >= 0 && people.length - k <= DESCRIPTION_LOOKBACK && people[k].at >= horizon; k--) {
        if (people[k].titles.has(role) || [...people[k].titles].some((t) => t.startsWith(role))) return { name: people[k].name, method: 'description' };
      }
      if (last && last.titles.size === 0) return { name: last.name, method: 'description' };
    }
    return { name: written, method: 'description' };
  }
}

// A capitalised word followed by another word (a first name to check), and up to four name words.
const FIRST_NAME_CANDIDATE = /\b[A-Z][a-z]+(?= )/g;
const REST_OF_NAME = /(?: (?:[A-Z]\.|[A-Z][A-Za-z'’-]*[a-z])){1,4}/y;

/**
 * The last person named in text[from, to) whose first name says the given gender ("Tom Reed"), or
 * null. Only read when the people quoted nearby cannot be the pronoun's person.
 */
export function namedSince(text: string, from: number, to: number, gender: 'female' | 'male'): string | null {
  const names = gender === 'female' ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES;
  // Each capitalised word is tried as a first name, then the rest of the name is read after it:
  // "Comedian Sarah Silverman" holds "Sarah Silverman". Read only after a first name, and at most
  // four words: a lookahead reading every following capitalised word from every capitalised word
  // was quadratic on a run of them (the regex audit's probe flagged it).
  const window = text.slice(from, to);
  let found: string | null = null;
  FIRST_NAME_CANDIDATE.lastIndex = 0;
  for (let match = FIRST_NAME_CANDIDATE.exec(window); match !== null; match = FIRST_NAME_CANDIDATE.exec(window)) {
    if (!names.has(match[0].toLowerCase())) continue;
    REST_OF_NAME.lastIndex = match.index + match[0].length;
    const rest = REST_OF_NAME.exec(window);
    if (rest) found = (match[0] + rest[0]).replace(/['’]s$/, '');
  }
  return found;
}

/** The longest form among the occurrences ending before `to`, and every title seen there. */
function bestForm(scan: SurnameScan, name: string, surname: string, to: number): { name: string; titles: ReadonlySet<string> } {
  // Only bare surnames in the window (the person is never named in full nearby): nothing to find.
  if (scan.lastRich < scan.first) return { name, titles: NO_TITLES };
  let best = name;
  const titles = new Set<string>();
  const occurrences = scan.occurrences;
  for (let k = scan.first; k < occurrences.length; k++) {
    const occurrence = occurrences[k];
    if (occurrence.at + surname.length > to) break;
    if (occurrence.title) titles.add(occurrence.title);
    const form = occurrence.form;
    if (form.length > best.length && occurrence.words.includes(surname) && occurrence.words.includes(name)) best = form;
  }
  return { name: best, titles };
}

/**
 * The name ending at an occurrence of a surname: walks back over capitalised words joined by
 * single spaces ("new President Luis Arce" → "Luis Arce" + title). A line break or punctuation
 * ends the name. Null when the surname is part of a longer word.
 */
function readOccurrence(text: string, i: number, surname: string): Occurrence | null {
  // Reads stay inside the string (an out-of-bounds read would throw the optimized code away).
  const after = i + surname.length;
  if ((after < text.length && isLetter(text.charCodeAt(after))) || (i > 0 && isLetter(text.charCodeAt(i - 1)))) return null;
  const words: string[] = [surname];
  let title: string | null = null;
  let cursor = i;
  while (words.length < 4 && cursor > 0) {
    const c = text.charCodeAt(cursor - 1);
    if (c !== 32 && c !== 0xa0) break;
    let wordStart = cursor - 1;
    while (wordStart > 0 && isWordChar(text.charCodeAt(wordStart - 1))) wordStart--;
    if (wordStart === cursor - 1) break;
    // Most names follow a word that is neither a title nor a name ("said Arce"): one that starts
    // with neither an ASCII capital nor a letter beyond ASCII ends the name, without building it.
    const first = text.charCodeAt(wordStart);
    if (!(first >= 65 && first <= 90) && first < 0xc0 && words.length < 3) break;
    const w = text.slice(wordStart, cursor - 1);
    const lower = w.toLowerCase().replace(/\.$/, '');
    if (TITLES.has(lower) && /^[A-Z]/.test(w)) {
      title = lower;
      break;
    }
    if (!isNameWord(w) || NOT_NAME_START.has(lower) || w.endsWith('.')) {
      // "Ambassador to Bolivia Vladimir Sprinchan": the place belongs to the title.
      if (words.length >= 3 && /^(?:to|of|for|from)$/.test(w)) words.shift();
      break;
    }
    words.unshift(w);
    cursor = wordStart;
  }
  return { at: i, words, form: words.length === 1 ? surname : words.join(' '), title };
}
