// The subject after an inverted verb ("…," said Caddell; said the spokesman; said former secretary
// of state Hillary Clinton) and the mention after "according to": read from the tokens after the
// verb. Split from mentions.ts, which reads names and subjects before a verb.
import { DETERMINERS, PRONOUNS, ROLE_NOUNS, TITLES } from './en/lexicon';
import { FUNCTION_WORDS, isReportingVerb, type Mention, nameStartingAt, type Token, tokenIndexFrom } from './mentions';

/** The subject after an inverted reporting verb ("said Caddell", "said the spokesman"). */
export function subjectAfter(tokens: Token[], verb: number): Mention | null {
  return plainSubjectAfter(tokens, verb) ?? describedNameAfter(tokens, verb);
}

/**
 * "said Republican political consultant Chris Russell", "said Florida’s Rick Wilson": a name after
 * a description that mixes capitalised titles, party or place words and lower-case ones (up to
 * five words, no determiner, preposition or punctuation), then the name, and a title and a second
 * name after it ("Democratic Party chairman Tom Perez"): the last name.
 */
function describedNameAfter(tokens: Token[], verb: number): Mention | null {
  for (let k = verb + 1; k < tokens.length && k - verb <= 6; k++) {
    const t = tokens[k];
    // "Secretary of State John Kerry", "former secretary of state Hillary Clinton": an office
    // named with "of" after its title.
    if (t.lower === 'of' && isTitleWord(tokens[k - 1]) && tokens[k + 1] && !tokens[k + 1].punct && !DETERMINERS.has(tokens[k + 1].lower) && !PRONOUNS.has(tokens[k + 1].lower)) {
      k++;
      continue;
    }
    if (t.punct || t.stop || DETERMINERS.has(t.lower) || FUNCTION_WORDS.has(t.lower) || PRONOUNS.has(t.lower) || isReportingVerb(t)) return null;
    if (!t.cap || TITLES.has(t.lower) || t.possessive || ROLE_NOUNS.has(t.lower)) continue;
    if (k === verb + 1) return null;
    let name = nameStartingAt(tokens, k);
    if (!name) return null;
    const after = tokenIndexFrom(tokens, name.end);
    const title = tokens[after];
    if (title && !title.punct && (TITLES.has(title.lower) || ROLE_NOUNS.has(title.lower)) && tokens[after + 1]?.cap) name = nameStartingAt(tokens, after + 1) ?? name;
    return name;
  }
  return null;
}

function isTitleWord(token: Token | undefined): boolean {
  return token !== undefined && !token.punct && (TITLES.has(token.lower) || ROLE_NOUNS.has(token.lower));
}

function plainSubjectAfter(tokens: Token[], verb: number): Mention | null {
  let j = verb + 1;
  if (j >= tokens.length) return null;
  if (tokens[j].punct) return null;
  if (PRONOUNS.has(tokens[j].lower) && tokens[j].lower !== 'it') return { start: tokens[j].start, end: tokens[j].end, kind: 'pronoun', titles: [] };
  // "said former South Carolina Gov. Jim Hodges", "said spokesman John Kirby": lower-case
  // modifiers and a role noun may precede the name.
  const first = j;
  while (j < tokens.length && j - first < 3 && !tokens[j].cap && !tokens[j].punct && !DETERMINERS.has(tokens[j].lower) && !FUNCTION_WORDS.has(tokens[j].lower)) j++;
  const t = tokens[j];
  if (!t) return null;
  if (t.cap) {
    let name = nameStartingAt(tokens, j);
    // "Utah governor Michael Leavitt": a place before a lower-case title is not the name.
    if (name) {
      const after = tokenIndexFrom(tokens, name.end);
      const title = tokens[after];
      if (title && !title.punct && (TITLES.has(title.lower) || (!title.cap && ROLE_NOUNS.has(title.lower))) && tokens[after + 1]?.cap) {
        name = nameStartingAt(tokens, after + 1) ?? name;
      }
      return name;
    }
  }
  if (j > first) return null;
  // "said the spokesman", "said a senior official", "said Clinton's campaign manager".
  for (let k = j; k < tokens.length && k - j <= 5; k++) {
    const w = tokens[k];
    if (w.punct || w.lower === 'and' || w.lower === 'or') break;
    if (ROLE_NOUNS.has(w.lower) && !w.possessive) {
      const next = tokens[k + 1];
      if (next && !next.punct && ROLE_NOUNS.has(next.lower) && !next.cap) continue; // "campaign manager"
      if (k === j && !w.lower.endsWith('s')) return null;
      return { start: t.start, end: w.end, kind: 'description', titles: [], role: w.lower };
    }
    if (k === j && !(DETERMINERS.has(w.lower) || w.possessive || w.cap)) return null;
  }
  // Any determiner-led noun phrase: "said the 46-year-old", "said the printed slate card".
  if (DETERMINERS.has(t.lower)) {
    let end = j;
    for (let k = j + 1; k < tokens.length && k - j <= 4; k++) {
      const w = tokens[k];
      if (w.punct || FUNCTION_WORDS.has(w.lower) || isReportingVerb(w)) break;
      end = k;
      if (w.stop) break;
    }
    if (end > j) return { start: t.start, end: tokens[end].end, kind: 'description', titles: [], role: tokens[end].lower };
    // "…,” tweeted another.", "…,” read one.": the determiner stands alone for the noun before.
    if ((t.lower === 'another' || t.lower === 'one') && (j + 1 >= tokens.length || tokens[j + 1].punct)) return { start: t.start, end: t.end, kind: 'description', titles: [] };
  }
  return null;
}

/** "according to X": the mention after "to". */
export function accordingTo(tokens: Token[], index: number): Mention | null {
  if (tokens[index].lower !== 'according' || tokens[index + 1]?.lower !== 'to') return null;
  return subjectAfter(tokens, index + 1);
}
