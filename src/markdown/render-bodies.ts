import { satteri } from '@astrojs/markdown-satteri';
import { displayPathFrom } from '../content-check/check-content.ts';
import { locateComponents } from './locate-components.ts';
import { sanitizeBody } from './sanitize-body.ts';
import { statementPoints } from './statement-points.ts';

/**
 * The Markdown processor of the site: Astro's own, Sätteri, with raw HTML parsed into
 * elements (its `rawHtml` feature) so that the sanitizer sees a tag split across lines
 * whole, and the sanitizer; then the numbered points of a statement's text get their
 * permanent anchors (#point-3), after the sanitizer: what they add is the site's own.
 */
export function renderMarkdown() {
  return satteri({ features: { rawHtml: true }, hastPlugins: [sanitizeBody, statementPoints] });
}

/**
 * The MDX processor of the site: the same, with component tags located in their files for
 * the errors of the build. MDX has no raw HTML (its tags are read as elements already), and
 * reparsing it would lose the positions the locations come from.
 */
export function renderMdx(rootDir: string) {
  return satteri({ hastPlugins: [locateComponents(displayPathFrom(rootDir)), sanitizeBody] });
}
