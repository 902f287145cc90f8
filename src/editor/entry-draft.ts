import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { genericIssueMessage } from '../content-check/issue-message.ts';
import { fieldPath } from '../content-check/problem.ts';
import { SlugSchema } from '../schemas/fields/text.ts';
import { CONTENT_MODEL } from '../schemas/model.ts';
import type { CollectionName } from '../schemas/reference.ts';
import type { ValidEntryFile } from '../content-check/validate-file.ts';
import type { EditorContext } from './editor-context.ts';
import { factsSchemaOf, type FieldInfo } from './field-info.ts';
import { draftTranslation } from './translation-draft.ts';

/** A problem with one answer, worded as the checker words it. */
export interface DraftProblem {
  /** The field, like `end` or `sources[0].url`. */
  field: string;
  message: string;
}

const parseOptions = { error: genericIssueMessage, reportInput: true } as const;

/** Whether one answer fits its field; the checker's message when it does not. */
export function answerProblem(field: FieldInfo, value: unknown): string | undefined {
  const result = field.schema.safeParse(value, parseOptions);
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  const where = fieldPath(issue.path);
  return where ? `${where}: ${issue.message}` : issue.message;
}

/** Every problem of a whole draft, including the rules between its fields. */
export function draftProblems(
  collection: CollectionName,
  data: Record<string, unknown>,
  context: EditorContext,
): DraftProblem[] {
  const result = factsSchemaOf(collection, context.reference).safeParse(data, parseOptions);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    field: fieldPath(issue.path),
    message: issue.message,
  }));
}

/** Whether a problem, by its field path (`end`, `sources[0].url`), is about `field`. */
const isAbout = (path: string, field: string) =>
  path === field || path.startsWith(`${field}.`) || path.startsWith(`${field}[`);

/**
 * Whether an answer fits its field and the answers given before it, such as an end on or
 * after the start; the checker's message when it does not, without the field's name when
 * the message is about the field itself (the question already names it).
 */
export function answerInContext(
  collection: CollectionName,
  field: FieldInfo,
  value: unknown,
  answers: Record<string, unknown>,
  context: EditorContext,
): string | undefined {
  const own = answerProblem(field, value);
  if (own) return own;
  const draft = { ...answers, [field.name]: value };
  const problem = draftProblems(collection, draft, context).find((found) =>
    isAbout(found.field, field.name),
  );
  if (!problem) return undefined;
  return problem.field === field.name ? problem.message : `${problem.field}: ${problem.message}`;
}

/** Front matter and body as the text of a Markdown file. */
export function toMarkdown(data: Record<string, unknown>, body = ''): string {
  const text = body.trim();
  return `---\n${stringify(data, { lineWidth: 0 })}---\n${text ? `\n${text}\n` : ''}`;
}

/** Writes a new entry's `index` file; refuses a folder that exists, whatever is in it. */
export async function writeEntry(
  context: EditorContext,
  collection: CollectionName,
  id: string,
  data: Record<string, unknown>,
  body?: string,
): Promise<string> {
  const folder = join(context.contentDir, collection, id);
  await mkdir(join(context.contentDir, collection), { recursive: true });
  // `recursive: false` fails if the folder exists, even if it appeared since the question.
  await mkdir(folder);
  const path = join(folder, `index${CONTENT_MODEL[collection].extension}`);
  await writeFile(path, toMarkdown(data, body), { flag: 'wx' });
  return path;
}

/** Whether `id` can name a new entry's folder; what to do when it cannot. */
export function idProblem(
  context: EditorContext,
  collection: CollectionName,
  id: string,
): string | undefined {
  if (!id) return 'is required; write a folder name of lower-case letters, digits and hyphens';
  const result = SlugSchema.safeParse(id);
  if (!result.success) return result.error.issues[0]!.message;
  if (context.folderExists(collection, id)) {
    return `${displayFolder(context, collection, id)} already exists; choose another id, or edit the entry in it`;
  }
  // Another entry may have taken the address through its `slug` or `aliases`.
  const owner = context.entries.find(
    (entry) =>
      entry.collection === collection &&
      !entry.locale &&
      (entry.data.slug === id || ((entry.data.aliases ?? []) as string[]).includes(id)),
  );
  if (owner) {
    return `the address /${collection}/${id}/ is already taken by ${owner.path}; choose another id`;
  }
  return undefined;
}

/** `content/events/<id>/` as the editor sees it. */
function displayFolder(context: EditorContext, collection: string, id: string): string {
  return `${context.displayPath(join(context.contentDir, collection, id))}/`;
}

/** Writes a translation file of `source` into `locale`; refuses one that exists. */
export async function writeTranslationFile(
  context: EditorContext,
  source: ValidEntryFile,
  locale: string,
): Promise<string> {
  const path = join(
    dirname(source.absolutePath),
    `${locale}${CONTENT_MODEL[source.collection].extension}`,
  );
  if (existsSync(path)) {
    throw new Error(
      `${context.displayPath(path)} already exists; edit it, or see \`npm run translations\` for what is outdated`,
    );
  }
  const { data, body } = draftTranslation(source);
  await writeFile(path, toMarkdown(data, body), { flag: 'wx' });
  return path;
}
