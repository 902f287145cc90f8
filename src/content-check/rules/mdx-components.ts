import type { z } from 'astro/zod';
import { createComponentSchemas } from '../../schemas/mdx-components.ts';
import type { CollectionName } from '../../schemas/reference.ts';
import { bodyNodes, bodyTree, lineOf, type BodyNode } from '../body/body-tree.ts';
import { attributeValue, CODE } from '../../schemas/mdx-values.ts';
import { createCheckedReference } from '../checked-reference.ts';
import { closestMatch } from '../closest-match.ts';
import { genericIssueMessage } from '../issue-message.ts';
import { fieldPath, type Problem } from '../problem.ts';
import type { ValidEntryFile } from '../validate-file.ts';
import type { ContentRule, RuleInput } from './rule.ts';

type Schemas = Record<string, z.ZodObject>;

/** Whether an MDX element is a component (`Callout`) rather than HTML or a fragment. */
const isComponent = (node: BodyNode) =>
  (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
  /^[A-Z]|\./.test(node.name ?? '');

/**
 * The names an entry can be referred to by from a page: its folder name, and the former
 * names kept in its `aliases`, so a page written before a rename still builds.
 */
function namesWithAliases(input: RuleInput): Record<CollectionName, Set<string>> {
  const names = Object.fromEntries(
    Object.entries(input.ids).map(([collection, ids]) => [collection, new Set(ids)]),
  ) as Record<CollectionName, Set<string>>;
  for (const entry of input.facts) {
    for (const alias of entry.data.aliases ?? []) names[entry.collection].add(alias);
  }
  return names;
}

/** The attributes of a component tag as props; those written as code are mdxCode's. */
function propsOf(node: BodyNode) {
  const props: Record<string, unknown> = {};
  const coded: string[] = [];
  for (const attribute of node.attributes ?? []) {
    const value = attributeValue(attribute);
    if (value === CODE) coded.push(attribute.name ?? '');
    else if (attribute.name) props[attribute.name] = value;
  }
  return { props, coded };
}

/** The problems of one component tag against its schema. */
function componentProblems(node: BodyNode, schemas: Schemas): string[] {
  const name = node.name ?? '';
  const schema = schemas[name];
  if (!schema) {
    const suggestion = closestMatch(name, Object.keys(schemas));
    return [
      `<${name}> is not a component of documentation pages${suggestion ? ` (did you mean <${suggestion}>?)` : ''}; they are: ${Object.keys(schemas).join(', ')}`,
    ];
  }
  const { props, coded } = propsOf(node);
  const result = schema.safeParse(props, { error: genericIssueMessage, reportInput: true });
  if (result.success) return [];
  const allowed = Object.keys(schema.shape);
  return result.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const suggestion = closestMatch(key, allowed);
        return `<${name} ${key}>: is not an attribute of <${name}>${suggestion ? ` (did you mean ${suggestion}?)` : ''}; it takes: ${allowed.join(', ')}`;
      });
    }
    const attribute = fieldPath(issue.path);
    // An attribute written as code is reported once, as code, not also as missing.
    if (coded.includes(attribute)) return [];
    return [`<${name} ${attribute}>: ${issue.message}`];
  });
}

/** The component problems of one MDX page. */
function pageProblems(entry: ValidEntryFile, schemas: Schemas): Problem[] {
  const { root } = bodyTree(entry);
  if (!root) return [];
  return [...bodyNodes(root)].filter(isComponent).flatMap((node) =>
    componentProblems(node, schemas).map((message): Problem => ({
      file: entry.path,
      line: lineOf(entry, node),
      message,
      severity: 'error',
    })),
  );
}

/**
 * Every component of an MDX page is one the site has, with attributes it takes, and every
 * entry an attribute names exists (by its folder name or a former one in `aliases`), with
 * "did you mean" for a slip: the build would otherwise stop on the page.
 */
export const mdxComponentsValid: ContentRule = (input) => {
  const pages = [...input.facts, ...input.translations].filter((entry) =>
    entry.absolutePath.endsWith('.mdx'),
  );
  if (!pages.length) return [];
  const reference = createCheckedReference(namesWithAliases(input), input.contentPath);
  const schemas = createComponentSchemas(reference) as unknown as Schemas;
  return pages.flatMap((entry) => pageProblems(entry, schemas));
};
