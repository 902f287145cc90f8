import { z } from 'astro/zod';
import { DataLicenseSchema } from './data-license.ts';
import { CountryCodeSchema } from './fields/country.ts';
import { LanguageTagSchema } from './fields/language.ts';
import { HttpUrlSchema } from './fields/web.ts';
import { checkRegions, RegionsConfigSchema } from './region-config.ts';

const LocaleSchema = z.strictObject({
  code: z
    .string()
    .regex(/^[a-z]{2,3}$/, {
      error:
        'expected a short lower-case code, like fr; it is the URL prefix and the translation file name',
    })
    .describe('URL prefix (/fr/) and translation file name (fr.md) of the locale.'),
  lang: LanguageTagSchema.optional().describe(
    'BCP 47 tag for `<html lang>` and search, when it is more precise than the code, like zh-Hans.',
  ),
});

/** A path of the host the site is served under: `/` at the root, `/archive/` in a folder. */
const BasePathSchema = z.string().regex(/^\/([^/?#\s]+\/)*$/, {
  error: (issue) =>
    `'${String(issue.input)}' is not a base path; write a path that starts and ends with /, like /archive/ (or / at the root of the host)`,
});

/** The site configuration: everything another network changes to run its own archive. */
export const SiteConfigSchema = z
  .strictObject({
    url: HttpUrlSchema.describe(
      'Address of the host the site is published at (https://network.github.io), used for canonical links, feeds, calendars and the sitemap; a path goes in `base`.',
    ),
    base: BasePathSchema.default('/').describe(
      'Path the site is served under on its host: `/` at the root, `/archive/` for https://network.github.io/archive/ (a GitHub Pages project site). Every link, asset, feed and search result includes it.',
    ),
    title: z
      .record(z.string(), z.string().min(1))
      .describe(
        'Site name per locale code; the default locale is required, others fall back to it.',
      ),
    description: z
      .record(z.string(), z.string().min(1))
      .describe('One sentence on the archive per locale code; the default locale is required.'),
    defaultLocale: z.string().describe('Code of the locale that index.md files are written in.'),
    locales: z
      .array(LocaleSchema)
      .min(1)
      .describe('Locales of the site, in the order the language picker shows them.'),
    editUrl: HttpUrlSchema.optional().describe(
      'Base address for "edit this page" links; the path of the file under the project root is appended.',
    ),
    regions: RegionsConfigSchema.describe(
      "How countries are grouped into regions for the region listings and filters: 'un-m49' (the default), or the network's own list of regions.",
    ),
    countryNames: z
      .record(CountryCodeSchema, z.record(z.string(), z.string().min(1)))
      .default({})
      .describe(
        'Names of countries per locale code where the network writes them otherwise than `Intl` does, like Republic of Korea for KR.',
      ),
    dataLicense: DataLicenseSchema.optional().describe(
      "Licence of the open data (archive.json, the CSV and GeoJSON files), written into datapackage.json's `licenses`: `{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }`. Left out, the data package names no licence: set it only to the licence the network has chosen.",
    ),
    contentDir: z
      .string()
      .default('content')
      .describe('Folder of the content, relative to the project root.'),
  })
  .superRefine((site, context) => {
    // Refinements run even when a field failed; an invalid url is reported already.
    const path = URL.canParse(site.url) ? new URL(site.url).pathname : '/';
    if (path !== '/') {
      context.addIssue({
        code: 'custom',
        path: ['url'],
        message: `'${site.url}' has a path; give the host only (${new URL(site.url).origin}) and the path as base: '${path.replace(/\/?$/, '/')}'`,
        input: site.url,
      });
    }
    const codes = site.locales.map((locale) => locale.code);
    const report = (path: (string | number)[], message: string) =>
      context.addIssue({ code: 'custom', path, message, input: undefined });
    if (!codes.includes(site.defaultLocale)) {
      report(
        ['defaultLocale'],
        `'${site.defaultLocale}' is not among locales (${codes.join(', ')})`,
      );
    }
    for (const field of ['title', 'description'] as const) {
      if (!site[field][site.defaultLocale]) {
        report([field, site.defaultLocale], 'is required for the default locale');
      }
    }
    checkRegions(site.regions, site.defaultLocale, (path, message) =>
      report(['regions', ...path], message),
    );
    // Every text given per locale must name locales the site has.
    const perLocale: [(string | number)[], Record<string, string>][] = [
      [['title'], site.title],
      [['description'], site.description],
      ...Object.entries(site.countryNames).map(
        ([country, names]): [string[], Record<string, string>] => [
          ['countryNames', country],
          names,
        ],
      ),
      ...(Array.isArray(site.regions) ? site.regions : []).map(
        (region, index): [(string | number)[], Record<string, string>] => [
          ['regions', index, 'name'],
          region.name,
        ],
      ),
    ];
    for (const [path, texts] of perLocale) {
      for (const code of Object.keys(texts).filter((key) => !codes.includes(key))) {
        report([...path, code], `'${code}' is not among locales (${codes.join(', ')})`);
      }
    }
  });

export type SiteConfigInput = z.input<typeof SiteConfigSchema>;
export type SiteConfig = z.output<typeof SiteConfigSchema>;

/** The locales entries are translated into: every locale but the default. */
export function translationLocales(site: SiteConfig): string[] {
  return site.locales.map((locale) => locale.code).filter((code) => code !== site.defaultLocale);
}

/**
 * Settings a build server may give instead of `annals.config.ts`, by environment variable:
 * the GitHub Pages workflow sets the address and base path of the repository's Pages site.
 */
export const ENVIRONMENT_OVERRIDES = { url: 'ANNALS_URL', base: 'ANNALS_BASE' } as const;

type OverriddenField = keyof typeof ENVIRONMENT_OVERRIDES;

/** The fields of the configuration that environment variables set, with their values. */
function overridesFrom(env: Record<string, string | undefined>): Partial<SiteConfigInput> {
  return Object.fromEntries(
    Object.entries(ENVIRONMENT_OVERRIDES).flatMap(([field, variable]) =>
      env[variable] ? [[field, env[variable]]] : [],
    ),
  );
}

/**
 * Validates the site configuration of `annals.config.ts`, with `ANNALS_URL` and
 * `ANNALS_BASE` from the environment taking the place of `url` and `base`. An invalid
 * configuration stops every command at once, with the fields to fix, before any content is
 * read.
 */
export function defineSite(
  input: SiteConfigInput,
  env: Record<string, string | undefined> = process.env,
): SiteConfig {
  const overrides = overridesFrom(env);
  const result = SiteConfigSchema.safeParse({ ...input, ...overrides });
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    const from =
      field in overrides ? ` (from ${ENVIRONMENT_OVERRIDES[field as OverriddenField]})` : '';
    return `  ${issue.path.join('.') || '(root)'}${from}: ${issue.message}`;
  });
  const error = new Error(`annals.config.ts is invalid:\n${lines.join('\n')}`);
  error.stack = error.message;
  throw error;
}
