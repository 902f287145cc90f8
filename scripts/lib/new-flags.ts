import { closestMatch } from '../../src/content-check/closest-match.ts';
import { answerValue } from '../../src/editor/answer-value.ts';
import type { FieldInfo, FieldKind } from '../../src/editor/field-info.ts';
import { LIST_SHORTHANDS } from '../../src/editor/new-kinds.ts';

type FlagValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** Flags every kind of entry takes, besides its fields. */
const COMMON_FLAGS = {
  id: { type: 'string' },
  body: { type: 'string' },
  content: { type: 'string' },
  help: { type: 'boolean' },
} as const;

const isScalar = (kind: FieldKind) => ['text', 'number', 'choice', 'reference'].includes(kind.type);

/** The flag that sets a field, or undefined for fields written in the file by hand. */
export function flagOf(field: FieldInfo): { name: string; multiple: boolean } | undefined {
  const shorthand = LIST_SHORTHANDS[field.name];
  if (shorthand) return { name: shorthand.flag, multiple: true };
  if (isScalar(field.kind)) return { name: field.name, multiple: false };
  if (field.kind.type === 'list' && isScalar(field.kind.item)) {
    return { name: field.name, multiple: true };
  }
  return undefined;
}

/** The `parseArgs` options for a collection: one per field that a flag can set. */
export function flagOptions(fields: FieldInfo[]) {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> = {
    ...COMMON_FLAGS,
  };
  for (const field of fields) {
    const flag = flagOf(field);
    if (flag) options[flag.name] = { type: 'string', multiple: flag.multiple };
  }
  return options;
}

/** The message for a flag `parseArgs` does not know, with the flag probably meant. */
export function unknownFlagMessage(error: Error, collection: string, known: string[]): string {
  const flag = /^Unknown option '(-[^']*)'/.exec(error.message)?.[1];
  // parseArgs' other messages (a flag without its value) say what is wrong in one sentence.
  if (!flag) return error.message.split('. ')[0]!;
  const suggestion = closestMatch(flag.replace(/^-+/, ''), known);
  const hint = suggestion ? `did you mean --${suggestion}? ` : '';
  return `${flag} is not a flag of ${collection}; ${hint}the flags are: ${known.map((name) => `--${name}`).join(', ')}`;
}

/**
 * The front matter a set of flags describes, in the order of the schema; a country may be
 * named in any of the site's `locales`.
 */
export function draftFromFlags(
  fields: FieldInfo[],
  values: FlagValues,
  locales: readonly string[],
): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of fields) {
    const flag = flagOf(field);
    const given = flag && values[flag.name];
    if (given === undefined || typeof given === 'boolean') continue;
    const shorthand = LIST_SHORTHANDS[field.name];
    if (shorthand) {
      data[field.name] = (given as string[]).map((text) => ({ [shorthand.key]: text }));
    } else if (field.kind.type === 'list') {
      const item = field.kind.item;
      // Ids and codes hold no spaces, so `--organisers uil,unesco` is two of them, while
      // `--editors "Jin Yang, Raúl Valdés"` stays one name per flag.
      const texts = (given as string[]).flatMap((text) =>
        /^[\w-]+(\s*,\s*[\w-]+)+$/.test(text) ? text.split(',').map((part) => part.trim()) : [text],
      );
      data[field.name] = texts.map((text) => answerValue(field, item, text, locales));
    } else {
      data[field.name] = answerValue(field, field.kind, given as string, locales);
    }
  }
  return data;
}
