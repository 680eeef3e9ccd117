// Import a web page as an article: load it (loadPage.ts), extract the article and its stated
// publication date, and compose the Markdown file with its provenance. Shared by `claimline
// import` and the editor's Import Article command; the editor loads it lazily as its own bundle
// (dist/importPage.js), which is why the article reader and the date finder are passed in: they
// are already in the editor's main bundle, and bundling them twice would double the package.

import { createHash } from 'node:crypto';
import { composeArticle, type ComposedArticle, type ExtractedArticle, type StatedDate } from '../core/web/importedArticle';
import { articleSlug } from '../core/web/slug';
import { loadPage, PageError, type LoadedPage, type LoadOptions } from './loadPage';

export { PageError, looksLikeUrl } from './loadPage';
export type { LoadedPage } from './loadPage';

export interface PageReaders {
  readArticle(html: string, options: { url?: string }): ExtractedArticle;
  pageDate(html: string, options: { url?: string; latest?: string }): StatedDate | null;
}

export interface ImportOptions extends LoadOptions {
  readers: PageReaders;
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

export async function importPage(source: string, options: ImportOptions): Promise<PageImport> {
  const page = await loadPage(source, options);
  const now = options.now ?? new Date();
  const retrieved = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const url = page.url ?? undefined;
  let article: ExtractedArticle;
  let date: StatedDate | null;
  try {
    article = options.readers.readArticle(page.html, { url });
    date = options.readers.pageDate(page.html, { url, latest: retrieved.slice(0, 10) });
  } catch (error) {
    // The readers are built never to throw on any page; if one does, it is this page's failure.
    throw new PageError(source, `could not be read as a web page (${(error as Error).message.split('\n')[0]})`);
  }
  if (article.fallback || article.text.trim() === '') {
    throw new PageError(source, 'has no recognisable article (nothing imported; open the page itself to analyze all of its text)');
  }
  const sha256 = createHash('sha256').update(page.bytes).digest('hex');
  const slug = articleSlug(article.title, page.url ?? article.url);
  return {
    page,
    article,
    date,
    slug,
    sha256,
    retrieved,
    compose: (snapshotFile) => composeArticle({ article, date, pageUrl: page.url, sha256, retrieved, snapshotFile }),
  };
}
