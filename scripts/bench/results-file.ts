import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { format, resolveConfig } from 'prettier';

const INTRO = `# Benchmark results

Measured with \`npm run bench\` (see \`scripts/bench.ts\`): a synthetic archive, generated
the same way every time for a given number of events, built with the real site configuration
and, in the same run, as a minimal Astro project over the same events. Each section below is
replaced when the benchmark runs again with \`--record\` for that size.
`;

function versionOf(projectRoot: string, name: string): string {
  const path = join(projectRoot, 'node_modules', name, 'package.json');
  return existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version
    : 'not installed';
}

/** The machine and the versions a measurement was made with. */
export function describeSetup(projectRoot: string): string {
  const cores = cpus();
  return [
    `- Machine: ${cores.length} cores (${cores[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB memory; other work ran at the same time`,
    `- Node ${process.version}, Astro ${versionOf(projectRoot, 'astro')}, Pagefind ${versionOf(projectRoot, 'pagefind')}`,
  ].join('\n');
}

/**
 * Writes one section of `bench/RESULTS.md`, `## <events> events`, replacing the section of
 * the same size from an earlier run and keeping the others.
 */
export async function recordResults(file: string, events: number, section: string): Promise<void> {
  const text = existsSync(file) ? await readFile(file, 'utf8') : INTRO;
  const heading = `## ${events.toLocaleString('en')} events`;
  const parts = text.split(/^(?=## )/m);
  const kept = parts.filter((part) => !part.startsWith(`${heading}\n`));
  const sections = [...kept.slice(1), `${heading}\n\n${section.trim()}\n`].sort(
    (a, b) => sizeOf(a) - sizeOf(b),
  );
  const markdown = [kept[0]!.trimEnd(), ...sections.map((s) => s.trimEnd())].join('\n\n');
  // Formatted as `npm test` checks it, tables aligned.
  const options = { ...(await resolveConfig(file)), filepath: file };
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, await format(markdown, options));
}

const sizeOf = (section: string) =>
  Number(/^## ([\d,]+) events/.exec(section)?.[1]?.replaceAll(',', '') ?? Infinity);
