import { parseArgs } from 'node:util';
import { closestMatch } from '../../src/content-check/closest-match.ts';
import type { EditorContext } from '../../src/editor/editor-context.ts';
import {
  draftProblems,
  idProblem,
  writeEntry,
  writeTranslationFile,
} from '../../src/editor/entry-draft.ts';
import { suggestEntryId } from '../../src/editor/entry-id.ts';
import { describeFactsFields, type FieldInfo } from '../../src/editor/field-info.ts';
import type { CollectionName } from '../../src/schemas/reference.ts';
import { UsageError } from './cli.ts';
import { draftFromFlags, flagOf, flagOptions, unknownFlagMessage } from './new-flags.ts';
import { translationLocales } from '../../src/schemas/site-config.ts';

/** `--name  description` for each flag of a collection, for `--help`. */
function flagHelp(collection: CollectionName, fields: FieldInfo[]): string {
  const lines = fields.flatMap((field) => {
    const flag = flagOf(field);
    if (!flag) return [];
    const needed = field.required ? ' (required)' : '';
    const choices = field.kind.type === 'choice' ? ` One of: ${field.kind.values.join(', ')}.` : '';
    return [
      `  --${flag.name}${flag.multiple ? ' (repeatable)' : ''}${needed}: ${field.description}${choices}`,
    ];
  });
  return [
    `Flags for a new entry in ${collection}:`,
    ...lines,
    '  --id: the folder name, when the one made from the title does not suit',
    '  --body: the text below the front matter',
  ].join('\n');
}

/** Refuses an argument after the kind: a value whose flag is missing, or a typo. */
function strayArgument(positionals: string[]) {
  if (positionals.length > 1) throw new UsageError(`unexpected argument '${positionals[1]}'`);
}

/** Creates an entry from flags alone; throws every problem at once, creating nothing. */
export async function createFromFlags(
  context: EditorContext,
  collection: CollectionName,
  args: string[],
): Promise<string[]> {
  const fields = describeFactsFields(collection, context.reference);
  const options = flagOptions(fields);
  let values: ReturnType<
    typeof parseArgs<{ options: typeof options; allowPositionals: true }>
  >['values'];
  try {
    const parsed = parseArgs({ args, options, allowPositionals: true });
    strayArgument(parsed.positionals);
    values = parsed.values;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(unknownFlagMessage(error as Error, collection, Object.keys(options)));
  }
  if (values.help) {
    console.log(flagHelp(collection, fields));
    return [];
  }
  const locales = context.site.locales.map((locale) => locale.code);
  const data = draftFromFlags(fields, values, locales);
  const flagName = (path: string) => {
    const field = fields.find((candidate) => candidate.name === path.split(/[.[]/)[0]);
    return `--${(field && flagOf(field)?.name) ?? path}`;
  };
  const problems = draftProblems(collection, data, context).map(
    (problem) => `${flagName(problem.field)}: ${problem.message}`,
  );
  const id = typeof values.id === 'string' ? values.id : suggestEntryId(collection, data);
  const badId = problems.length ? undefined : idProblem(context, collection, id);
  if (badId) problems.push(`--id: ${id ? `'${id}': ` : ''}${badId}`);
  if (problems.length) throw new Error(`${problems.join('\n')}\nNothing was created.`);
  return [await writeEntry(context, collection, id, data, values.body as string | undefined)];
}

/** Creates a translation from `--of <collection>/<id> --locale <code>`. */
export async function translateFromFlags(
  context: EditorContext,
  args: string[],
): Promise<string[]> {
  const options = {
    of: { type: 'string' },
    locale: { type: 'string' },
    content: { type: 'string' },
    help: { type: 'boolean' },
  } as const;
  let values: { of?: string; locale?: string; help?: boolean };
  try {
    const parsed = parseArgs({ args, options, allowPositionals: true });
    strayArgument(parsed.positionals);
    values = parsed.values;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(unknownFlagMessage(error as Error, 'translation', Object.keys(options)));
  }
  if (values.help) {
    console.log(
      'Flags for a translation:\n  --of: the entry to translate, as <collection>/<folder name>, like events/2017-iclc-cork\n  --locale: the language to translate into, one of the locales of annals.config.ts',
    );
    return [];
  }
  const sources = context.entries.filter((entry) => !entry.locale);
  const keys = sources.map((entry) => `${entry.collection}/${entry.id}`);
  const source = sources.find((entry) => `${entry.collection}/${entry.id}` === values.of);
  const locales = translationLocales(context.site);
  const problems: string[] = [];
  if (!source) {
    const suggestion = values.of && closestMatch(values.of, keys);
    problems.push(
      `--of: ${values.of ? `'${values.of}' is not an entry` : 'is required'}; ${suggestion ? `did you mean ${suggestion}?` : 'write <collection>/<folder name>, like events/2015-iclc-mexico-city'}`,
    );
  }
  if (!values.locale || !locales.includes(values.locale)) {
    problems.push(
      `--locale: ${values.locale ? `'${values.locale}' is not a translation locale` : 'is required'}; use one of: ${locales.join(', ')}`,
    );
  }
  if (problems.length) throw new Error(`${problems.join('\n')}\nNothing was created.`);
  return [await writeTranslationFile(context, source!, values.locale!)];
}
