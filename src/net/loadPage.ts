// Loads a web page for import, from an http(s) address or a saved file, with the limits untrusted
// input needs: a timeout, a size cap read as a stream, at most five redirects (followed by hand,
// so each hop is checked), HTML content types only, and the page's declared character set.
// Shared by the command line and the editor (no vscode import here).

import { decodePage, UnsupportedEncodingError, type PageEncoding } from '../core/web/charset';
import { pageProblemText, type PageProblem } from './pageProblems';

export interface LoadOptions {
  /** Milliseconds for the whole transfer, redirects included. */
  timeoutMs?: number;
  /** Largest page accepted, in bytes. */
  maxBytes?: number;
  maxRedirects?: number;
  /** Aborts the transfer (the editor's Cancel). */
  signal?: AbortSignal;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
// A site operator reads this in their logs: it names the tool and its purpose. It gives no contact
// address because the project has no published one yet; one that does not answer would mislead.
export const USER_AGENT = 'Claimline/0.1 (article import for fact-checking)';

export interface LoadedPage {
  /** The address or file name the user gave. */
  source: string;
  /** The address the page was finally served from (after redirects); null for a file. */
  url: string | null;
  /** The original bytes, as received: the provenance snapshot. */
  bytes: Uint8Array;
  html: string;
  encoding: PageEncoding;
}

/**
 * A page that cannot be imported; the message is one line naming the address or file. `problem` is
 * the reason as data (pageProblems.ts) when it is one Claimline words; otherwise only `reason` says it.
 */
export class PageError extends Error {
  readonly reason: string;
  readonly problem: PageProblem | undefined;
  constructor(
    readonly source: string,
    reason: string | PageProblem,
  ) {
    const text = typeof reason === 'string' ? reason : pageProblemText(reason);
    super(`${source}: ${text}`);
    this.reason = text;
    this.problem = typeof reason === 'string' ? undefined : reason;
  }
}

/** Whether the argument is meant as a web address rather than a file path ("C:\\…" is a path). */
export function looksLikeUrl(source: string): boolean {
  return /^[a-z][a-z0-9+.-]+:\/\//i.test(source) || /^(https?|ftp|file|data|javascript|mailto):/i.test(source);
}

/** The page named by `source`: fetched when it is an address, read when it is a file. */
export function loadPage(source: string, options: LoadOptions = {}): Promise<LoadedPage> {
  return looksLikeUrl(source) ? fetchPage(source, options) : readPageFile(source, options);
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

function parseHttpUrl(source: string, raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new PageError(source, { code: 'invalid-address' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new PageError(source, { code: 'not-http', scheme: url.protocol.slice(0, -1) });
  if (url.username || url.password) throw new PageError(source, { code: 'credentials' });
  return url;
}

export async function fetchPage(source: string, options: LoadOptions = {}): Promise<LoadedPage> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  let url = parseHttpUrl(source, source.trim());
  const requested = url.href;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout.signal, options.signal]) : timeout.signal;
  const failure = (error: unknown): PageError => {
    if (error instanceof PageError) return error;
    if (timeout.signal.aborted) return new PageError(source, { code: 'timed-out', seconds: timeoutMs / 1000 });
    if (options.signal?.aborted) return new PageError(source, { code: 'cancelled' });
    return new PageError(source, { code: 'not-fetched', detail: networkReason(error) });
  };
  try {
    const visited = new Set<string>([url.href]);
    for (let hop = 0; ; hop++) {
      const response = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
      });
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel();
        const target = response.headers.get('location') as string;
        if (hop >= maxRedirects) throw new PageError(source, { code: 'too-many-redirects', max: maxRedirects, target });
        let next: URL;
        try {
          next = new URL(target, url);
        } catch {
          throw new PageError(source, { code: 'redirect-invalid', target });
        }
        if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new PageError(source, { code: 'redirect-not-http', target: next.href });
        if (visited.has(next.href)) throw new PageError(source, { code: 'redirect-loop', target: next.href });
        visited.add(next.href);
        url = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
        throw new PageError(source, { code: 'http-status', status, at: url.href === requested ? null : url.href });
      }
      const contentType = response.headers.get('content-type');
      const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase();
      if (contentType !== null && !HTML_TYPES.has(mediaType)) {
        await response.body?.cancel();
        throw new PageError(source, { code: 'not-html', mediaType });
      }
      const declaredLength = Number(response.headers.get('content-length'));
      if (Number.isFinite(declaredLength) && declaredLength > maxBytes) {
        await response.body?.cancel();
        throw new PageError(source, { code: 'too-large', size: declaredLength, maxBytes });
      }
      const bytes = await readCapped(response, maxBytes, source);
      const decoded = decode(source, bytes, contentType);
      if (contentType === null && !looksLikeHtml(decoded.html)) throw new PageError(source, { code: 'not-html-sniffed' });
      return { source, url: url.href, bytes, ...decoded };
    }
  } catch (error) {
    throw failure(error);
  } finally {
    clearTimeout(timer);
  }
}

/** The body, read chunk by chunk and abandoned as soon as it passes the cap (a lying or absent Content-Length cannot exhaust memory). */
async function readCapped(response: Response, maxBytes: number, source: string): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw new PageError(source, { code: 'too-large', size: null, maxBytes });
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** The low-level cause of a failed fetch (undici hides it in `cause`): "connection refused", "host not found". */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code ?? (error as { code?: string })?.code;
  const reasons: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host name lookup failed (no network?)',
    ECONNRESET: 'the connection was reset',
    ETIMEDOUT: 'the connection timed out',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    UND_ERR_SOCKET: 'the connection was closed by the server',
  };
  if (code && reasons[code]) return reasons[code];
  const message = cause?.message ?? (error instanceof Error ? error.message : String(error));
  return message.split('\n')[0];
}

/**
 * Whether decoded text is an HTML page: it starts with markup (a doctype, an XML declaration, a tag,
 * even a PHP warning's <br />) and holds a document or body tag early on. Plain text, JSON, PDF and
 * images do not pass.
 */
function looksLikeHtml(text: string): boolean {
  if (!text.trimStart().startsWith('<')) return false;
  return /<(?:!doctype\s+html|html|head|body|article|main|p|div)\b/i.test(text.slice(0, 65536));
}

function decode(source: string, bytes: Uint8Array, contentType: string | null): { html: string; encoding: PageEncoding } {
  try {
    const { text, encoding } = decodePage(bytes, contentType);
    return { html: text, encoding };
  } catch (error) {
    if (error instanceof UnsupportedEncodingError) throw new PageError(source, error.message);
    throw error;
  }
}

/** A saved page: a regular file under the size cap that looks like HTML. */
export async function readPageFile(source: string, options: LoadOptions = {}): Promise<LoadedPage> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Uint8Array;
  try {
    // Imported on call: this module is also in the web-page chunk the browser's extension host
    // evaluates (esbuild.js), which has no node:fs and never imports (importUnavailable.ts).
    const { readFile, stat } = await import('node:fs/promises');
    const info = await stat(source);
    if (info.isDirectory()) throw new PageError(source, { code: 'folder' });
    if (!info.isFile()) throw new PageError(source, { code: 'not-regular-file' });
    if (info.size > maxBytes) throw new PageError(source, { code: 'too-large', size: info.size, maxBytes });
    bytes = await readFile(source);
  } catch (error) {
    if (error instanceof PageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new PageError(source, code === 'ENOENT' ? { code: 'no-such-file' } : code === 'EACCES' || code === 'EPERM' ? { code: 'permission-denied' } : (error as Error).message);
  }
  if (bytes.subarray(0, 8192).includes(0) && !bytes.subarray(0, 2).every((b) => b === 0xff || b === 0xfe)) throw new PageError(source, { code: 'binary' });
  const decoded = decode(source, bytes, null);
  if (!looksLikeHtml(decoded.html)) throw new PageError(source, { code: 'not-saved-page' });
  return { source, url: null, bytes, ...decoded };
}
