// The publication date in a page's JSON-LD (schema.org): `datePublished`, else `dateCreated`, of the
// object that is the page's article. Blocks may hold one object, an array, an `@graph`, or nest the
// article anywhere (a WebPage's `mainEntity`). Objects that are parts of something else — the
// publisher, an author, a comment, an item in a list — do not date the page.

import type { ScriptFact } from './pageScan';
import { dayInValue, type DayMatch } from './dateText';

export interface JsonLdDate extends DayMatch {
  property: 'datePublished' | 'dateCreated' | 'uploadDate';
  type: string;
}

const ARTICLE_TYPES = /^(?:\w*Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting|Report|Review|Blog|PressRelease|OpinionNewsArticle|AnalysisNewsArticle|Dataset|ScholarlyArticle|Recipe|HowTo|Event)$/i;
const PAGE_TYPES = /^(?:WebPage|ItemPage|CollectionPage|AboutPage|ProfilePage|QAPage|FAQPage|MediaObject|VideoObject|AudioObject|ImageObject|CreativeWork|WebSite|Periodical|PublicationIssue|Book|Movie|Episode|PodcastEpisode)$/i;
// Keys whose values are other things than the page: their dates are not its publication date.
const FOREIGN_KEYS = new Set(['comment', 'comments', 'review', 'reviews', 'author', 'creator', 'publisher', 'itemlistelement', 'relatedlink', 'citation', 'isbasedon', 'haspart', 'recipeinstructions', 'video', 'image', 'associatedmedia', 'about', 'mentions', 'sourceorganization', 'subjectof', 'workexample', 'potentialaction', 'breadcrumb']);
const MAX_BLOCK = 500_000;

interface Found {
  date: JsonLdDate;
  rank: number;
}

function typesOf(node: Record<string, unknown>): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type.replace(/^.*[/:#]/, '')];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:#]/, ''));
  return [];
}

/** Lower rank is better: the article's datePublished first, any object's dateCreated last. */
function rankOf(types: string[], property: JsonLdDate['property']): number {
  const kind = types.some((t) => ARTICLE_TYPES.test(t)) ? 0 : types.some((t) => PAGE_TYPES.test(t)) ? 1 : 2;
  return kind * 3 + (property === 'datePublished' ? 0 : property === 'dateCreated' ? 1 : 2);
}

function walk(node: unknown, foreign: boolean, depth: number, visit: (node: Record<string, unknown>) => void): void {
  if (depth > 40 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) walk(item, foreign, depth + 1, visit);
    return;
  }
  const object = node as Record<string, unknown>;
  if (!foreign) visit(object);
  for (const [key, value] of Object.entries(object)) {
    if (value !== null && typeof value === 'object') walk(value, foreign || FOREIGN_KEYS.has(key.toLowerCase()), depth + 1, visit);
  }
}

/** Pages' JSON-LD is often not quite JSON: raw line breaks and tabs inside strings, HTML comments around it. */
function parseLenient(text: string): unknown {
  const trimmed = text.trim().replace(/^<!--|-->$/g, '').replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '');
  try {
    return JSON.parse(trimmed);
  } catch {
    try {
      return JSON.parse(trimmed.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}

/** Source range of `"property": "value"` in the block, searched from the key's n-th occurrence on. */
function locate(script: ScriptFact, property: string, value: string, from: number): { start: number; end: number; next: number } {
  const key = `"${property}"`;
  let at = script.text.indexOf(key, from);
  while (at >= 0) {
    const valueAt = script.text.indexOf(value, at + key.length);
    if (valueAt >= 0 && valueAt - at < key.length + 20) return { start: script.start + valueAt, end: script.start + valueAt + value.length, next: at + key.length };
    at = script.text.indexOf(key, at + key.length);
  }
  return { start: script.start, end: script.start, next: from };
}

/** `modified`, when given, receives every day a page object gives as its dateModified. */
export function jsonLdDate(scripts: ScriptFact[], plausible: (day: string) => boolean, modified?: Set<string>): JsonLdDate | null {
  let best: Found | null = null;
  for (const script of scripts) {
    if (script.text.length > MAX_BLOCK) continue;
    const data = parseLenient(script.text);
    if (data === undefined) continue;
    const searched: Record<string, number> = {};
    walk(data, false, 0, (object) => {
      const types = typesOf(object);
      const changed = modified && typeof object.dateModified === 'string' ? dayInValue(object.dateModified) : null;
      if (changed) modified!.add(changed.day);
      for (const property of ['datePublished', 'dateCreated', 'uploadDate'] as const) {
        const value = object[property];
        if (typeof value !== 'string') continue;
        const match = dayInValue(value);
        if (!match || !plausible(match.day)) continue;
        const rank = rankOf(types, property);
        const place = locate(script, property, value, searched[property] ?? 0);
        searched[property] = place.next;
        if (!best || rank < best.rank) {
          best = { rank, date: { day: match.day, utc: match.utc, start: place.start + match.start, end: place.start + match.end, property, type: types[0] ?? 'object' } };
        }
      }
    });
  }
  return (best as Found | null)?.date ?? null;
}
