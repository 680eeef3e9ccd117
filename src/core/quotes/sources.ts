// Stated sources: the medium or outlet the words came through ("in an interview with Sputnik",
// "told Reuters"), or a photo credit ("REUTERS/Ueslei Marcelino"). Each pattern is
// one global pass over the text (literal prefixes keep them at hundreds of MB/s); hits are then
// assigned to sentences.
import type { Span } from '../types';

// Matched at a slash found with indexOf: a pattern starting with [A-Z] would be tried at every
// capital letter of the text.
const CREDIT_AFTER_SLASH = /\/[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}/y;
const CREDIT_BEFORE_SLASH = /(?:^|[^\w])([A-Z][A-Za-z]*(?: Photo)?)$/;

const MEDIUM =
  /\bin (?:an?|the|his|her|their) (?:(?:exclusive|recent|televised|written|phone|telephone|radio|TV|television|joint|separate|brief|lengthy|new|wide-ranging|online|video|press) )*((?:interview|statement|speech|press conference|news conference|press release|letter|tweet|post|op-ed|column|memo|email|e-mail|video|appearance|briefing|address|report|book|blog post|essay|podcast|filing|testimony)(?: (?:with|to|on|for|at|by|from) (?:the )?[A-Z][\w&.'’-]*(?: (?:of )?[A-Z][\w&.'’-]*){0,4})?)/g;

const TOLD_OUTLET =
  /told (?:the )?((?:[A-Z]{2,}[\w]*|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} (?:News|Times|Post|Journal|Radio|TV|Magazine|Agency|Network|Herald|Tribune|Telegraph|Guardian|Daily)|Reuters|Sputnik|Bloomberg|Politico|Axios|Fox|Interfax|TASS|Xinhua))\b/y;


interface Hit {
  at: number;
  source: string;
  /** Photo credits also label the caption sentence before them. */
  credit: boolean;
}

function collect(text: string, pattern: RegExp, group: number, credit: boolean, hits: Hit[]): void {
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null) hits.push({ at: m.index, source: m[group].replace(/[.,]$/, ''), credit });
}

/**
 * The stated source of each sentence (null when none), in sentence order. `verbs` are the speech
 * verb offsets already found (speechVerbPositions): "told X" is checked only there.
 */
export function statedSources(text: string, sentences: Span[], verbs: number[]): (string | null)[] {
  const hits: Hit[] = [];
  for (let slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
    CREDIT_AFTER_SLASH.lastIndex = slash;
    const after = CREDIT_AFTER_SLASH.exec(text);
    if (!after) continue;
    const before = CREDIT_BEFORE_SLASH.exec(text.slice(Math.max(0, slash - 20), slash));
    if (!before) continue;
    hits.push({ at: slash - before[1].length, source: before[1] + after[0], credit: true });
  }
  collect(text, MEDIUM, 1, false, hits);
  for (const at of verbs) {
    if (!text.startsWith('told ', at)) continue;
    TOLD_OUTLET.lastIndex = at;
    const told = TOLD_OUTLET.exec(text);
    if (told) hits.push({ at, source: told[1], credit: false });
  }
  hits.sort((a, b) => a.at - b.at || Number(b.credit) - Number(a.credit));
  const result: (string | null)[] = new Array(sentences.length).fill(null);
  let s = 0;
  for (const hit of hits) {
    while (s < sentences.length && sentences[s].end <= hit.at) s++;
    if (s >= sentences.length) break;
    if (hit.at < sentences[s].start) continue;
    if (result[s] === null) result[s] = hit.source;
    // A credit right at the start of a sentence belongs to the caption just before it too:
    // "… October 24, 2020. REUTERS/Ueslei Marcelino".
    if (hit.credit && s > 0 && hit.at === sentences[s].start && result[s - 1] === null) result[s - 1] = hit.source;
  }
  return result;
}
