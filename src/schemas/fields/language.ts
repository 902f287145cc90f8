import { z } from 'astro/zod';
import { expected } from './expected.ts';

const englishLanguageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** The canonical spelling of a well-formed BCP 47 tag, or undefined when it is malformed. */
function canonicalTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

// The same few tags recur on thousands of entries, and Intl's canonicalisation is not cheap.
const problems = new Map<string, string | undefined>();

/**
 * Problems with `tag` as a BCP 47 language tag, or undefined when it is fine. Beyond being
 * well formed, the primary language must be a two- or three-letter code the runtime can name,
 * which refuses look-alikes such as `english` that BCP 47's grammar would let through.
 */
export function languageTagProblem(tag: string): string | undefined {
  if (!problems.has(tag)) problems.set(tag, findLanguageTagProblem(tag));
  return problems.get(tag);
}

function findLanguageTagProblem(tag: string): string | undefined {
  const canonical = canonicalTag(tag);
  const language = canonical?.split('-')[0] ?? '';
  if (!canonical || !/^[a-z]{2,3}$/.test(language) || !englishLanguageNames.of(language)) {
    return `'${tag}' is not a BCP 47 language tag; use a code like en, fr, es, ar, zh-Hans or pt-BR`;
  }
  if (canonical !== tag) {
    return `'${tag}' should be written '${canonical}'`;
  }
  return undefined;
}

/** A language as a BCP 47 tag, such as `en`, `es` or `zh-Hans`. */
export const LanguageTagSchema = z
  .string({ error: expected('a BCP 47 language tag, like en or zh-Hans') })
  .superRefine((tag, context) => {
    const problem = languageTagProblem(tag);
    if (problem) context.addIssue({ code: 'custom', message: problem, input: tag });
  });
