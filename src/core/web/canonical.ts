// The address a saved page declares for itself, so an article imported from a file still names
// (and, through a dated path, dates) where it was published.
import { scanPage } from './pageScan';

/** The page's canonical link, else its og:url; only an http(s) address counts. */
export function canonicalUrl(html: string): string | undefined {
  const facts = scanPage(html);
  for (const candidate of [facts.canonical, facts.metas.find((meta) => meta.key === 'og:url')?.content]) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate.trim());
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // not an absolute address: try the next
    }
  }
  return undefined;
}
