/**
 * `robots.txt`: every page may be crawled, and the sitemap, written by @astrojs/sitemap at
 * the base of the site, lists them. Pages that should stay out of the index (fallbacks,
 * redirects, the 404 page) say so themselves with `noindex`, which crawlers can only read
 * on a page they are allowed to fetch.
 */
export function createRobotsTxt(siteUrl: string, base: string): string {
  const sitemap = new URL(`${base}sitemap-index.xml`, siteUrl).href;
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`;
}
