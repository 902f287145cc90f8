import { z } from 'astro/zod';
import { LanguageTagSchema } from './fields/language.ts';
import { HttpUrlSchema } from './fields/web.ts';

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

/** The site configuration: everything another network changes to run its own archive. */
export const SiteConfigSchema = z
  .strictObject({
    url: HttpUrlSchema.describe(
      'Address the site is published at, used for canonical links and the sitemap.',
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
    contentDir: z
      .string()
      .default('content')
      .describe('Folder of the content, relative to the project root.'),
  })
  .superRefine((site, context) => {
    const codes = site.locales.map((locale) => locale.code);
    if (!codes.includes(site.defaultLocale)) {
      context.addIssue({
        code: 'custom',
        path: ['defaultLocale'],
        message: `'${site.defaultLocale}' is not among locales (${codes.join(', ')})`,
        input: site.defaultLocale,
      });
    }
    for (const field of ['title', 'description'] as const) {
      if (!site[field][site.defaultLocale]) {
        context.addIssue({
          code: 'custom',
          path: [field, site.defaultLocale],
          message: 'is required for the default locale',
          input: undefined,
        });
      }
      for (const code of Object.keys(site[field]).filter((key) => !codes.includes(key))) {
        context.addIssue({
          code: 'custom',
          path: [field, code],
          message: `'${code}' is not among locales (${codes.join(', ')})`,
          input: code,
        });
      }
    }
  });

export type SiteConfigInput = z.input<typeof SiteConfigSchema>;
export type SiteConfig = z.output<typeof SiteConfigSchema>;

/**
 * Validates the site configuration of `annals.config.ts`. An invalid configuration stops
 * every command at once, with the fields to fix, before any content is read.
 */
/** The locales entries are translated into: every locale but the default. */
export function translationLocales(site: SiteConfig): string[] {
  return site.locales.map((locale) => locale.code).filter((code) => code !== site.defaultLocale);
}

export function defineSite(input: SiteConfigInput): SiteConfig {
  const result = SiteConfigSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map(
    (issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`,
  );
  const error = new Error(`annals.config.ts is invalid:\n${lines.join('\n')}`);
  error.stack = error.message;
  throw error;
}
