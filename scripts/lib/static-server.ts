import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Page {
  /** Text is sent as UTF-8; bytes as they are (a page in another encoding, with its `type`). */
  body: string | Uint8Array;
  type?: string;
}

export interface StaticServer {
  /** e.g. http://127.0.0.1:43117 */
  origin: string;
  /** Adds or replaces the page served at `path`. */
  setPage(path: string, page: Page): void;
  close(): Promise<void>;
}

/** A loopback-only HTTP server for the demo and the e2e tests, serving pages held in memory. */
export async function startStaticServer(pages: Record<string, Page> = {}): Promise<StaticServer> {
  const routes = new Map(Object.entries(pages));
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const page = routes.get(url.pathname);
    if (!page) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`Not found: ${url.pathname}`);
      return;
    }
    response.writeHead(200, {
      'content-type': page.type ?? 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    });
    response.end(page.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    setPage(path, page) {
      routes.set(path, page);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
