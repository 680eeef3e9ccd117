// The last resort for a page that states no date anywhere else: the publication date its scripts
// carry for the page's own app (a shop's "published_at", a review's "publishedDate", a CMS's
// "createdAt"). Such data often lists other things too, so it counts only when every publication
// key in the page names one and the same day.

import { makeDay, type DayMatch } from './dateText';

const KEYED = /["']?(datePublished|publishedDate|published_at|publishDate|publish_date|publishedAt|published_time|pubDate|createdAt|created_at|dateCreated|date_published|firstPublished\w*)["']?\s*[:=]\s*["'](\d{4})-(\d\d)-(\d\d)/g;
// Pages with more keyed dates than this are lists (feeds, archives), not one page's data.
const MAX_KEYED = 200;

export interface ScriptDate extends DayMatch {
  key: string;
}

export function scriptDataDate(html: string, plausible: (day: string) => boolean): ScriptDate | null {
  let found: ScriptDate | null = null;
  let count = 0;
  for (const match of html.matchAll(KEYED)) {
    if (++count > MAX_KEYED) return null;
    const day = makeDay(+match[2], +match[3], +match[4]);
    if (!day || !plausible(day)) continue;
    if (found && found.day !== day) return null;
    if (!found) {
      const start = match.index + match[0].length - 10;
      found = { day, start, end: start + 10, key: match[1] };
    }
  }
  return found;
}
