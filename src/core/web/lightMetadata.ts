// The article's title, byline and site name from the page's metadata, as Readability 0.6 reads
// them (_getArticleTitle, _getJSONLD, _getArticleMetadata), from what the light tree's pass
// collected: the `<title>`, the `<meta>` attributes and the JSON-LD scripts' text.
// Derived from Mozilla Readability 0.6 (Copyright (c) 2010 Arc90 Inc, Apache License 2.0; its licence
// ships in dist/ThirdPartyNotices.txt), changed to work on the light tree instead of a DOM.

import type { LightPage } from './lightDom';
import { descendantsByTag, innerText, textContent } from './lightQuery';

export interface PageMetadata {
  title?: string;
  byline?: string;
  siteName?: string;
}

const JSON_LD_ARTICLE_TYPES =
  /^Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference$/;
const SCHEMA_ORG = /^https?:\/\/schema\.org\/?$/;
const H1_H2 = new Set(['h1', 'h2']);
const H1 = new Set(['h1']);

/** Readability's _textSimilarity: 1 = same words, 0 = none of the second text's words in the first. */
export function textSimilarity(textA: string, textB: string): number {
  const tokensA = textA.toLowerCase().split(/\W+/g).filter(Boolean);
  const tokensB = textB.toLowerCase().split(/\W+/g).filter(Boolean);
  if (!tokensA.length || !tokensB.length) return 0;
  const unique = tokensB.filter((token) => !tokensA.includes(token));
  return 1 - unique.join(' ').length / tokensB.join(' ').length;
}

function wordCount(text: string): number {
  return text.split(/\s+/).length;
}

/** Readability's _getArticleTitle: the `<title>` without the site's name. */
export function articleTitle(page: LightPage): string {
  const original = (page.title ?? '').trim();
  let title = original;
  let hierarchical = false;
  if (/ [|\-\\/>»] /.test(title)) {
    hierarchical = / [\\/>»] /.test(title);
    const separators = Array.from(original.matchAll(/ [|\-\\/>»] /gi));
    title = original.substring(0, separators[separators.length - 1].index);
    if (wordCount(title) < 3) title = original.replace(/^[^|\-\\/>»]*[|\-\\/>»]/gi, '');
  } else if (title.includes(': ')) {
    const trimmed = title.trim();
    const match = descendantsByTag(page.root, H1_H2).some((heading) => textContent(heading).trim() === trimmed);
    if (!match) {
      title = original.substring(original.lastIndexOf(':') + 1);
      if (wordCount(title) < 3) title = original.substring(original.indexOf(':') + 1);
      else if (wordCount(original.substring(0, original.indexOf(':'))) > 5) title = original;
    }
  } else if (title.length > 150 || title.length < 15) {
    const ones = descendantsByTag(page.root, H1);
    if (ones.length === 1) title = innerText(ones[0]);
  }
  title = title.trim().replace(/\s{2,}/g, ' ');
  const words = wordCount(title);
  if (words <= 4 && (!hierarchical || words !== wordCount(original.replace(/[|\-\\/>»]+/g, '')) - 1)) title = original;
  return title;
}

type Json = Record<string, unknown>;

function jsonLdMetadata(page: LightPage): PageMetadata & { found: boolean } {
  for (const script of page.jsonLd) {
    try {
      let parsed = JSON.parse(script.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')) as unknown;
      if (Array.isArray(parsed)) {
        parsed = (parsed as Json[]).find((item) => typeof item?.['@type'] === 'string' && JSON_LD_ARTICLE_TYPES.test(item['@type']));
        if (!parsed) continue;
      }
      let object = parsed as Json | undefined;
      if (!object || typeof object !== 'object') continue;
      const context = object['@context'];
      const matches =
        (typeof context === 'string' && SCHEMA_ORG.test(context)) ||
        (typeof context === 'object' && context !== null && typeof (context as Json)['@vocab'] === 'string' && SCHEMA_ORG.test((context as Json)['@vocab'] as string));
      if (!matches) continue;
      if (!object['@type'] && Array.isArray(object['@graph'])) {
        object = (object['@graph'] as Json[]).find((item) => typeof (item?.['@type'] ?? '') === 'string' && JSON_LD_ARTICLE_TYPES.test((item['@type'] as string | undefined) ?? ''));
      }
      const type = object?.['@type'];
      if (!object || typeof type !== 'string' || !JSON_LD_ARTICLE_TYPES.test(type)) continue;
      // Readability takes the first script that names an article, and stops there.
      const metadata: PageMetadata & { found: boolean } = { found: true };
      const { name, headline, author, publisher } = object as { name?: unknown; headline?: unknown; author?: unknown; publisher?: unknown };
      if (typeof name === 'string' && typeof headline === 'string' && name !== headline) {
        const title = articleTitle(page);
        metadata.title = textSimilarity(headline, title) > 0.75 && !(textSimilarity(name, title) > 0.75) ? headline : name;
      } else if (typeof name === 'string') metadata.title = name.trim();
      else if (typeof headline === 'string') metadata.title = headline.trim();
      if (author) {
        const single = author as Json;
        if (typeof single.name === 'string') metadata.byline = single.name.trim();
        else if (Array.isArray(author) && author[0] && typeof (author[0] as Json).name === 'string') {
          metadata.byline = (author as Json[])
            .filter((one) => one && typeof one.name === 'string')
            .map((one) => (one.name as string).trim())
            .join(', ');
        }
      }
      if (publisher && typeof (publisher as Json).name === 'string') metadata.siteName = ((publisher as Json).name as string).trim();
      return metadata;
    } catch {
      // Not JSON, or not shaped as expected: as Readability, the next script is tried.
    }
  }
  return { found: false };
}

const PROPERTY = /\s*(article|dc|dcterm|og|twitter)\s*:\s*(author|creator|description|published_time|title|site_name)\s*/gi;
const NAME = /^\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\s*[-.:]\s*)?(author|creator|pub-date|description|title|site_name)\s*$/i;

function isUrl(text: string): boolean {
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

const ESCAPES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function unescapeEntities(text: string | undefined): string | undefined {
  if (!text) return text;
  return text
    .replace(/&(quot|amp|apos|lt|gt);/g, (_, name: string) => ESCAPES[name])
    .replace(/&#(?:x([0-9a-f]+)|([0-9]+));/gi, (_, hex: string | undefined, decimal: string | undefined) => {
      let code = parseInt(hex ?? decimal ?? '0', hex ? 16 : 10);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) code = 0xfffd;
      return String.fromCodePoint(code);
    });
}

export function pageMetadata(page: LightPage): PageMetadata {
  const jsonLd = jsonLdMetadata(page);
  const values: Record<string, string> = {};
  for (const meta of page.metas) {
    const { name, property, content } = meta;
    if (!content) continue;
    let matched = false;
    if (property) {
      const match = property.match(PROPERTY);
      if (match) {
        matched = true;
        values[match[0].toLowerCase().replace(/\s/g, '')] = content.trim();
      }
    }
    if (!matched && name && NAME.test(name)) values[name.toLowerCase().replace(/\s/g, '').replace(/\./g, ':')] = content.trim();
  }
  const title =
    jsonLd.title ||
    values['dc:title'] ||
    values['dcterm:title'] ||
    values['og:title'] ||
    values['weibo:article:title'] ||
    values['weibo:webpage:title'] ||
    values.title ||
    values['twitter:title'] ||
    values['parsely-title'] ||
    articleTitle(page);
  const articleAuthor = typeof values['article:author'] === 'string' && !isUrl(values['article:author']) ? values['article:author'] : undefined;
  const byline = jsonLd.byline || values['dc:creator'] || values['dcterm:creator'] || values.author || values['parsely-author'] || articleAuthor;
  const siteName = jsonLd.siteName || values['og:site_name'];
  return { title: unescapeEntities(title), byline: unescapeEntities(byline), siteName: unescapeEntities(siteName) };
}
