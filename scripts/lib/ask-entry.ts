import { input, search, select } from '@inquirer/prompts';
import {
  answerInContext,
  draftProblems,
  idProblem,
  writeEntry,
  writeTranslationFile,
} from '../../src/editor/entry-draft.ts';
import { addCreatedEntry, labelOf, type EditorContext } from '../../src/editor/editor-context.ts';
import { suggestEntryId } from '../../src/editor/entry-id.ts';
import { describeFactsFields } from '../../src/editor/field-info.ts';
import { promptedFields } from '../../src/editor/new-kinds.ts';
import type { CollectionName } from '../../src/schemas/reference.ts';
import { askField } from './ask-field.ts';
import { translationLocales } from '../../src/schemas/site-config.ts';

/** Asks until every rule of the schema holds, re-asking each field a problem names. */
async function askFields(context: EditorContext, collection: CollectionName, created: string[]) {
  const fields = describeFactsFields(collection, context.reference);
  const create = async (target: CollectionName) => {
    console.log(`\nA new entry in ${target}; then back to the ${collection} entry.`);
    return askNewEntry(context, target, created);
  };
  const answers: Record<string, unknown> = {};
  const ask = async (name: string, note?: string) => {
    const field = fields.find((candidate) => candidate.name === name)!;
    const check = (value: unknown) => answerInContext(collection, field, value, answers, context);
    const value = await askField({ context, create, check, answers }, field, note);
    if (value === undefined) delete answers[name];
    else answers[name] = value;
  };
  for (const name of promptedFields(collection)) await ask(name);
  // Each answer was checked against those before it; a rule that a later answer broke
  // (or one about a field left out) asks that field again.
  for (let problems = draftProblems(collection, answers, context); problems.length;) {
    const [first] = problems;
    const name = first!.field.split(/[.[]/)[0]!;
    // A rule about a field the prompts do not ask is left for the checker to report.
    if (!fields.some((field) => field.name === name)) break;
    await ask(name, first!.field === name ? first!.message : `${first!.field}: ${first!.message}`);
    problems = draftProblems(collection, answers, context);
  }
  // The file lists the fields in the order of the schema, as the Editors' guide does.
  return Object.fromEntries(
    fields
      .filter((field) => field.name in answers)
      .map((field) => [field.name, answers[field.name]]),
  );
}

/**
 * Asks for a new entry of `collection`, field by field, then for its folder name, and
 * writes it. Returns its id; `created` collects the paths of every file written.
 */
export async function askNewEntry(
  context: EditorContext,
  collection: CollectionName,
  created: string[],
): Promise<string> {
  const data = await askFields(context, collection, created);
  const id = await input({
    message: 'id: the folder name, which is also the address of the page',
    default: suggestEntryId(collection, data) || undefined,
    validate: (typed) => idProblem(context, collection, typed.trim()) ?? true,
  });
  const path = await writeEntry(context, collection, id.trim(), data);
  created.push(path);
  addCreatedEntry(context, { collection, id: id.trim(), path, data });
  return id.trim();
}

/** Asks which entry to translate and into which locale, and writes the draft translation. */
export async function askTranslation(context: EditorContext): Promise<string> {
  const sources = context.entries.filter((entry) => !entry.locale);
  const key = await search({
    message: 'Which entry? Type part of its name or folder',
    source: (term) =>
      sources
        .filter((entry) =>
          `${entry.collection}/${entry.id} ${labelOf(entry)}`
            .toLowerCase()
            .includes((term ?? '').toLowerCase()),
        )
        .map((entry) => ({
          name: `${entry.collection}/${entry.id} · ${labelOf(entry)}`,
          value: entry,
        })),
  });
  const existing = context.entries.filter(
    (entry) => entry.locale && entry.collection === key.collection && entry.id === key.id,
  );
  const locales = translationLocales(context.site).filter(
    (code) => !existing.some((entry) => entry.locale === code),
  );
  if (!locales.length) throw new Error(`${key.path} is translated into every locale already`);
  const locale = await select({ message: 'Into which language?', choices: locales });
  return writeTranslationFile(context, key, locale);
}
