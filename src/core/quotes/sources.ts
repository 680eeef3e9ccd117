// Stated sources of a sentence: the medium or outlet the words came through ("in an interview
// with Sputnik"), or a photo credit ("REUTERS/Ueslei Marcelino").
import type { Span } from '../types';

const PHOTO_CREDIT = /\b([A-Z][A-Za-z]*(?: Photo)?\/[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})/;

const MEDIUM =
  /\bin (?:an?|the|his|her|their|a) (?:(?:exclusive|recent|televised|written|phone|telephone|radio|TV|television|joint|separate|brief|lengthy|new|wide-ranging|online|video|press|statement) )*(interview|statement|speech|press conference|news conference|press release|letter|tweet|post|op-ed|column|memo|email|e-mail|video|appearance|briefing|address|report|book|blog post|essay|podcast|filing|testimony)((?: (?:with|to|on|for|at|by|from) (?:the )?[A-Z][\w&.'’-]*(?: (?:of )?[A-Z][\w&.'’-]*){0,4})?)/;

const TOLD_OUTLET =
  /\btold (?:the )?((?:[A-Z]{2,}[\w]*|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} (?:News|Times|Post|Journal|Radio|TV|Magazine|Agency|Network|Herald|Tribune|Telegraph|Guardian|Daily)|Reuters|Sputnik|Bloomberg|Politico|Axios|Fox|Interfax|TASS|Xinhua))\b/;

const SOCIAL = /\bon (Twitter|Facebook|Instagram|YouTube|Telegram|TikTok|Truth Social|Weibo|LinkedIn|Reddit)\b/;

export function statedSource(text: string, sentence: Span): string | null {
  const s = text.slice(sentence.start, sentence.end);
  if (s.includes('/')) {
    const credit = PHOTO_CREDIT.exec(s);
    if (credit) return credit[1];
  }
  if (s.includes('in ')) {
    const medium = MEDIUM.exec(s);
    if (medium) return (medium[1] + medium[2]).replace(/[.,]$/, '');
  }
  if (s.includes('told ')) {
    const told = TOLD_OUTLET.exec(s);
    if (told) return told[1];
  }
  if (s.includes(' on ')) {
    const social = SOCIAL.exec(s);
    if (social) return social[1];
  }
  return null;
}
