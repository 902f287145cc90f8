/**
 * `npm run bench`: how fast, and in how much memory, a large archive builds. Generates a
 * synthetic archive into a temporary folder, checks it, builds it with the real site
 * configuration (pointed at it by ANNALS_CONTENT_DIR) and, in the same run, builds a minimal
 * Astro project over the same events, then prints a table of both. Then it rebuilds
 * incrementally, with no change and after editing one event's text, and compares the latter
 * with a cold build of the same content, byte for byte.
 *
 *   npm run bench                          1,000 events, 3 runs
 *   npm run bench -- --events 10000        another size
 *   npm run bench -- --runs 1              fewer runs (medians need 3 or more)
 *   npm run bench -- --skip-baseline       without the minimal Astro build
 *   npm run bench -- --skip-rebuild        without the incremental rebuilds and the comparison
 *   npm run bench -- --keep                keep the temporary folder, and say where it is
 *   npm run bench -- --record              also write the results into bench/RESULTS.md
 *   npm run bench -- --query Swansea       time this search query (default: a city, "learning")
 *   npm run bench -- --profile             profile the first cold build: its main thread's time
 *                                          by phase and kind of code
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBench } from './bench/run.ts';
import { exitWithUsage, readCommandLine } from './lib/cli.ts';
import { formatReport, type BenchResult } from './bench/report.ts';
import { describeSetup, recordResults } from './bench/results-file.ts';
import { PROJECT_ROOT } from './bench/site-build.ts';

const COMMAND = {
  usage:
    'npm run bench -- [--events N] [--runs N] [--skip-baseline] [--skip-rebuild] [--keep] [--record] [--query TEXT] [--profile]',
  help: `Builds a generated archive and prints where the time and memory go.

  --events N        events in the generated archive (1000)
  --runs N          builds to take medians over (3)
  --skip-baseline   without the minimal Astro build
  --skip-rebuild    without the incremental rebuilds (no change, one edited event)
                    and their byte-for-byte comparison with a cold build
  --keep            keep the temporary folder, and say where it is
  --record          also write the results into bench/RESULTS.md
  --query TEXT      the search query to time (a city's name and "learning")
  --profile         profile the first cold build (node --cpu-prof): where its main
                    thread's time went, by phase and kind of code; the profiler
                    slows that build a little`,
  options: {
    events: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
    'skip-baseline': { type: 'boolean', default: false },
    'skip-rebuild': { type: 'boolean', default: false },
    record: { type: 'boolean', default: false },
    query: { type: 'string' },
    profile: { type: 'boolean', default: false },
  },
} as const;

const { values } = readCommandLine(COMMAND);
const events = Number(values.events);
const runs = Number(values.runs);
if (!Number.isInteger(events) || events < 1 || !Number.isInteger(runs) || runs < 1) {
  exitWithUsage(COMMAND, '--events and --runs take whole numbers of 1 or more');
}
if (Number(process.versions.node.split('.')[0]) < 22) {
  console.error(
    `Astro 7 needs Node 22.12 or later, this is ${process.version}; run it as \`npm run bench\`.`,
  );
  process.exit(2);
}

const args = process.argv.slice(2).join(' ');
const command = args ? `npm run bench -- ${args}` : 'npm run bench';

/** The report of a run, headed by the command and the machine that made it. */
const reportSection = (result: BenchResult) =>
  [
    `Command: \`${command}\`, ${new Date().toISOString().slice(0, 10)}`,
    describeSetup(PROJECT_ROOT),
    '',
    formatReport(result),
  ].join('\n');

const workDir = await mkdtemp(join(tmpdir(), 'annals-bench-'));
try {
  const result = await runBench({
    workDir,
    events,
    runs,
    baseline: !values['skip-baseline'],
    rebuild: !values['skip-rebuild'],
    query: values.query,
    profile: values.profile,
    // At 10,000 events the rebuilds take most of an hour: the cold figures come first.
    onColdBuilds: (cold) =>
      console.log(`\n${reportSection(cold)}\n\n[bench] the cold builds' figures; rebuilds follow`),
  });
  const section = reportSection(result);
  console.log(`\n${section}`);
  if (values.record)
    await recordResults(join(PROJECT_ROOT, 'bench', 'RESULTS.md'), events, section);
} finally {
  if (values.keep) console.log(`\nKept ${workDir}`);
  else await rm(workDir, { recursive: true, force: true });
}
