// Import a web page as an article: load it (loadPage.ts), extract the article and its stated
// publication date, and compose the Markdown file with its provenance. Shared by `claimline
// import` and the editor's Import Article command; the editor loads it lazily with the HTML reader
// (dist/web.js, src/extension/webChunk.ts): the article reader and turndown cost activation
// nothing.

import { readArticle } from '../core/web/article';
import { canonicalUrl } from '../core/web/canonical';
import { composeArticle, type ComposedArticle, type ExtractedArticle, type StatedDate } from '../core/web/importedArticle';
import { pageDate } from '../core/web/pageDate';
import { articleSlug } from '../core/web/slug';
import { loadPage, PageError, type LoadedPage, type LoadOptions } from './loadPage';

export { PageError, looksLikeUrl } from './loadPage';
export type { LoadedPage } from './loadPage';

export interface ImportOptions extends LoadOptions {
  /** The moment of the import (tests pin it); the current time by default. */
  now?: Date;
}

export interface PageImport {
  page: LoadedPage;
  article: ExtractedArticle;
  date: StatedDate | null;
  /** A file name for the article, without extension. */
  slug: string;
  /** sha256 of the original bytes, hex. */
  sha256: string;
  /** ISO 8601 instant, UTC, seconds precision. */
  retrieved: string;
  /** The Markdown article; `snapshotFile` is the snapshot's path relative to it. */
  compose(snapshotFile?: string): ComposedArticle;
}

/** Where an article's original HTML is saved, relative to the article's folder. */
export function snapshotPath(slug: string): string {
  return `.claimline/sources/${slug}.html`;
}

export async function importPage(source: string, options: ImportOptions = {}): Promise<PageImport> {
  const page = await loadPage(source, options);
  const now = options.now ?? new Date();
  const retrieved = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  let url = page.url ?? undefined;
  let article: ExtractedArticle;
  let date: StatedDate | null;
  try {
    // A saved page's own address, when it declares one (and it is a web address), dates and names it.
    url ??= canonicalUrl(page.html);
    article = readArticle(page.html, { url });
    date = pageDate(page.html, { url, latest: retrieved.slice(0, 10) });
  } catch (error) {
    // The article reader and the date finder are built never to throw; if one does, it is this page's failure.
    throw new PageError(source, { code: 'unreadable', detail: (error as Error).message.split('\n')[0] });
  }
  if (article.fallback || article.text.trim() === '') {
    throw new PageError(source, { code: 'no-article' });
  }
  const sha256 = await sha256Hex(page.bytes);
  const slug = articleSlug(article.title, url);
  return {
    page,
    article,
    date,
    slug,
    sha256,
    retrieved,
    compose: (snapshotFile) => composeArticle({ article, date, pageUrl: url ?? null, sha256, retrieved, snapshotFile }),
  };
}

/** Web Crypto (global in Node 20 and in browsers): the importer is bundled for both (esbuild.js). */
async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
