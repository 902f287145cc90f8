import { afterEach, describe, expect, it } from 'vitest';
import { writeContentTree } from '../helpers/content-tree.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';

let server: StaticServer | undefined;
afterEach(() => server?.close());

async function serve(files: Record<string, string>, base?: string): Promise<StaticServer> {
  server = await startStaticServer(await writeContentTree(files), { base });
  return server;
}

async function get(path: string) {
  const response = await fetch(server!.origin + path, { redirect: 'manual' });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    cache: response.headers.get('cache-control'),
    policy: response.headers.get('content-security-policy'),
    location: response.headers.get('location'),
    body: await response.text(),
  };
}

describe('the static server for built sites', () => {
  it('listens on 127.0.0.1 only', async () => {
    expect((await serve({})).origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers a folder URL with its index.html, and sends a folder without slash to it', async () => {
    await serve({ 'en/events/index.html': '<p>events</p>' });
    expect(await get('/en/events/')).toMatchObject({
      status: 200,
      type: 'text/html; charset=utf-8',
      body: '<p>events</p>',
    });
    expect(await get('/en/events')).toMatchObject({ status: 301, location: '/en/events/' });
  });

  it('gives each file its content type', async () => {
    await serve({ 'style.css': 'p{}', 'sitemap-index.xml': '<x/>', 'logo.svg': '<svg/>' });
    expect((await get('/style.css')).type).toBe('text/css; charset=utf-8');
    expect((await get('/sitemap-index.xml')).type).toBe('application/xml; charset=utf-8');
    expect((await get('/logo.svg')).type).toBe('image/svg+xml');
  });

  it('answers a missing file with status 404 and the site’s 404 page', async () => {
    await serve({ '404.html': '<h1>Not here</h1>' });
    expect(await get('/en/nothing/')).toMatchObject({ status: 404, body: '<h1>Not here</h1>' });
  });

  it('answers a missing page with the nearest 404 page, as Cloudflare Pages does', async () => {
    await serve({ '404.html': '<h1>Not here</h1>', 'ar/404.html': '<h1>غير موجودة</h1>' });
    expect(await get('/ar/events/nothing/')).toMatchObject({
      status: 404,
      body: '<h1>غير موجودة</h1>',
    });
    expect(await get('/fr/nothing/')).toMatchObject({ status: 404, body: '<h1>Not here</h1>' });
  });

  it('answers 404 without a 404 page, and serves nothing outside the folder', async () => {
    await serve({ 'index.html': 'home' });
    expect((await get('/nothing.css')).status).toBe(404);
    expect((await get('/..%2f..%2fetc%2fpasswd')).status).toBe(404);
  });

  it('serves the site under its base path, and nothing outside it', async () => {
    await serve({ 'index.html': 'home', 'en/index.html': 'en', '404.html': 'gone' }, '/archive/');
    expect(await get('/archive/en/')).toMatchObject({ status: 200, body: 'en' });
    expect(await get('/archive/')).toMatchObject({ status: 200, body: 'home' });
    expect(await get('/archive')).toMatchObject({ status: 301, location: '/archive/' });
    expect(await get('/archive/en?q=1')).toMatchObject({
      status: 301,
      location: '/archive/en/?q=1',
    });
    expect(await get('/archive/fr/')).toMatchObject({ status: 404, body: 'gone' });
    expect((await get('/en/')).status).toBe(404);
  });

  it('sends the headers of every rule of the site’s _headers file that matches', async () => {
    const headers = [
      '# comment',
      '/archive/*',
      "  Content-Security-Policy: default-src 'self'",
      '/archive/_astro/*',
      '  Cache-Control: immutable',
      '/archive/',
      '  Cache-Control: no-cache',
      '/archive/_astro/a.css',
      "  Content-Security-Policy: img-src 'none'",
    ].join('\n');
    await serve(
      { _headers: headers, 'index.html': 'home', '_astro/a.css': 'p{}', '_astro/b.js': '' },
      '/archive/',
    );
    expect(await get('/archive/')).toMatchObject({
      cache: 'no-cache',
      policy: "default-src 'self'",
    });
    expect(await get('/archive/_astro/b.js')).toMatchObject({
      cache: 'immutable',
      policy: "default-src 'self'",
    });
    expect(await get('/archive/_astro/a.css')).toMatchObject({
      policy: "default-src 'self', img-src 'none'",
    });
    expect(await get('/elsewhere')).toMatchObject({ status: 404, cache: null, policy: null });
  });
});
