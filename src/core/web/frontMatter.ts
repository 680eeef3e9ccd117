// The YAML front matter of an imported article: where it came from and when, so the analysis, a
// colleague and a later review can tell what was read. Every string is written double-quoted with
// YAML escapes, so a title holding a colon, a quote or "---" cannot break the block.

export interface ImportMetadata {
  title?: string;
  byline?: string;
  site?: string;
  /** The page's address (after redirects), or the canonical address a saved page declares. */
  url?: string;
  /** The publication day the page states, YYYY-MM-DD. */
  published?: string;
  /** Where that date came from ("JSON-LD datePublished", "the date in the address"). */
  publishedSource?: string;
  /** When the page was fetched or the saved file read, ISO 8601 in UTC. */
  retrieved: string;
  /** sha256 of the original HTML bytes, hex. */
  sha256: string;
  /** The saved copy of the original HTML, relative to the article ("/" separators). */
  snapshotFile?: string;
}

/** A YAML double-quoted scalar. */
export function yamlString(value: string): string {
  const escaped = value.replace(/[\\"\u0000-\u001f\u007f\u0085\u2028\u2029]/g, (c) => {
    if (c === '\\') return '\\\\';
    if (c === '"') return '\\"';
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `"${escaped}"`;
}

/** One line of metadata text: runs of blanks and line breaks collapsed. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** The front matter block, `---` lines included, ending with a line break. */
export function buildFrontMatter(meta: ImportMetadata): string {
  const lines = ['---'];
  const text = (key: string, value: string | undefined) => {
    const clean = value === undefined ? '' : oneLine(value);
    if (clean) lines.push(`${key}: ${yamlString(clean)}`);
  };
  text('title', meta.title);
  text('byline', meta.byline);
  text('site', meta.site);
  text('url', meta.url);
  // Unquoted: a YAML date, and the form every front-matter reader (Claimline's included) expects.
  if (meta.published && /^\d{4}-\d{2}-\d{2}$/.test(meta.published)) {
    lines.push(`published: ${meta.published}`);
    text('published_source', meta.publishedSource);
  }
  text('retrieved', meta.retrieved);
  lines.push(`snapshot: ${yamlString(`sha256:${meta.sha256}`)}`);
  text('snapshot_file', meta.snapshotFile);
  lines.push('---', '');
  return lines.join('\n');
}
