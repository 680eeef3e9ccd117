// Whether a page writes all-numeric dates month first (03/04/2019 is 4 March in the United States,
// 3 April nearly everywhere else). The page says whom it is written for: its <html lang>, its
// og:locale or Content-Language, and, for a bare "en", the address's top-level domain (a generic
// or US domain is taken as American English; .uk, .ie, .au, .in… as the rest of the English-speaking
// world, which writes the day first).

import type { MetaFact } from './pageScan';

// Generic domains where a page in unspecified English is most often American.
const US_DOMAINS = new Set(['com', 'org', 'net', 'us', 'gov', 'edu', 'mil', 'io', 'co']);

function hostOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url.trim()).hostname;
  } catch {
    return '';
  }
}

/** 'month' for a page written for the United States, 'day' for any other, undefined when it does not say. */
function orderOfTag(tag: string | undefined, host: string): 'month' | 'day' | undefined {
  const parts = (tag ?? '').trim().toLowerCase().split(/[-_]/);
  if (!parts[0]) return undefined;
  if (parts[0] !== 'en') return 'day';
  if (parts[1]) return parts[1] === 'us' ? 'month' : 'day';
  const tld = host.slice(host.lastIndexOf('.') + 1);
  return tld && US_DOMAINS.has(tld) ? 'month' : 'day';
}

/** True when an ambiguous numeric date on this page is read month first. */
export function pageWritesMonthFirst(lang: string | undefined, metas: MetaFact[], url: string | undefined): boolean {
  const host = hostOf(url);
  // A region (en-US, en_GB) says more than a bare language; the <html> element comes first.
  const tags = [lang, metas.find((m) => m.key === 'og:locale')?.content, metas.find((m) => m.key === 'content-language')?.content];
  const regional = tags.find((tag) => tag && /^[a-z]{2,3}[-_][a-z]{2}\b/i.test(tag.trim()));
  return orderOfTag(regional ?? tags.find((tag) => tag?.trim()), host) === 'month';
}
