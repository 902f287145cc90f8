import { resolve } from 'node:path';
import { genericIssueMessage } from '../../content-check/issue-message.ts';
import { fieldPath } from '../../content-check/problem.ts';
import { LOCATION_PROP } from '../../markdown/locate-components.ts';
import {
  COMPONENT_SCHEMAS,
  type ComponentName,
  type ComponentValues,
} from '../../schemas/mdx-components.ts';

/**
 * A content mistake met while the site is built, said as the checker says it: the file
 * and line of the tag (`location`, from the renderer), the attribute, what is wrong. No
 * stack trace, which would only point into the bundled site.
 */
export function contentError(location: unknown, field: string, message: string): Error {
  const where = typeof location === 'string' ? location : 'an MDX page';
  const error = new Error(`${where}: error: ${field}: ${message}`);
  const [, file, line] = /^(.*):(\d+)$/.exec(where) ?? [];
  Object.assign(error, {
    name: 'ContentError',
    hint: 'Correct the tag in the page; `npm run check` lists every content problem before a build.',
    // Astro shows the page's line in place of where the error was thrown.
    loc: file ? { file: resolve(file), line: Number(line), column: 1 } : undefined,
    stack: '',
  });
  return error;
}

/** Where a component's tag is written, as the renderer told it: `content/docs/x/index.mdx:12`. */
export const locationOf = (props: Record<string, unknown>): unknown => props[LOCATION_PROP];

/**
 * The props of a documentation component, read through its schema in
 * src/schemas/mdx-components.ts; a mistake stops the build naming the tag's file and line.
 */
export function componentProps<Name extends ComponentName>(
  name: Name,
  props: Record<string, unknown>,
): ComponentValues<Name> {
  const { [LOCATION_PROP]: location, ...written } = props;
  const result = COMPONENT_SCHEMAS[name].safeParse(written, { error: genericIssueMessage });
  if (result.success) return result.data as ComponentValues<Name>;
  const [issue] = result.error.issues;
  if (issue!.code === 'unrecognized_keys') {
    throw contentError(location, `<${name} ${issue!.keys[0]}>`, `is not an attribute of <${name}>`);
  }
  throw contentError(location, `<${name} ${fieldPath(issue!.path)}>`, issue!.message);
}

/** An entry named by a component, found through the archive, or a content error. */
export function namedEntry<Entry>(
  found: Entry | undefined,
  {
    location,
    tag,
    collection,
    name,
  }: { location: unknown; tag: string; collection: string; name: string },
): Entry {
  if (found) return found;
  throw contentError(
    location,
    tag,
    `refers to content/${collection}/${name}/index.md, which does not exist; write the folder name of an entry, or a former one kept in its aliases`,
  );
}
