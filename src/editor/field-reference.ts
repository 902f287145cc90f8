import { stringify } from 'yaml';
import { CONTENT_MODEL, type CollectionModel } from '../schemas/model.ts';
import type { CollectionName } from '../schemas/reference.ts';
import { describeFactsFields, describeTranslationFields, type FieldInfo } from './field-info.ts';

/** One field as the Editors' guide lists it. */
export interface ReferenceField extends FieldInfo {
  /** The field as YAML front matter, with its example value. */
  example?: string;
  /** Whether translation files may carry it too. */
  translatable: boolean;
}

/** The `translatedFrom` example, which every translation schema has. */
const TRANSLATED_FROM_EXAMPLE = '2b9805d9';

const asYaml = (name: string, value: unknown) =>
  value === undefined ? undefined : stringify({ [name]: value }, { lineWidth: 0 }).trimEnd();

/**
 * The field reference of a collection, read from its schemas: the fields of `index` files
 * with an example each, and the fields only translation files have.
 */
export function fieldReference(collection: CollectionName): {
  facts: ReferenceField[];
  translationOnly: ReferenceField[];
  extension: string;
} {
  const model: CollectionModel = CONTENT_MODEL[collection];
  const translationFields = describeTranslationFields(collection);
  const translatable = new Set(translationFields.map((field) => field.name));
  const facts = describeFactsFields(collection).map((field) => ({
    ...field,
    example: asYaml(field.name, model.fieldExamples[field.name]),
    translatable: translatable.has(field.name),
  }));
  const factNames = new Set(facts.map((field) => field.name));
  const translationExamples: Record<string, unknown> = {
    ...model.translationExamples,
    translatedFrom: TRANSLATED_FROM_EXAMPLE,
  };
  const translationOnly = translationFields
    .filter((field) => !factNames.has(field.name))
    .map((field) => ({
      ...field,
      example: asYaml(field.name, translationExamples[field.name]),
      translatable: true,
    }));
  return { facts, translationOnly, extension: model.extension };
}
