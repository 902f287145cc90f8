import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { astroCacheDir } from '../../src/integration/cache-dir.ts';
import { createBaselineProject } from './baseline.ts';
import { profilePhases, readMainThreadProfile } from './cpu-profile.ts';
import { measureFirstQuery } from './first-query.ts';
import { generateArchive, writeArchive } from './generate.ts';
import { measure, type Measurement } from './measure.ts';
import { measureOutput } from './output-size.ts';
import { detectPagefind, runPagefind, type PagefindStep } from './pagefind.ts';
import { measureRebuilds } from './rebuild.ts';
import type { BenchResult, FirstQueries } from './report.ts';
import {
  assertSucceeded,
  astroBuild,
  buildEnv,
  PROJECT_ROOT,
  type SiteBuild,
} from './site-build.ts';

export interface BenchOptions {
  workDir: string;
  events: number;
  runs: number;
  baseline: boolean;
  rebuild: boolean;
  /** The search query to time; by default a city's name and a word on every page. */
  query?: string;
  /** Profiles the first cold build's main thread, for where its time went by phase. */
  profile?: boolean;
  /**
   * Called with the cold builds' results before the rebuilds start, so a long run has
   * given its cold figures even if the rebuilds never end.
   */
  onColdBuilds?: (result: BenchResult) => void;
}

const progress = (message: string) => console.log(`[bench] ${message}`);

/** Where the profiled build's CPU profiles go. */
const profileFolder = (workDir: string) => join(workDir, 'profile');

/** `npm run check` on the archive, as the script itself runs (without npm's own start-up). */
async function runCheck(contentDir: string): Promise<Measurement> {
  const script = join(PROJECT_ROOT, 'scripts', 'check.ts');
  const check = await measure(process.execPath, [script, '--content', contentDir], {
    cwd: PROJECT_ROOT,
    keep: (line) => !line.startsWith('/') || / error|: warning: /.test(line),
  });
  if (check.exitCode !== 0)
    throw new Error(`The generated archive has content errors:\n${check.tail.join('\n')}`);
  return check;
}

/** "412 × sources: none given; …" for each kind of warning the check printed. */
function warningKinds(check: Measurement): string {
  const kinds = new Map<string, number>();
  for (const { text } of check.lines) {
    const kind = /: warning: (.*)$/.exec(text)?.[1];
    if (kind) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  return [...kinds].map(([kind, count]) => `${count} × "${kind}"`).join('; ');
}

/** One run: our build (and Pagefind if the build script runs it), then the minimal build. */
async function buildOnce(
  options: BenchOptions,
  contentDir: string,
  step: () => PagefindStep | undefined,
  profileDir?: string,
) {
  const site = join(options.workDir, 'site');
  await rm(site, { recursive: true, force: true });
  const ours = await astroBuild({
    root: PROJECT_ROOT,
    outDir: site,
    env: buildEnv(contentDir),
    force: true,
    profileDir,
  });
  assertSucceeded('astro build', ours.measurement);
  const known = step() ?? (await detectPagefind(PROJECT_ROOT, site));
  const pagefind =
    known.kind === 'command' ? await runPagefind(PROJECT_ROOT, known.args, site) : undefined;
  if (pagefind) assertSucceeded('pagefind', pagefind);
  let baseline: SiteBuild | undefined;
  if (options.baseline) {
    const dir = join(options.workDir, 'baseline');
    await rm(join(dir, 'dist'), { recursive: true, force: true });
    baseline = await astroBuild({
      root: dir,
      outDir: join(dir, 'dist'),
      env: buildEnv(),
      force: true,
      // Its pages are /<lang>/<event>/: all of them event pages.
      kindOf: () => 'events/[slug]',
    });
    assertSucceeded('minimal Astro build', baseline.measurement);
  }
  return { ours, pagefind, baseline, step: known };
}

/**
 * What a searcher types: by default the name of a city of the archive, the kind of query
 * the budget is about, and "learning", a word on nearly every page of a learning
 * cities archive, so the worst case is in the table too.
 */
async function queriesToTime(contentDir: string, query?: string) {
  if (query) return [{ query, what: 'given with --query' }];
  const [firstCity] = (await readdir(join(contentDir, 'cities'))).sort();
  const source = await readFile(join(contentDir, 'cities', firstCity!, 'index.md'), 'utf8');
  const name = /^name: (.+)$/m.exec(source)?.[1] ?? firstCity!;
  return [
    { query: name, what: "a city's name" },
    { query: 'learning', what: 'a word on nearly every page' },
  ];
}

/** Generates, checks and builds the archive `runs` times, and measures what it produced. */
export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const contentDir = join(options.workDir, 'content');
  try {
    progress(`generating ${options.events} events into ${contentDir}`);
    const started = performance.now();
    // Only the count is kept: the files' text would sit in this process's memory throughout.
    const files = await writeArchive(contentDir, generateArchive(options.events));
    const generateMs = performance.now() - started;
    const checks: Measurement[] = [];
    for (let run = 1; run <= options.runs; run += 1) {
      progress(`npm run check, run ${run} of ${options.runs}`);
      checks.push(await runCheck(contentDir));
    }
    const checkSummary = [
      checks[0]!.lines.find((l) => /^Checked /.test(l.text))?.text ?? '',
      warningKinds(checks[0]!),
    ]
      .filter(Boolean)
      .join(' ');
    if (options.baseline)
      await createBaselineProject(join(options.workDir, 'baseline'), contentDir, PROJECT_ROOT);
    const runs: Awaited<ReturnType<typeof buildOnce>>[] = [];
    for (let run = 1; run <= options.runs; run += 1) {
      progress(
        `build run ${run} of ${options.runs}${options.baseline ? ', then the minimal Astro build' : ''}`,
      );
      const profileDir = options.profile && run === 1 ? profileFolder(options.workDir) : undefined;
      runs.push(await buildOnce(options, contentDir, () => runs[0]?.step, profileDir));
    }
    const site = join(options.workDir, 'site');
    progress('measuring the output and the first search queries');
    const firstQueries: FirstQueries[] = [];
    for (const { query, what } of await queriesToTime(contentDir, options.query)) {
      const measurements = await measureFirstQuery(site, { query, times: 5 });
      if (measurements) firstQueries.push({ query, what, measurements });
    }
    const result: BenchResult = {
      events: options.events,
      files,
      generateMs,
      checks,
      checkSummary,
      ours: runs.map((r) => r.ours),
      pagefindRuns: runs.flatMap((r) => (r.pagefind ? [r.pagefind] : [])),
      pagefindStep: runs[0]!.step,
      baseline: runs.flatMap((r) => (r.baseline ? [r.baseline] : [])),
      output: await measureOutput(site),
      baselineOutput: options.baseline
        ? await measureOutput(join(options.workDir, 'baseline', 'dist'))
        : undefined,
      index: await measureOutput(join(site, 'pagefind')),
      firstQueries,
      profile: options.profile
        ? profilePhases(readMainThreadProfile(profileFolder(options.workDir)))
        : undefined,
    };
    if (options.rebuild) {
      options.onColdBuilds?.(result);
      progress('incremental rebuilds: no change, one edited event, and a cold build to compare');
      result.rebuilds = await measureRebuilds(contentDir, options.workDir);
    }
    return result;
  } finally {
    // The cache of a content folder that is about to be gone.
    await rm(astroCacheDir(PROJECT_ROOT, contentDir), { recursive: true, force: true });
  }
}
