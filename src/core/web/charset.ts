// The character encoding of a web page's bytes, decided as a browser decides it (the WHATWG HTML
// "encoding sniffing" steps, simplified): a byte order mark is unambiguous and wins; then the
// charset of the HTTP Content-Type header; then a <meta charset> or <meta http-equiv> declaration
// in the first bytes; else UTF-8 (what nearly every page without a declaration is written in).

export interface PageEncoding {
  /** The encoding's label as TextDecoder knows it ("utf-8", "windows-1252", "shift_jis"). */
  encoding: string;
  /** Where it was found. */
  source: 'bom' | 'header' | 'meta' | 'default';
  /** Bytes the BOM took (skipped when decoding). */
  bomLength: number;
}

/** How far into the page a <meta> declaration is looked for (the standard says 1024; pages with long heads put it later). */
const META_SCAN_BYTES = 4096;

/** The charset parameter of a Content-Type header value, or null. */
export function charsetOfContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType);
  const label = (match?.[1] ?? match?.[2] ?? '').trim();
  return label.length > 0 ? label : null;
}

function bomOf(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return null;
}

/** The label declared by a <meta> in the first bytes, read as ASCII (every encoding a page may declare there is ASCII-compatible). */
function metaCharset(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, META_SCAN_BYTES));
  // Comments may hold commented-out declarations: blank them first.
  const visible = head.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  const tags = /<meta\b[^<>]*>/gi;
  let tag: RegExpExecArray | null;
  while ((tag = tags.exec(visible)) !== null) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag[0]);
    if (direct && !/\bcontent\s*=/i.test(tag[0].slice(0, direct.index))) return direct[1];
    if (/\bhttp-equiv\s*=\s*["']?content-type/i.test(tag[0])) {
      const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag[0]);
      const label = charsetOfContentType(`x;${(content?.[1] ?? content?.[2] ?? content?.[3] ?? '').replace(/^[^;]*;?/, '')}`);
      if (label) return label;
    }
  }
  return null;
}

/** Whether TextDecoder knows the label; returns its canonical name. */
function supported(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

export class UnsupportedEncodingError extends Error {}

/**
 * The encoding to decode a page with. A declared label that no decoder knows is an error (decoding
 * such a page as UTF-8 would garble every quote in it silently).
 */
export function pageEncoding(bytes: Uint8Array, contentType?: string | null): PageEncoding {
  const bom = bomOf(bytes);
  if (bom) return { encoding: bom.encoding, source: 'bom', bomLength: bom.length };
  const declared: Array<[string | null, PageEncoding['source']]> = [[charsetOfContentType(contentType), 'header'], [metaCharset(bytes), 'meta']];
  for (const [label, source] of declared) {
    if (label === null) continue;
    let encoding = supported(label);
    if (encoding === null) throw new UnsupportedEncodingError(`declares the character set "${label}", which cannot be decoded`);
    // A page cannot declare UTF-16 in its own ASCII-readable bytes; browsers read such pages as UTF-8.
    if (source === 'meta' && encoding.startsWith('utf-16')) encoding = 'utf-8';
    return { encoding, source, bomLength: 0 };
  }
  return { encoding: 'utf-8', source: 'default', bomLength: 0 };
}

/** The page's text: decoded with its encoding, invalid sequences replaced (as browsers show them). */
export function decodePage(bytes: Uint8Array, contentType?: string | null): { text: string; encoding: PageEncoding } {
  const encoding = pageEncoding(bytes, contentType);
  const text = new TextDecoder(encoding.encoding, { ignoreBOM: true }).decode(bytes.subarray(encoding.bomLength));
  return { text, encoding };
}
