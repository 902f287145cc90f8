import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, sep } from 'node:path';
import { headersFor, readHeadersFile } from './headers-file.ts';

/** Content types of the files a built site holds; anything else is served as bytes. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  origin: string;
  close(): Promise<void>;
}

async function fileAt(path: string): Promise<'file' | 'directory' | undefined> {
  const found = await stat(path).catch(() => undefined);
  return found?.isFile() ? 'file' : found?.isDirectory() ? 'directory' : undefined;
}

function send(response: ServerResponse, status: number, file: string, headOnly: boolean) {
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  response.writeHead(status, { 'content-type': type });
  if (headOnly) response.end();
  else createReadStream(file).pipe(response);
}

/** The site path (`/en/`) of a URL path under `base` (`/archive/en/`); undefined outside it. */
function sitePath(pathname: string, base: string): string | undefined {
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : undefined;
}

/** What the server answers for one URL path: a file with its status, or a redirect. */
type Answer = { status: 200 | 404; file?: string } | { status: 301; location: string };

async function answerFor(siteDir: string, pathname: string): Promise<Answer> {
  let path: string;
  try {
    path = join(siteDir, decodeURIComponent(pathname));
  } catch {
    return { status: 404 };
  }
  const outside = relative(siteDir, path).split(sep).includes('..');
  const kind = outside ? undefined : await fileAt(path);
  if (kind === 'file') return { status: 200, file: path };
  if (kind === 'directory' && !pathname.endsWith('/'))
    return { status: 301, location: `${pathname}/` };
  if (kind === 'directory' && (await fileAt(join(path, 'index.html'))) === 'file')
    return { status: 200, file: join(path, 'index.html') };
  return { status: 404, file: await nearestNotFoundPage(siteDir, pathname) };
}

/**
 * The `404.html` nearest to a missing path, in its folder or the closest one above it, as
 * Cloudflare Pages looks for it: `/ar/x/` gets `/ar/404.html` when there is one, else
 * `/404.html`.
 */
async function nearestNotFoundPage(siteDir: string, pathname: string): Promise<string | undefined> {
  const folders = pathname.split('/').slice(1, -1);
  for (let depth = folders.length; depth >= 0; depth -= 1) {
    const page = join(siteDir, ...folders.slice(0, depth), '404.html');
    if (!relative(siteDir, page).split(sep).includes('..') && (await fileAt(page)) === 'file')
      return page;
  }
  return undefined;
}

/**
 * Serves a built site as a static host does: `/x/` answers with `/x/index.html`, `/x` of a
 * folder redirects to `/x/`, and a missing file gets status 404 with the nearest `404.html`
 * (`/ar/404.html` for a missing `/ar/x/`, else `/404.html`) when the site has one. The site
 * is served under `base` (`/archive/` for a GitHub Pages project site), and with the headers
 * its `_headers` file gives, as Netlify and Cloudflare Pages send them. Listens on 127.0.0.1
 * only, on a free port.
 */
export async function startStaticServer(
  siteDir: string,
  options: { base?: string } = {},
): Promise<StaticServer> {
  const base = options.base ?? '/';
  const headerRules = await readHeadersFile(siteDir);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = sitePath(url.pathname, base);
    const answer: Answer =
      path !== undefined
        ? await answerFor(siteDir, path)
        : `${url.pathname}/` === base
          ? { status: 301, location: '/' }
          : { status: 404 };
    for (const [name, value] of Object.entries(headersFor(headerRules, url.pathname))) {
      response.setHeader(name, value);
    }
    if (answer.status === 301) {
      response
        .writeHead(301, { location: `${base}${answer.location.slice(1)}${url.search}` })
        .end();
    } else if (answer.file) {
      send(response, answer.status, answer.file, request.method === 'HEAD');
    } else {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      // Browsers keep connections alive; close them so the server stops at once.
      server.closeAllConnections();
    });
  return { origin: `http://127.0.0.1:${port}`, close };
}
