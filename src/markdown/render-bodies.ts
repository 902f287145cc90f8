import { satteri } from '@astrojs/markdown-satteri';
import { displayPathFrom } from '../content-check/check-content.ts';
import { locateComponents } from './locate-components.ts';
import { sanitizeBody } from './sanitize-body.ts';

/**
 * The Markdown and MDX processor of the site: Astro's own, Sätteri, with raw HTML parsed
 * into elements so that the sanitizer sees it whole, the sanitizer, and component tags
 * located in their files for the errors of the build.
 */
export function renderBodies(rootDir: string) {
  return satteri({
    features: { rawHtml: true },
    hastPlugins: [locateComponents(displayPathFrom(rootDir)), sanitizeBody],
  });
}
