import { input, search, select } from '@inquirer/prompts';
import { answerValue } from '../../src/editor/answer-value.ts';
import { answerProblem } from '../../src/editor/entry-draft.ts';
import { labelOf, type EditorContext } from '../../src/editor/editor-context.ts';
import { fieldTakes, type FieldInfo } from '../../src/editor/field-info.ts';
import { kindOfCollection, LIST_SHORTHANDS } from '../../src/editor/new-kinds.ts';
import { countryOfDraft, timeZonesOf } from '../../src/editor/time-zones.ts';
import { TimeZoneSchema } from '../../src/schemas/fields/dates.ts';
import type { CollectionName } from '../../src/schemas/reference.ts';

/** Answers that are not values: leave the field out, end a list, or create the entry named. */
const SKIP = Symbol('skip');
const NEW = Symbol('new');

/** Creates an entry of a collection in the middle of another one, returning its id. */
export type CreateEntry = (collection: CollectionName) => Promise<string>;

/**
 * What a question knows of the entry being written: how to check an answer against the
 * field and the answers given before it, and those answers.
 */
export interface Asking {
  context: EditorContext;
  create: CreateEntry;
  /** The problem with an answer, in the checker's words, or undefined when it fits. */
  check: (value: unknown) => string | undefined;
  answers: Record<string, unknown>;
}

const title = (field: FieldInfo, note?: string) =>
  `${field.name}: ${note ?? field.description ?? ''}`;

/** Chooses an existing entry by typing part of its name or id, or adds a new one. */
async function askReference(
  context: EditorContext,
  collection: CollectionName,
  message: string,
  options: { optional: boolean; exclude?: string[]; create: CreateEntry },
): Promise<string | undefined> {
  const candidates = context.entries.filter(
    (entry) =>
      entry.collection === collection && !entry.locale && !options.exclude?.includes(entry.id),
  );
  const answer = await search<string | symbol>({
    message,
    source: (term) => {
      const typed = (term ?? '').toLowerCase();
      const found = candidates
        .filter((entry) => `${entry.id} ${labelOf(entry)}`.toLowerCase().includes(typed))
        .map((entry) => ({ name: `${entry.id} · ${labelOf(entry)}`, value: entry.id }));
      // Enter alone leaves an optional field out; Enter after typing takes the first match.
      const none = options.optional && !typed ? [{ name: '(none)', value: SKIP }] : [];
      return [
        ...none,
        ...found,
        { name: `+ add a new ${kindOfCollection(collection)}`, value: NEW },
      ];
    },
  });
  if (answer === SKIP) return undefined;
  return answer === NEW ? options.create(collection) : (answer as string);
}

/**
 * Asks for one line of text and checks it at once, against the field and the answers
 * before it (an end before the start is refused at the end), before accepting it.
 */
async function askText(
  asking: Asking,
  field: FieldInfo,
  message: string,
  required: boolean,
): Promise<unknown> {
  const locales = asking.context.site.locales.map((locale) => locale.code);
  const convert = (text: string): unknown => {
    if (field.kind.type !== 'list') return answerValue(field, field.kind, text, locales);
    return text
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
  };
  const text = await input({
    message,
    validate: (typed) => {
      if (!typed.trim()) return required ? 'is required' : true;
      return asking.check(convert(typed.trim())) ?? true;
    },
  });
  return text.trim() ? convert(text.trim()) : undefined;
}

/**
 * Asks for a time zone among those of the entry's country (from its city, or its own
 * `country`), or any other typed by name.
 */
async function askTimeZone(asking: Asking, field: FieldInfo, message: string): Promise<unknown> {
  const zones = timeZonesOf(countryOfDraft(asking.context, asking.answers));
  if (!zones.length) return askText(asking, field, message, field.required);
  const OTHER = Symbol('other');
  const answer = await select<string | symbol>({
    message,
    choices: [
      ...(field.required ? [] : [{ name: '(none)', value: SKIP }]),
      ...zones.map((zone) => ({ name: zone, value: zone })),
      { name: 'another zone…', value: OTHER },
    ],
  });
  if (answer === OTHER) return askText(asking, field, message, field.required);
  return answer === SKIP ? undefined : answer;
}

/** Asks for the items of a list one at a time, until the editor leaves one empty. */
async function askList(
  asking: Asking,
  field: FieldInfo,
  message: string,
): Promise<unknown[] | undefined> {
  const { context, create } = asking;
  const shorthand = LIST_SHORTHANDS[field.name];
  const itemField = shorthand && field.fields.find((inner) => inner.name === shorthand.key);
  const item = itemField?.kind ?? (field.kind.type === 'list' ? field.kind.item : field.kind);
  const values: string[] = [];
  for (;;) {
    const optional = !field.required || values.length > 0;
    const note = `${message} (${values.length} so far${optional ? '; leave empty when done' : ''})`;
    const value =
      item.type === 'reference'
        ? await askReference(context, item.collection, note, { optional, exclude: values, create })
        : ((await askText(itemAsking(asking, itemField), itemField ?? field, note, !optional)) as
            string | undefined);
    if (value === undefined) break;
    values.push(value);
  }
  if (!values.length) return undefined;
  return shorthand ? values.map((value) => ({ [shorthand.key]: value })) : values;
}

/** How to ask for one item of a list of groups: checked against the item's own field. */
function itemAsking(asking: Asking, itemField: FieldInfo | undefined): Asking {
  if (!itemField) return asking;
  return { ...asking, check: (value) => answerProblem(itemField, value) };
}

/** Asks for the value of one field, in the way its kind calls for. */
export async function askField(asking: Asking, field: FieldInfo, note?: string): Promise<unknown> {
  const { context, create } = asking;
  const message = title(field, note);
  const { kind } = field;
  if (fieldTakes(field, TimeZoneSchema)) return askTimeZone(asking, field, message);
  if (kind.type === 'choice') {
    const choices = kind.values.map((value) => ({ name: value, value: value as string | symbol }));
    const answer = await select({
      message,
      choices: field.required ? choices : [{ name: '(none)', value: SKIP }, ...choices],
    });
    return answer === SKIP ? undefined : answer;
  }
  if (kind.type === 'reference') {
    return askReference(context, kind.collection, message, { optional: !field.required, create });
  }
  const isTextList = kind.type === 'list' && kind.item.type === 'text';
  if (kind.type === 'list' && (!isTextList || LIST_SHORTHANDS[field.name])) {
    return askList(asking, field, message);
  }
  return askText(
    asking,
    field,
    isTextList ? `${message} (separate them with commas)` : message,
    field.required,
  );
}
