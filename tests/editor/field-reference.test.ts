import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { factsSchemaOf, type FieldInfo } from '../../src/editor/field-info.ts';
import { splitCodeSpans } from '../../src/editor/code-spans.ts';
import { fieldReference } from '../../src/editor/field-reference.ts';
import { COLLECTION_NAMES, CONTENT_MODEL } from '../../src/schemas/model.ts';

/** Every field and nested field, by its path: `sessions[].id`. */
function allFields(fields: FieldInfo[], parent = ''): [string, FieldInfo][] {
  return fields.flatMap((field): [string, FieldInfo][] => {
    const path = `${parent}${field.name}`;
    const inner = `${path}${field.kind.type === 'list' ? '[]' : ''}.`;
    return [[path, field], ...allFields(field.fields, inner)];
  });
}

describe("the Editors' guide field reference", () => {
  it.each(COLLECTION_NAMES)('lists every field of the %s schemas', (collection) => {
    const { facts, translationOnly } = fieldReference(collection);
    const listed = [...facts, ...translationOnly].map((field) => field.name);
    const schemaFields = new Set([
      ...Object.keys(factsSchemaOf(collection).shape),
      ...Object.keys(CONTENT_MODEL[collection].translationSchema.shape),
    ]);
    expect(listed.sort()).toEqual([...schemaFields].sort());
  });

  it.each(COLLECTION_NAMES)('describes every field of %s, nested ones included', (collection) => {
    const { facts, translationOnly } = fieldReference(collection);
    const undescribed = allFields([...facts, ...translationOnly])
      .filter(([, field]) => !field.description?.trim())
      .map(([path]) => path);
    expect(undescribed).toEqual([]);
  });

  it.each(COLLECTION_NAMES)(
    'gives an example of every %s field, which its schema accepts',
    (collection) => {
      const { facts, translationOnly } = fieldReference(collection);
      for (const field of [...facts, ...translationOnly]) {
        expect(field.example, `${collection}.${field.name} has no example`).toBeDefined();
        const value = (parse(field.example!) as Record<string, unknown>)[field.name];
        const parsed = field.schema.safeParse(value);
        expect(parsed.error?.issues ?? [], `${collection}.${field.name}`).toEqual([]);
      }
    },
  );
});

describe('code in field descriptions', () => {
  it('splits a description into text and the code spans it writes in backticks', () => {
    expect(splitCodeSpans('Country; taken from `city` when omitted.')).toEqual([
      { text: 'Country; taken from ', code: false },
      { text: 'city', code: true },
      { text: ' when omitted.', code: false },
    ]);
    expect(splitCodeSpans('`<b>` and a lone ` backtick')).toEqual([
      { text: '<b>', code: true },
      { text: ' and a lone ` backtick', code: false },
    ]);
  });
});
