// Publication dates in <meta> tags: OpenGraph and `article:` properties, schema.org itemprop,
// Dublin Core, parse.ly, Sailthru and the other names publishing systems use. Names that say
// publication come before generic ones ("date"), and modification names are never read as the
// publication date.

import type { MetaFact } from './pageScan';
import { dayInValue, type DayMatch } from './dateText';

export interface MetaDate extends DayMatch {
  key: string;
  kind: 'opengraph' | 'itemprop' | 'dublin-core' | 'parsely' | 'meta';
}

// Publication names, most specific first. The rank is the index of the group. Modification
// names (article:modified_time, dateModified, last-modified…) are never read as the publication date.
const PUBLISHED_KEYS: string[][] = [
  ['article:published_time', 'og:article:published_time', 'og:published_time', 'article:published', 'article.published', 'article_date_original', 'article:post_date', 'datepublished', 'rnews:datepublished', 'parsely-pub-date', 'sailthru.date', 'cxenseparse:recs:publishtime', 'shareaholic:article_published_time', 'citation_publication_date', 'citation_date', 'originalpublicationdate', 'publishdate', 'publish_date', 'publish-date', 'published_date', 'published-date', 'publication_date', 'date_published', 'pubdate', 'pub_date', 'publication-date', 'prism.publicationdate', 'bt:pubdate', 'og:pubdate', 'eomportal-pubdate', 'dcterms.issued', 'dc.date.issued', 'dc.issued', 'dc:issued'],
  ['article.created', 'article:created', 'datecreated', 'date_created', 'created', 'dc.date.created', 'dc.created', 'dcterms.created', 'dc:created', 'dcterms.available', 'dc.date.available'],
  ['date', 'dc.date', 'dc:date', 'dcterms.date', 'dc.date.publication', 'gentime', 'displaydate', 'release_date', 'pdate', 'ptime', 'timestamp', 'article:date', 'og:date', 'date.release'],
];
const RANK = new Map<string, number>();
PUBLISHED_KEYS.forEach((keys, rank) => keys.forEach((key) => RANK.set(key, rank)));

function kindOf(key: string): MetaDate['kind'] {
  if (key.startsWith('og:') || key.startsWith('article:')) return 'opengraph';
  if (key.startsWith('dc') || key.startsWith('dcterms')) return 'dublin-core';
  if (key.startsWith('parsely')) return 'parsely';
  if (key === 'datepublished' || key === 'datecreated') return 'itemprop';
  return 'meta';
}

const MODIFIED_KEYS = new Set(['article:modified_time', 'og:updated_time', 'article:modified', 'datemodified', 'last-modified', 'dcterms.modified', 'dc.date.modified', 'modified_time', 'lastmod']);

/** Every day the page's <meta> tags give as its modification date. */
export function metaModifiedDays(metas: MetaFact[]): Set<string> {
  const days = new Set<string>();
  for (const meta of metas) {
    if (!MODIFIED_KEYS.has(meta.key)) continue;
    const day = dayInValue(meta.content);
    if (day) days.add(day.day);
  }
  return days;
}

/** parse.ly's `parsely-page` holds JSON with a `pub_date`. */
function parselyPage(meta: MetaFact): DayMatch | null {
  const match = /"pub_date"\s*:\s*"([^"]{6,40})"/.exec(meta.content);
  if (!match) return null;
  const day = dayInValue(match[1]);
  if (!day) return null;
  const offset = match.index + match[0].indexOf(match[1]);
  return { day: day.day, start: meta.start + offset + day.start, end: meta.start + offset + day.end };
}

/** The best publication date of each rank of names: [publication names, creation names, generic names]. */
export function metaDates(metas: MetaFact[], plausible: (day: string) => boolean): Array<MetaDate | null> {
  const best: Array<MetaDate | null> = PUBLISHED_KEYS.map(() => null);
  for (const meta of metas) {
    let rank = RANK.get(meta.key);
    let match: DayMatch | null = null;
    if (meta.key === 'parsely-page') {
      rank = 0;
      match = parselyPage(meta);
    } else if (rank !== undefined) {
      const inValue = dayInValue(meta.content);
      if (inValue) match = { ...inValue, start: meta.start + inValue.start, end: meta.start + inValue.end };
    }
    if (rank === undefined || !match || !plausible(match.day) || best[rank]) continue;
    best[rank] = { ...match, key: meta.key, kind: kindOf(meta.key) };
  }
  return best;
}
