// File names for imported articles: a short, readable slug from the title (or the address), the
// same on every system (no characters a file system refuses, no reserved Windows device names).

const MAX_SLUG_LENGTH = 60;
const WINDOWS_DEVICES = /^(con|prn|aux|nul|com\d|lpt\d)$/;

/** "Bolivia’s President Signs Decree (Update)" → "bolivias-president-signs-decree-update". */
export function slugify(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '') // accents off: "Québec" → "quebec"
    .toLowerCase()
    .replace(/['’‘`]/g, '') // "Bolivia's" is one word
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if ([...next].length > MAX_SLUG_LENGTH) {
      // A first word longer than the limit is cut; otherwise stop at a word boundary.
      if (!slug) slug = [...word].slice(0, MAX_SLUG_LENGTH).join('');
      break;
    }
    slug = next;
  }
  return WINDOWS_DEVICES.test(slug) ? `${slug}-article` : slug;
}

/** The slug of an imported article: from its title, else the last words of its address, else "article". */
export function articleSlug(title: string | undefined, url: string | null | undefined): string {
  const fromTitle = title ? slugify(title) : '';
  if (fromTitle) return fromTitle;
  if (url) {
    try {
      const segments = new URL(url).pathname.split('/').filter(Boolean);
      const last = segments.length > 0 ? decodeURIComponent(segments[segments.length - 1]).replace(/\.\w{2,5}$/, '') : '';
      const fromPath = slugify(last) || slugify(new URL(url).hostname);
      if (fromPath) return fromPath;
    } catch {
      // not an address: fall through
    }
  }
  return 'article';
}
