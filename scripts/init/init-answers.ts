import { input, select } from '@inquirer/prompts';
import { HttpUrlSchema } from '../../src/schemas/fields/web.ts';
import { UN_M49 } from '../../src/schemas/region-config.ts';
import type { SiteConfig } from '../../src/schemas/site-config.ts';
import { UsageError, type CommandSpec } from '../lib/cli.ts';
import type { NewSite } from './site-source.ts';

/** The flags of `npm run init`, for node:util's parseArgs. */
export const INIT_OPTIONS = {
  url: { type: 'string' },
  base: { type: 'string' },
  locales: { type: 'string' },
  'default-locale': { type: 'string' },
  title: { type: 'string', multiple: true },
  description: { type: 'string', multiple: true },
  regions: { type: 'string' },
  force: { type: 'boolean' },
} as const;

export const INIT_COMMAND: CommandSpec<typeof INIT_OPTIONS> = {
  usage: 'npm run init -- [--url URL --locales en,fr --title CODE=TEXT …] [--force]',
  help: `Turns this project into another network's archive: writes annals.config.ts, replaces
content/ with a starter archive, checks it and lists its published URLs.
Without flags it asks for each setting. Flags:
  --url URL               address the site is published at (required)
  --base PATH             path under that address, like /archive/ (default /)
  --locales en,fr         locale codes, in the order of the language picker (required)
  --default-locale CODE   the language of index.md files (default: the first locale)
  --title CODE=TEXT       the site's name in a language; repeat per language
  --description CODE=TEXT one sentence on the archive in a language; repeat per language
  --regions un-m49|keep   UN M49's world regions (default), or keep this project's own list
  --force                 run even with uncommitted changes, which it overwrites`,
  options: INIT_OPTIONS,
};

/** Region schemes offered: UN M49, or the list in the current configuration. */
const REGION_CHOICES = [UN_M49, 'keep'];

/** `en=Our archive` pairs as a record per locale; a bare text is the default locale's. */
function perLocale(pairs: string[] | undefined, defaultLocale: string): Record<string, string> {
  return Object.fromEntries(
    (pairs ?? []).map((pair) => {
      const match = /^([a-z]{2,3})=(.*)$/s.exec(pair);
      return match ? [match[1], match[2]] : [defaultLocale, pair];
    }),
  );
}

const codesOf = (text: string) =>
  text
    .split(',')
    .map((code) => code.trim())
    .filter(Boolean);

function regionsOf(choice: string | undefined, current: SiteConfig): NewSite['regions'] {
  if (choice === undefined || choice === UN_M49) return UN_M49;
  if (choice === 'keep') return current.regions;
  throw new UsageError(`--regions takes ${REGION_CHOICES.join(' or ')}, not '${choice}'`);
}

/** The new site from flags; the schema checks the values afterwards. */
export function newSiteFromFlags(
  values: Partial<Record<keyof typeof INIT_OPTIONS, string | string[] | boolean>>,
  current: SiteConfig,
): NewSite {
  const locales = codesOf(String(values.locales ?? ''));
  const defaultLocale = String(values['default-locale'] ?? locales[0] ?? '');
  return {
    url: String(values.url ?? ''),
    base: String(values.base ?? '/'),
    locales,
    defaultLocale,
    title: perLocale(values.title as string[] | undefined, defaultLocale),
    description: perLocale(values.description as string[] | undefined, defaultLocale),
    regions: regionsOf(values.regions as string | undefined, current),
  };
}

/** Asks for a text per locale: required in the default locale, else optional. */
async function askPerLocale(what: string, locales: string[], defaultLocale: string) {
  const texts: Record<string, string> = {};
  for (const code of locales) {
    const required = code === defaultLocale;
    const text = await input({
      message: `${what} in ${code}${required ? '' : ' (Enter to leave it to the default language)'}:`,
      required,
    });
    if (text.trim()) texts[code] = text.trim();
  }
  return texts;
}

/** Asks for each setting of the new site, offering the current ones as defaults. */
export async function askNewSite(current: SiteConfig): Promise<NewSite> {
  const url = await input({
    message: 'Address the site will be published at:',
    validate: (text) => HttpUrlSchema.safeParse(text).error?.issues[0]?.message ?? true,
  });
  const base = await input({
    message: 'Path under that address (/ for its root, /archive/ for a GitHub project site):',
    default: '/',
  });
  const locales = codesOf(
    await input({
      message: 'Locale codes, comma-separated, in the order of the language picker:',
      default: current.locales.map((locale) => locale.code).join(','),
    }),
  );
  const defaultLocale = await select({
    message: 'Language that index.md files are written in:',
    choices: locales,
  });
  const title = await askPerLocale('Name of the site', locales, defaultLocale);
  const description = await askPerLocale('One sentence on the archive', locales, defaultLocale);
  const regions = await select({
    message: 'How countries are grouped into regions:',
    choices: [
      { name: 'UN M49 world regions (Africa, Asia, Europe, …)', value: UN_M49 },
      { name: 'Keep the regions of the current annals.config.ts', value: 'keep' },
    ],
  });
  return {
    url,
    base,
    locales,
    defaultLocale,
    title,
    description,
    regions: regionsOf(regions, current),
  };
}
