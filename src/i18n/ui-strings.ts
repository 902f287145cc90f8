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

function loadStrings(code: string): Record<UiKey, string> {
  const file = `./ui/${code}.json`;
  const module = files[file];
  if (!module)
    throw new Error(
      `src/i18n/ui/${code}.json is missing: every locale needs its interface strings`,
    );
  const result = UiStringsSchema.safeParse(module.default);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) =>
    issue.code === 'unrecognized_keys'
      ? `unknown keys ${issue.keys.join(', ')}`
      : `${issue.path.join('.')}: ${issue.message}`,
  );
  throw new Error(`src/i18n/ui/${code}.json: ${problems.join('; ')}`);
}

/** Interface strings per locale code, validated once when the module loads. */
export const UI_STRINGS: ReadonlyMap<string, Record<UiKey, string>> = new Map(
  LOCALES.map((locale) => [locale.code, loadStrings(locale.code)]),
);
