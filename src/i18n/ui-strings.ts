import { z } from 'astro/zod';
import sourceStrings from './ui/en.json';
import { LOCALES } from './locales.ts';

/** A key of the interface strings, such as `nav.events`. */
export type UiKey = keyof typeof sourceStrings;

/**
 * Every locale must translate every key of the English file, and nothing else: a missing or
 * misspelt key fails the build here, naming the file and the key.
 */
const UiStringsSchema = z.strictObject(
  Object.fromEntries(
    Object.keys(sourceStrings).map((key) => [key, z.string().trim().min(1)]),
  ) as Record<UiKey, z.ZodString>,
);

const files = import.meta.glob<{ default: unknown }>('./ui/*.json', { eager: true });

/**
 * Validates the interface strings of one locale; throws an error naming the file and every
 * key that is missing, empty or unknown.
 */
export function parseUiStrings(code: string, strings: unknown): Record<UiKey, string> {
  if (strings === undefined) {
    throw new Error(
      `src/i18n/ui/${code}.json is missing: every locale needs its interface strings`,
    );
  }
  const result = UiStringsSchema.safeParse(strings);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys')
      return `${issue.keys.join(', ')}: not keys of en.json; remove them`;
    const key = String(issue.path[0]);
    return issue.code === 'invalid_type' && issue.input === undefined
      ? `${key}: missing; translate it`
      : `${key}: empty; translate it`;
  });
  throw new Error(`src/i18n/ui/${code}.json: ${problems.join('; ')}`);
}

/** Interface strings per locale code, validated once when the module loads. */
export const UI_STRINGS: ReadonlyMap<string, Record<UiKey, string>> = new Map(
  LOCALES.map((locale) => [
    locale.code,
    parseUiStrings(locale.code, files[`./ui/${locale.code}.json`]?.default),
  ]),
);
