// An imported web page as a Markdown article: front matter saying where it came from, the title
// and byline, then the article's content converted to Markdown. Pure: the caller fetched the page,
// extracted the article (readArticle), found its date (pageDate) and hashed the original bytes.

import { buildFrontMatter, type ImportMetadata } from './frontMatter';
import { htmlToMarkdown } from './markdown';

/** What the import needs of an extracted article (readArticle's result has these fields). */
export interface ExtractedArticle {
  title?: string;
  byline?: string;
  site?: string;
  url?: string;
  contentHtml: string;
  /** The article's plain text: what the analysis reads. */
  text: string;
  /** No article was recognised (the whole visible text stood in for it). */
  fallback: boolean;
}

/** What the import needs of a page's stated publication date (pageDate's result has these fields). */
export interface StatedDate {
  value: string;
  description: string;
}

export interface ComposeInput {
  article: ExtractedArticle;
  date: StatedDate | null;
  /** Where the page was fetched from (after redirects), or the address a saved page declares. */
  pageUrl: string | null;
  sha256: string;
  /** ISO 8601 instant of the fetch or read. */
  retrieved: string;
  /** The snapshot's path relative to the article. */
  snapshotFile?: string;
}

export interface ComposedArticle {
  metadata: ImportMetadata;
  /** The whole Markdown file: front matter, title, byline, body. */
  markdown: string;
  /** The article's plain text (title, byline, body), as analyzed. */
  text: string;
}

/** "Jane Doe" → "By Jane Doe"; a byline already saying "By …" stays as it is. */
function bylineLine(byline: string): string {
  const clean = byline.replace(/\s+/g, ' ').trim();
  return /^by\b/i.test(clean) ? clean : `By ${clean}`;
}

/** Markdown special characters at the start of a line of plain text, escaped (a title "1. Intro" is not a list). */
function escapeLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/([\\`*_[\]<>#])/g, '\\$1').replace(/^(\d+)\. /, '$1\\. ').replace(/^([-+]) /, '\\$1 ');
}

export function composeArticle(input: ComposeInput): ComposedArticle {
  const { article, date } = input;
  const url = input.pageUrl ?? undefined;
  const metadata: ImportMetadata = {
    title: article.title,
    byline: article.byline,
    site: article.site,
    url,
    published: date?.value.slice(0, 10),
    publishedSource: date?.description,
    retrieved: input.retrieved,
    sha256: input.sha256,
    snapshotFile: input.snapshotFile,
  };
  let body = htmlToMarkdown(article.contentHtml, url);
  const title = article.title?.replace(/\s+/g, ' ').trim();
  const parts: string[] = [];
  if (title) {
    // Readability usually removes the headline from its content; when it kept it, it is not repeated.
    const firstHeading = /^#{1,6} +(.*)\n*/.exec(body);
    if (firstHeading && firstHeading[1].replace(/\\(.)/g, '$1').trim() === title) body = body.slice(firstHeading[0].length);
    parts.push(`# ${escapeLine(title)}`);
  }
  if (article.byline?.trim()) parts.push(`*${escapeLine(bylineLine(article.byline))}*`);
  if (body) parts.push(body);
  const markdown = `${buildFrontMatter(metadata)}\n${parts.join('\n\n')}\n`;
  const textParts = [title, article.byline?.trim() ? bylineLine(article.byline) : undefined, article.text.trim()].filter((part): part is string => !!part);
  return { metadata, markdown, text: `${textParts.join('\n\n')}\n` };
}
