import { load, type YAMLException } from 'js-yaml';
import { FRONT_MATTER_SCHEMA } from './front-matter-schema.ts';
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
} from 'yaml';
import { explainYamlError, symbolAdvice, type YamlAdvice } from './yaml-advice.ts';

/** The same pattern Astro uses to find front matter, so both read the same block. */
export const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

export interface ParsedFrontMatter {
  /** The fields, or undefined when the YAML could not be read. */
  data: Record<string, unknown> | undefined;
  /** YAML syntax errors, with the line of the file each is on. */
  syntaxErrors: { line: number; message: string }[];
  /** Line of the file where a field is written, or of its nearest written parent. */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** The Markdown after the front matter. */
  body: string;
}

/** Offset of the YAML block in the file: the opening `---` takes the first line. */
const FIRST_YAML_LINE = 2;

/** A problem located in the YAML block, located in the file. */
const inFile = (advice: YamlAdvice) => ({ ...advice, line: advice.line + FIRST_YAML_LINE - 1 });

/**
 * Reads the front matter of a Markdown file, keeping track of where each field is written.
 *
 * The fields are read with js-yaml, the parser Astro reads front matter with, so the checker
 * sees the values the build will see: an unquoted `2019-10-01` is a date to both, not text
 * to one and a date to the other (FRONT_MATTER_SCHEMA says where they still differ). It is
 * also several times faster than a YAML tree with positions, which matters at 25,000 files.
 * The tree (`yaml`) is read only where lines are wanted: to explain a block js-yaml refused
 * or read as something else than fields, and to locate a problem in a field.
 */
export function parseFrontMatter(source: string): ParsedFrontMatter {
  const match = FRONT_MATTER.exec(source);
  if (!match) {
    return {
      data: undefined,
      syntaxErrors: [
        {
          line: 1,
          message:
            'has no front matter; start the file with a line `---`, the fields, and another `---`',
        },
      ],
      lineOf: () => 1,
      body: source,
    };
  }
  const yaml = match[1] ?? '';
  const body = source.slice(match[0].length);
  let read: unknown;
  try {
    read = load(yaml, { schema: FRONT_MATTER_SCHEMA });
  } catch (error) {
    // js-yaml throws nothing else.
    const syntaxErrors = [explainRefusal(yaml, error as YAMLException)];
    return { data: undefined, syntaxErrors, lineOf: () => 1, body };
  }
  // An empty block, or one of comments only, is no fields.
  const data = read ?? {};
  if (!isFieldMap(data)) {
    return { data: undefined, syntaxErrors: [explainRefusal(yaml)], lineOf: () => 1, body };
  }
  return { data, syntaxErrors: [], lineOf: lazyLineOf(yaml, data), body };
}

const NOT_FIELDS = {
  line: FIRST_YAML_LINE,
  message: 'front matter must be fields written `name: value`, one per line',
};

/** Whether a value js-yaml read is a mapping of fields, not a list or a lone value. */
function isFieldMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}

/**
 * What to tell the editor about a block js-yaml refused, or read as something else than
 * fields (`summary:A city` is one line of text to it). The YAML tree's reading of the same
 * block names most mistakes in an editor's words; where it finds none, js-yaml's own reason
 * is given at its line, since the build would stop there.
 */
function explainRefusal(yaml: string, error?: YAMLException) {
  const { document, lineCounter } = readYaml(yaml);
  const advice = firstReadError(yaml, document, lineCounter);
  if (advice) return inFile(advice);
  if (!error) return NOT_FIELDS;
  try {
    document.toJS();
  } catch {
    // toJS throws on an alias with no anchor, which is how YAML reads `title: *new*`.
    return inFile(symbolAdvice(yaml, '*'));
  }
  return {
    line: FIRST_YAML_LINE + (error.mark?.line ?? 0),
    message: `cannot be read as YAML (${error.reason}); write each field \`name: value\` on a line of its own, and put text with special characters in quotes`,
  };
}

/** The YAML document of a front matter block, and how to turn its offsets into file lines. */
function readYaml(yaml: string) {
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + FIRST_YAML_LINE - 1;
  return { document, toFileLine, lineCounter };
}

/**
 * The first mistake in a YAML block, explained, with its line in the block; only the first,
 * as the ones after it are usually echoes of the same slip. A type tag (`title: !new`) is
 * only a warning to the parser, but it loses the editor's text, so it counts as a mistake.
 */
function firstReadError(yaml: string, document: Document, lineCounter: LineCounter) {
  const [error] = document.errors;
  if (error) {
    const { line } = lineCounter.linePos(error.pos[0]);
    return explainYamlError(yaml, { code: error.code, message: error.message, line });
  }
  if (document.warnings.some((warning) => warning.code === 'TAG_RESOLVE_FAILED')) {
    return symbolAdvice(yaml, '!');
  }
  return undefined;
}

/**
 * `lineOf` for a block, which reads the YAML again the first time it is asked. Lines are
 * only wanted for the few files with a problem, and keeping every file's YAML tree instead
 * held most of the checker's memory at 10,000 events and slowed it with garbage collection.
 */
function lazyLineOf(yaml: string, data: Record<string, unknown>): ParsedFrontMatter['lineOf'] {
  let read: ReturnType<typeof readYaml> | undefined;
  return (path) => {
    // A field that is not written is located at the start of the file, as the walk below
    // would find; most warnings are of that kind ("sources: none given"), and need no tree.
    const [field] = path;
    if (field === undefined || !Object.hasOwn(data, field)) return 1;
    read ??= readYaml(yaml);
    return lineOfPath(read.document.contents, path, read.toFileLine);
  };
}

/** Walks `path` down the YAML tree and returns the line of the deepest node it reaches. */
function lineOfPath(
  root: Node | null,
  path: readonly PropertyKey[],
  toFileLine: (offset: number) => number,
): number {
  let node: unknown = root;
  let line = 1;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && item.key.value === segment,
      );
      if (!pair || !isScalar(pair.key) || !pair.key.range) break;
      line = toFileLine(pair.key.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item?.range) break;
      line = toFileLine(item.range[0]);
      node = item;
    } else {
      break;
    }
  }
  return line;
}
