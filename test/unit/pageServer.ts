// A real HTTP server on 127.0.0.1 for the import tests: serves pages the tests write, and the bad
// cases a fetcher meets on the web (redirect chains and loops, errors, a slow answer, an oversized
// body with and without Content-Length, non-HTML content, Latin-1 pages). Started and stopped by
// each suite; the port is chosen by the system.
import * as http from 'http';
import type { AddressInfo } from 'net';

export interface ServedPage {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Milliseconds to wait before answering. */
  delayMs?: number;
  /** Sent in chunks of this many bytes, without Content-Length (a streamed body). */
  chunked?: number;
}

export interface PageServer {
  /** The address of a path on this server. */
  url(path: string): string;
  /** Serves `page` at `path` (replacing any earlier page there). */
  serve(path: string, page: ServedPage): void;
  /** The request headers each path received, in order. */
  requests: { path: string; userAgent: string | undefined }[];
  close(): Promise<void>;
}

export async function startPageServer(): Promise<PageServer> {
  const pages = new Map<string, ServedPage>();
  const requests: PageServer['requests'] = [];
  const sockets = new Set<import('net').Socket>();
  const server = http.createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    requests.push({ path, userAgent: request.headers['user-agent'] });
    const page = pages.get(path);
    if (!page) {
      response.writeHead(404, { 'content-type': 'text/html' });
      response.end('<html><body><h1>Not found</h1></body></html>');
      return;
    }
    const answer = () => {
      const body = typeof page.body === 'string' ? Buffer.from(page.body, 'utf8') : Buffer.from(page.body ?? new Uint8Array(0));
      const headers = { ...(page.headers ?? {}) };
      if (page.chunked) {
        response.writeHead(page.status ?? 200, headers);
        let offset = 0;
        const next = () => {
          if (response.destroyed) return;
          if (offset >= body.length) {
            response.end();
            return;
          }
          response.write(body.subarray(offset, offset + (page.chunked as number)), () => setImmediate(next));
          offset += page.chunked as number;
        };
        next();
        return;
      }
      response.writeHead(page.status ?? 200, { 'content-length': String(body.length), ...headers });
      response.end(body);
    };
    if (page.delayMs) setTimeout(answer, page.delayMs).unref();
    else answer();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    serve: (path, page) => pages.set(path, page),
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
