import { stringify } from 'yaml';
import { CONTENT_MODEL } from '../schemas/model.ts';
import type { CollectionName } from '../schemas/reference.ts';
import { FIELD_EXAMPLES, TRANSLATED_FROM_EXAMPLE, TRANSLATION_EXAMPLES } from './field-examples.ts';
import { describeFactsFields, describeTranslationFields, type FieldInfo } from './field-info.ts';

/** One field as the Editors' guide lists it. */
export interface ReferenceField extends FieldInfo {
  /** The field as YAML front matter, with its example value. */
  example?: string;
  /** Whether translation files may carry it too. */
  translatable: boolean;
}

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
  const translationFields = describeTranslationFields(collection);
  const translatable = new Set(translationFields.map((field) => field.name));
  const facts = describeFactsFields(collection).map((field) => ({
    ...field,
    example: asYaml(field.name, FIELD_EXAMPLES[collection][field.name]),
    translatable: translatable.has(field.name),
  }));
  const factNames = new Set(facts.map((field) => field.name));
  const translationExamples: Record<string, unknown> = {
    ...TRANSLATION_EXAMPLES[collection],
    translatedFrom: TRANSLATED_FROM_EXAMPLE,
  };
  const translationOnly = translationFields
    .filter((field) => !factNames.has(field.name))
    .map((field) => ({
      ...field,
      example: asYaml(field.name, translationExamples[field.name]),
      translatable: true,
    }));
  return { facts, translationOnly, extension: CONTENT_MODEL[collection].extension };
}
