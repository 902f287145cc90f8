import { describe, expect, it } from 'vitest';
import { formatHeadersFile, headerRules } from '../../src/outputs/headers-file.ts';
import { mergePolicies } from '../../src/outputs/security-policy.ts';
import { headersFor, parseHeadersFile } from '../helpers/headers-file.ts';

const KEEP = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=0, must-revalidate';

describe('merging the policies of pages into one header', () => {
  it('allows what any page allows, each source once, and adds what only a header can say', () => {
    const merged = mergePolicies(
      [
        "default-src 'self'; script-src 'self' 'sha256-a'",
        "default-src 'self';script-src 'self' 'sha256-b'",
      ],
      ["frame-ancestors 'self'"],
    );
    expect(merged).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; frame-ancestors 'self'",
    );
  });
});

describe('the _headers file', () => {
  const rules = headerRules({
    base: '/archive/',
    topLevel: ['_astro/', 'en/', 'data/', 'pagefind/', 'index.html', '404.html', 'robots.txt'],
    searchBundle: [
      'fragment/',
      'index/',
      'filter/',
      'pagefind.js',
      'pagefind.en_1a2b.pf_meta',
      'wasm.en.pagefind',
      'fallback/ar/fragment/',
      'fallback/ar/pagefind.js',
      'fallback/ar/pagefind.en_3c4d.pf_meta',
    ],
    pagePolicies: ["default-src 'self'; script-src 'self'"],
  });
  const served = parseHeadersFile(formatHeadersFile(rules));
  const cacheOf = (path: string) => headersFor(served, path)['cache-control'];

  it('sends the policy, with frame-ancestors, and safety headers on every path under the base', () => {
    for (const path of ['/archive/', '/archive/en/events/', '/archive/_astro/a.js']) {
      expect(headersFor(served, path)).toMatchObject({
        'content-security-policy': "default-src 'self'; script-src 'self'; frame-ancestors 'self'",
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'strict-origin-when-cross-origin',
      });
    }
  });

  it('keeps files named after their content a year, and has the rest asked for again', () => {
    expect(cacheOf('/archive/_astro/BaseLayout.C1Jj.css')).toBe(KEEP);
    expect(cacheOf('/archive/pagefind/fragment/en_12ab.pf_fragment')).toBe(KEEP);
    expect(cacheOf('/archive/pagefind/index/en_12ab.pf_index')).toBe(KEEP);
    expect(cacheOf('/archive/pagefind/filter/en_12ab.pf_filter')).toBe(KEEP);
    expect(cacheOf('/archive/pagefind/pagefind.en_1a2b.pf_meta')).toBe(KEEP);
    expect(cacheOf('/archive/pagefind/fallback/ar/fragment/en_34cd.pf_fragment')).toBe(KEEP);
    expect(cacheOf('/archive/pagefind/fallback/ar/pagefind.en_3c4d.pf_meta')).toBe(KEEP);
    expect(cacheOf('/archive/pagefind/fallback/ar/pagefind.js')).toBe(REVALIDATE);
    for (const path of [
      '/archive/',
      '/archive/en/events/',
      '/archive/en/rss.xml',
      '/archive/en/events.ics',
      '/archive/data/archive.json',
      '/archive/robots.txt',
      '/archive/404.html',
      '/archive/pagefind/pagefind.js',
      '/archive/pagefind/wasm.en.pagefind',
    ]) {
      expect(cacheOf(path), path).toBe(REVALIDATE);
    }
  });
});
