import { format, resolveConfig } from 'prettier';
import type { RegionsConfig } from '../../src/schemas/region-config.ts';

/** What `npm run init` writes into annals.config.ts. */
export interface NewSite {
  url: string;
  base: string;
  title: Record<string, string>;
  description: Record<string, string>;
  defaultLocale: string;
  /** Locale codes, in the order of the language picker. */
  locales: string[];
  regions: RegionsConfig;
}

/** The settings of the new site as annals.config.ts takes them. */
export function siteConfigInput(site: NewSite) {
  return {
    url: site.url,
    base: site.base,
    title: site.title,
    description: site.description,
    defaultLocale: site.defaultLocale,
    // Chinese pages declare the script their text is written in.
    locales: site.locales.map((code) => (code === 'zh' ? { code, lang: 'zh-Hans' } : { code })),
    regions: site.regions,
  };
}

/**
 * The source of annals.config.ts for a new archive, formatted as the project formats code.
 * Region lists are written out whole, so the network edits them in place.
 */
export async function siteConfigSource(site: NewSite, file: string): Promise<string> {
  const config = siteConfigInput(site);
  const source = `import { defineSite } from './src/schemas/site-config.ts';

/**
 * The site configuration. Another network runs its own archive by changing this file and
 * the \`content/\` folder; see the README for each field.
 */
export default defineSite(${JSON.stringify(config, null, 2)});
`;
  return format(source, { ...(await resolveConfig(file)), filepath: file });
}
