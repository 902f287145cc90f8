import { markdownToMdast, mdxToMdast } from 'satteri';
import type { JsxAttribute } from '../../schemas/mdx-values.ts';
import type { Problem } from '../problem.ts';
import type { ValidEntryFile } from '../validate-file.ts';

/** A node of a body's syntax tree (mdast, with MDX's nodes), as far as the rules read it. */
export interface BodyNode {
  type: string;
  position?: { start: { line: number } };
  children?: BodyNode[];
  /** The text of HTML, code, an MDX expression or import. */
  value?: string | null;
  /** The address of a link, image or link definition. */
  url?: string;
  /** The tag of an MDX element: `Callout`, `abbr`; null for a fragment `<>`. */
  name?: string | null;
  attributes?: JsxAttribute[];
}

/** A body read by the same parser as the build, or the syntax error that stops it. */
export type BodyTree = { root: BodyNode; error?: undefined } | { root?: undefined; error: Problem };

/** Text a Markdown body must hold for a rule to have anything to look at: HTML or a link. */
const HAS_HTML_OR_LINKS = /<|\]\(|\]:/;

const trees = new WeakMap<ValidEntryFile, BodyTree>();

/** `line:column: message (rule)`, as Sätteri words an MDX syntax error. */
const MDX_ERROR = /^(\d+):\d+: (.*?)(?: \(\d+:\d+\))?(?: \([\w:-]+\))?$/s;

/** An MDX syntax error in the editor's terms, at its line of the file. */
function syntaxProblem(entry: ValidEntryFile, error: Error): Problem {
  const [, line = '1', message = error.message] = MDX_ERROR.exec(error.message) ?? [];
  return {
    file: entry.path,
    line: entry.bodyLine + Number(line) - 1,
    message: `the text cannot be read as MDX: ${message.replace(/\.$/, '')}; every tag opened must be closed (<Callout>…</Callout>, or <EventList />), and a { or < meant as text is written \\{ or &lt;`,
    severity: 'error',
  };
}

/**
 * The syntax tree of an entry's body, read with Sätteri, the parser the build renders it
 * with, so the checker sees the HTML, links and components the build will. Read once per
 * file, shared by the rules; a Markdown body without HTML or links is not read at all.
 */
export function bodyTree(entry: ValidEntryFile): BodyTree {
  let tree = trees.get(entry);
  if (tree) return tree;
  const isMdx = entry.absolutePath.endsWith('.mdx');
  if (!isMdx && !HAS_HTML_OR_LINKS.test(entry.body)) {
    tree = { root: { type: 'root', children: [] } };
  } else {
    try {
      const parse = isMdx ? mdxToMdast : markdownToMdast;
      tree = { root: parse(entry.body) as BodyNode };
    } catch (error) {
      tree = { error: syntaxProblem(entry, error as Error) };
    }
  }
  trees.set(entry, tree);
  return tree;
}

/** Every node of a tree, parents before their children. */
export function* bodyNodes(node: BodyNode): Generator<BodyNode> {
  yield node;
  for (const child of node.children ?? []) yield* bodyNodes(child);
}

/** The line of the file a node starts on. */
export function lineOf(entry: ValidEntryFile, node: BodyNode): number {
  return entry.bodyLine + (node.position?.start.line ?? 1) - 1;
}
