import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtemp } from 'node:fs/promises';
import type { Random } from '../../scripts/bench/random.ts';

/** A file of the copy, split where its front matter ends. */
interface EntryText {
  path: string;
  frontMatter: string[];
  body: string[];
}

/** One mutation: what it did, for the test to print, or undefined when it found no place. */
type Mutation = (file: EntryText, random: Random, ids: string[]) => string | undefined;

/** Top-level fields of a front matter: the indexes of their lines. */
const fieldLines = (file: EntryText) =>
  file.frontMatter.flatMap((line, index) => (/^[A-Za-z]\w*:/.test(line) ? [index] : []));

/** A field written on one line, `name: value`, with a value. */
const scalarLines = (file: EntryText) =>
  fieldLines(file).filter((index) => /^\w+: \S/.test(file.frontMatter[index]!));

const MUTATIONS: Record<string, Mutation> = {
  'delete a field': (file, random) => {
    const lines = fieldLines(file);
    if (!lines.length) return undefined;
    const start = random.pick(lines);
    let end = start + 1;
    while (end < file.frontMatter.length && /^\s/.test(file.frontMatter[end]!)) end += 1;
    const [removed] = file.frontMatter.splice(start, end - start);
    return `deleted ${removed}`;
  },
  'give a field a value of the wrong type': (file, random) => {
    const lines = scalarLines(file);
    if (!lines.length) return undefined;
    const index = random.pick(lines);
    const name = file.frontMatter[index]!.split(':')[0]!;
    const value = random.pick(['[1, 2]', '{ a: 1 }', '42', 'true', '']);
    file.frontMatter[index] = `${name}: ${value}`;
    return `set ${name} to ${value || 'nothing'}`;
  },
  'break a reference': (file, _random, ids) => {
    const index = file.frontMatter.findIndex((line) => {
      const value = /^(?:\w+:|\s*-)\s+([\w-]+)\s*$/.exec(line)?.[1];
      return value !== undefined && ids.includes(value);
    });
    if (index < 0) return undefined;
    const line = file.frontMatter[index]!;
    file.frontMatter[index] = `${line.trimEnd()}x`;
    return `changed '${line.trim()}' to '${file.frontMatter[index]!.trim()}'`;
  },
  'write YAML that cannot be read': (file, random) => {
    const lines = scalarLines(file);
    if (!lines.length) return undefined;
    const index = random.pick(lines);
    const [name, ...rest] = file.frontMatter[index]!.split(': ');
    const value = rest.join(': ');
    const broken = random.pick([
      `${name}: ${value}: and more`,
      `${name}: "${value}`,
      `\t${name}: ${value}`,
      `${name}: *${value}`,
    ]);
    file.frontMatter[index] = broken;
    return `wrote ${JSON.stringify(broken)}`;
  },
  'write MDX that cannot be read': (file, random) => {
    if (!file.path.endsWith('.mdx')) return undefined;
    const broken = random.pick([
      '<Callout type="note">',
      'A set {a, b',
      '</div>',
      '<Figure caption="x" ',
    ]);
    file.body.splice(random.int(0, file.body.length), 0, '', broken, '');
    return `added ${JSON.stringify(broken)} to the text`;
  },
  'put a script in the text': (file, random) => {
    const script = random.pick([
      '<script>alert(1)</script>',
      '<img src="https://example.org/x.png" alt="x" onerror="alert(2)">',
      '[Click](javascript:alert(3))',
      '<iframe src="https://example.org/"></iframe>',
    ]);
    file.body.splice(random.int(0, file.body.length), 0, '', script, '');
    return `added ${JSON.stringify(script)} to the text`;
  },
  'change the text': (file, random) => {
    file.body.splice(random.int(0, file.body.length), 0, '', 'A sentence an editor added.', '');
    return 'added a sentence to the text';
  },
  'add harmless HTML to the text': (file, random) => {
    const html = random.pick([
      'The <abbr title="United Nations">UN</abbr> said so<sup>1</sup>.',
      '<details>\n<summary>More</summary>\n\nMore text.\n\n</details>',
      'Press <kbd>Ctrl</kbd>, then H<sub>2</sub>O.<br>A new line.',
    ]);
    file.body.splice(random.int(0, file.body.length), 0, '', html, '');
    return `added ${JSON.stringify(html)} to the text`;
  },
};

/**
 * How often each kind of change is made: mistakes often enough that every round likely has
 * one, and edits the check accepts often enough that some rounds build a whole site.
 */
const WEIGHTS: [kind: string, weight: number][] = [
  ['delete a field', 3],
  ['change the text', 2],
  ['add harmless HTML to the text', 2],
  ['give a field a value of the wrong type', 1],
  ['break a reference', 1],
  ['write YAML that cannot be read', 1],
  ['write MDX that cannot be read', 1],
  ['put a script in the text', 1],
];

/** The entry files of a content folder, relative to it. */
async function entryFiles(contentDir: string): Promise<string[]> {
  const files = await readdir(contentDir, { recursive: true });
  return files.filter((file) => /\.mdx?$/.test(file)).sort();
}

/** Reads an entry file and splits it where its front matter ends. */
async function readEntry(contentDir: string, path: string): Promise<EntryText> {
  const text = await readFile(join(contentDir, path), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  const frontMatter = match ? match[1]!.split('\n') : [];
  const body = text.slice(match?.[0].length ?? 0).split('\n');
  return { path, frontMatter, body };
}

/**
 * Copies the shipped content into a temporary folder and makes `count` random changes of
 * the kinds an editor could make by mistake, each in a file chosen at random. Returns the
 * folder and what was done, one line per change, so a failing round can be understood and
 * replayed from its seed.
 */
export async function mutateShippedContent(
  shippedDir: string,
  random: Random,
  count: number,
): Promise<{ contentDir: string; changes: string[] }> {
  const contentDir = await mkdtemp(join(tmpdir(), 'annals-mutated-'));
  await cp(shippedDir, contentDir, { recursive: true });
  const paths = await entryFiles(contentDir);
  const ids = [...new Set(paths.map((path) => path.split('/')[1]!))];
  const changes: string[] = [];
  while (changes.length < count) {
    const file = await readEntry(contentDir, random.pick(paths));
    const kind = random.weighted(WEIGHTS);
    const done = MUTATIONS[kind]!(file, random, ids);
    if (!done) continue;
    const text = `---\n${file.frontMatter.join('\n')}\n---\n${file.body.join('\n')}`;
    await writeFile(join(contentDir, file.path), text);
    changes.push(`${file.path}: ${kind}: ${done}`);
  }
  return { contentDir, changes };
}
