import { z } from 'astro/zod';
import type { ImageFactory } from '../schemas/fields/image.ts';
import { CONTENT_MODEL, type CollectionModel } from '../schemas/model.ts';
import type { CollectionName, ReferenceFactory } from '../schemas/reference.ts';

/** What a field takes, in the terms the field reference and the prompts need. */
export type FieldKind =
  | { type: 'text' }
  | { type: 'number' }
  | { type: 'choice'; values: string[] }
  | { type: 'reference'; collection: CollectionName }
  | { type: 'image' }
  | { type: 'list'; item: FieldKind }
  | { type: 'group' }
  | { type: 'map'; value: FieldKind };

/** One front-matter field of a collection, read from its schema. */
export interface FieldInfo {
  name: string;
  /** The `.describe()` text of the schema; undefined only when a field lacks one (a bug). */
  description: string | undefined;
  required: boolean;
  /** The value the schema fills in when the field is left out, if any. */
  defaultValue?: unknown;
  kind: FieldKind;
  /** The fields inside a group, or inside each item of a list of groups. */
  fields: FieldInfo[];
  /** The field's own schema, to validate one answer the way the checker will. */
  schema: z.ZodType;
}

// Zod 4 has no public API to walk a schema, so this reads `_zod.def` (type, innerType,
// element, shape…), the structure zod's own JSON Schema export walks. If an upgrade
// changes it, tests/editor/field-reference.test.ts fails on the first collection.
type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Schemas made by the marking factories below, so references and images can be told apart. */
const references = new WeakMap<z.ZodType, CollectionName>();
const images = new WeakSet<z.ZodType>();

/**
 * A reference factory that remembers which collection each reference names; by default its
 * schemas accept any id, or they are those of `base`, like the checker's.
 */
const markReferences =
  (base: ReferenceFactory = () => z.string()): ReferenceFactory =>
  (collection) => {
    const schema = base(collection);
    references.set(schema, collection);
    return schema;
  };

const markedImage: ImageFactory = () => {
  const schema = z.string();
  images.add(schema);
  return schema;
};

/** Strips optional, default and preprocessing wrappers down to the schema of the value. */
function unwrap(schema: z.ZodType): {
  inner: z.ZodType;
  required: boolean;
  defaultValue?: unknown;
} {
  let inner = schema;
  let required = true;
  let defaultValue: unknown;
  for (;;) {
    const def = defOf(inner);
    if (def.type === 'optional' || def.type === 'default') {
      required = false;
      if (def.type === 'default') defaultValue = def.defaultValue;
      inner = def.innerType as z.ZodType;
    } else if (def.type === 'pipe' && !markOf(inner)) {
      const out = def.out as z.ZodType;
      inner = defOf(out).type === 'transform' ? (def.in as z.ZodType) : out;
    } else {
      return { inner, required, defaultValue };
    }
  }
}

/** The schema and those it was cloned from: `.describe()` returns a clone of its schema. */
function* lineage(schema: z.ZodType) {
  for (let current: z.ZodType | undefined = schema; current;) {
    yield current;
    current = (current as unknown as { _zod: { parent?: z.ZodType } })._zod.parent;
  }
}

/** The kind of a schema made by a marking factory, if it was. */
function markOf(schema: z.ZodType): FieldKind | undefined {
  for (const ancestor of lineage(schema)) {
    const collection = references.get(ancestor);
    if (collection) return { type: 'reference', collection };
    if (images.has(ancestor)) return { type: 'image' };
  }
  return undefined;
}

function kindOf(schema: z.ZodType): { kind: FieldKind; fields: FieldInfo[] } {
  const def = defOf(schema);
  const marked = markOf(schema);
  if (marked) return { kind: marked, fields: [] };
  switch (def.type) {
    case 'enum':
      return {
        kind: { type: 'choice', values: (schema as z.ZodEnum).options.map(String) },
        fields: [],
      };
    case 'number':
      return { kind: { type: 'number' }, fields: [] };
    case 'array': {
      const item = kindOf(unwrap(def.element as z.ZodType).inner);
      return { kind: { type: 'list', item: item.kind }, fields: item.fields };
    }
    case 'object':
      return { kind: { type: 'group' }, fields: describeShape((schema as z.ZodObject).shape) };
    case 'record': {
      const value = kindOf(unwrap(def.valueType as z.ZodType).inner);
      return { kind: { type: 'map', value: value.kind }, fields: [] };
    }
    default:
      return { kind: { type: 'text' }, fields: [] };
  }
}

/** Describes every field of an object schema, in the order the schema lists them. */
function describeShape(shape: Record<string, z.ZodType>): FieldInfo[] {
  return Object.entries(shape).map(([name, schema]) => {
    const { inner, required, defaultValue } = unwrap(schema);
    return {
      name,
      description: schema.description,
      required,
      defaultValue,
      ...kindOf(inner),
      schema,
    };
  });
}

/** A collection's facts schema, with references validated by `reference` if given. */
export function factsSchemaOf(collection: CollectionName, reference?: ReferenceFactory) {
  const model = CONTENT_MODEL[collection] as CollectionModel;
  return model.createFactsSchema(markReferences(reference), markedImage);
}

/**
 * The fields of a collection's `index` file, read from its schema. With the checker's
 * `reference`, each field's schema refuses ids that do not exist, in the checker's words.
 */
export function describeFactsFields(
  collection: CollectionName,
  reference?: ReferenceFactory,
): FieldInfo[] {
  return describeShape(factsSchemaOf(collection, reference).shape);
}

/** The fields of a collection's translation files, read from its translation schema. */
export function describeTranslationFields(collection: CollectionName): FieldInfo[] {
  return describeShape(CONTENT_MODEL[collection].translationSchema.shape);
}

/** Whether a field's schema is `schema`, or made from it (`.optional()`, `.describe()`). */
export function fieldTakes(field: FieldInfo, schema: z.ZodType): boolean {
  return [...lineage(unwrap(field.schema).inner)].includes(schema);
}
