// The publication day in a page address: news and blog systems put it in the path
// ("/2020/06/28/slug", "/2020-06-28-slug", "/20200628/slug"). Only the path is read (a query's
// "?date=" is a search, not the page's day), and only a full year-month-day.

import { makeDay, type DayMatch } from './dateText';

const SLASHED = /(?<!\d)((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?=\/|$|[-_.])/;
const JOINED = /(?<![\d])((?:19|20)\d{2})([-_.]?)(\d{2})\2(\d{2})(?![\d])/;

/** The day in the URL's path, with its range in `url`. */
export function urlDate(url: string): DayMatch | null {
  const pathStart = /^\/(?!\/)/.test(url) ? 0 : url.search(/[^/:]\/(?!\/)/) + 1;
  if (pathStart < 0 || (pathStart === 0 && !url.startsWith('/'))) return null;
  const queryAt = url.search(/[?#]/);
  const path = url.slice(pathStart, queryAt > pathStart ? queryAt : undefined);
  for (const pattern of [SLASHED, JOINED]) {
    const match = pattern.exec(path);
    if (!match) continue;
    const [year, month, day] = pattern === SLASHED ? [match[1], match[2], match[3]] : [match[1], match[3], match[4]];
    const value = makeDay(+year, +month, +day);
    if (value) return { day: value, start: pathStart + match.index, end: pathStart + match.index + match[0].length };
  }
  return null;
}
