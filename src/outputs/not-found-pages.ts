import { rename, rmdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** Where Astro builds a locale's 404 page (`src/pages/[lang]/404.astro`), under a base path. */
export function builtNotFoundPage(base: string, locale: string): string {
  return `${base}${locale}/404/`;
}

/**
 * Moves each locale's 404 page from `/{lang}/404/index.html`, where Astro writes a page,
 * to `/{lang}/404.html`, the file that hosts serving the nearest 404 page (Netlify,
 * Cloudflare Pages) look for under `/{lang}/`. Astro names only the root 404 page so.
 */
export async function placeNotFoundPages(dir: URL, locales: readonly string[]): Promise<void> {
  for (const locale of locales) {
    const folder = fileURLToPath(new URL(`${locale}/404/`, dir));
    await rename(`${folder}index.html`, fileURLToPath(new URL(`${locale}/404.html`, dir)));
    await rmdir(folder);
  }
}
