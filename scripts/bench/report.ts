import type { FirstQuery } from './first-query.ts';
import { bytes, markdownTable, milliseconds, ratio, seconds, spread, summarise } from './format.ts';
import type { Measurement } from './measure.ts';
import type { OutputSize } from './output-size.ts';
import type { PagefindStep } from './pagefind.ts';
import { longestWaits } from './astro-phases.ts';
import type { ProfilePhase } from './cpu-profile.ts';
import { REUSED } from './page-times.ts';
import type { Rebuilds } from './rebuild.ts';
import type { SiteBuild } from './site-build.ts';

/** Everything one `npm run bench` measured. */
export interface BenchResult {
  events: number;
  files: number;
  generateMs: number;
  checks: Measurement[];
  /** The closing line of the check, like `Checked 25,000 content files: 120 warnings.` */
  checkSummary: string;
  ours: SiteBuild[];
  /** Pagefind as a separate command of the build script, once per run. */
  pagefindRuns: Measurement[];
  pagefindStep: PagefindStep;
  baseline: SiteBuild[];
  output: OutputSize;
  baselineOutput?: OutputSize;
  index?: OutputSize;
  /** Empty when the site has no search page. */
  firstQueries: FirstQueries[];
  rebuilds?: Rebuilds;
  /** With --profile: the first cold build's main thread, by phase and kind of code. */
  profile?: ProfilePhase[];
}

const NOT_YET = 'not part of the build yet';

/** Wall time of a whole build: `astro build`, plus Pagefind when the build script runs it after. */
function totalWall(result: BenchResult, run: number): number | undefined {
  const build = result.ours[run]?.measurement.wallMs;
  return build === undefined ? undefined : build + (result.pagefindRuns[run]?.wallMs ?? 0);
}

function buildRows(result: BenchResult): string[][] {
  const ours = result.ours;
  const base = result.baseline;
  const phase = (key: keyof SiteBuild['phases']) =>
    [ours.map((b) => b.phases[key]), base.map((b) => b.phases[key])] as const;
  const row = (
    label: string,
    [a, b]: readonly (readonly (number | undefined)[])[],
    format: (v: number) => string,
    withRatio = true,
  ) => [
    label,
    spread(a!, format),
    base.length ? spread(b!, format) : 'skipped',
    withRatio && base.length ? ratio(a!, b!) : '',
  ];
  const walls = ours.map((_, run) => totalWall(result, run));
  const pagesPerSecond = (builds: SiteBuild[], wall: (run: number) => number | undefined) =>
    builds.map((b, run) =>
      b.phases.pages && wall(run) ? (b.phases.pages * 1000) / wall(run)! : undefined,
    );
  const pagefind =
    result.pagefindStep.kind === 'command'
      ? `${spread(
          result.pagefindRuns.map((m) => m.wallMs),
          seconds,
        )}, peak RSS ${spread(
          result.pagefindRuns.map((m) => m.peakRssBytes),
          bytes,
        )} (a command after astro build)`
      : result.pagefindStep.kind === 'in-build'
        ? spread(
            ours.map((b) => b.phases.pagefindMs),
            seconds,
            'in the build (no log lines to time it)',
          )
        : NOT_YET;
  return [
    row('Pages built', phase('pages'), String, false),
    row('Setup: config and content check', phase('setupMs'), seconds),
    row('Content sync', phase('contentSyncMs'), seconds),
    row('Bundling (types, build info, Vite)', phase('bundlingMs'), seconds),
    row('**Page rendering**', phase('renderMs'), seconds),
    row('After rendering (sitemap, build:done)', phase('afterRenderMs'), seconds),
    ['Pagefind indexing', pagefind, '', ''],
    row('**Total wall**', [walls, base.map((b) => b.measurement.wallMs)], seconds),
    row(
      'CPU time (user + system)',
      [ours.map((b) => b.measurement.cpuMs), base.map((b) => b.measurement.cpuMs)],
      seconds,
    ),
    row(
      '**Peak RSS**',
      [ours.map((b) => b.measurement.peakRssBytes), base.map((b) => b.measurement.peakRssBytes)],
      bytes,
    ),
    row(
      'Pages per second (whole build)',
      [
        pagesPerSecond(ours, (run) => walls[run]),
        pagesPerSecond(base, (run) => base[run]?.measurement.wallMs),
      ],
      (v) => v.toFixed(0),
    ),
    [
      'Output size',
      `${bytes(result.output.bytes)} in ${result.output.files} files`,
      result.baselineOutput
        ? `${bytes(result.baselineOutput.bytes)} in ${result.baselineOutput.files} files`
        : '',
      '',
    ],
    [
      'Pagefind index size',
      result.index?.files ? `${bytes(result.index.bytes)} in ${result.index.files} files` : NOT_YET,
      '',
      '',
    ],
    ...firstQueryRows(result.firstQueries),
  ];
}

/** A search query and what the browser fetched and waited for, in fresh pages. */
export interface FirstQueries {
  query: string;
  /** Why this query: "a city's name"... */
  what: string;
  measurements: FirstQuery[];
}

function firstQueryRows(queries: FirstQueries[]): string[][] {
  if (!queries.length) return [['First query', 'not available (no /en/search/ page)', '', '']];
  return queries.flatMap(({ query, what, measurements }) => {
    const of = (key: keyof FirstQuery) => measurements.map((measurement) => measurement[key]);
    const label = `First query “${query}” (${what}, ${measurements.length} fresh pages)`;
    return [
      [
        `${label}: page + query bytes`,
        `${spread(of('pageBytes'), bytes)} + ${spread(of('queryBytes'), bytes)} (${spread(of('requests'), String)} requests)`,
        '',
        '',
      ],
      [`${label}: typing to first result`, spread(of('msToFirstResult'), milliseconds), '', ''],
    ];
  });
}

/** A build's wall time, as a ratio to the minimal Astro build of the same run too. */
function wallAgainstBaseline(result: BenchResult, build: SiteBuild): string {
  const baseline = result.baseline.map((b) => b.measurement.wallMs);
  const against = baseline.length
    ? `, ${ratio([build.measurement.wallMs], baseline)} the minimal Astro build`
    : '';
  return `${seconds(build.measurement.wallMs)} wall${against}`;
}

/** What an incremental build rendered and what it took from its cache. */
function pagesOf(build: SiteBuild): string {
  let reused = 0;
  let rendered = 0;
  for (const [kind, time] of build.pageKinds) {
    if (kind === REUSED) reused += time.pages;
    else rendered += time.pages;
  }
  return `${rendered} pages rendered, ${reused} taken from the cache`;
}

/**
 * Where a rebuild's time went: Astro's phases, then its longest silences, each with the line
 * that ended it (our steps after rendering log one line each as they end).
 */
function timeSpent(build: SiteBuild): string {
  const { setupMs, contentSyncMs, bundlingMs, renderMs, afterRenderMs } = build.phases;
  const phases = [
    ['setup and content check', setupMs],
    ['content sync', contentSyncMs],
    ['bundling', bundlingMs],
    ['rendering', renderMs],
    ['after rendering', afterRenderMs],
  ] as const;
  const known = phases.flatMap(([name, ms]) =>
    ms === undefined ? [] : [`${name} ${seconds(ms)}`],
  );
  const quote = (text: string) => `“${text.length > 70 ? `${text.slice(0, 69)}…` : text}”`;
  const waits = longestWaits(build.measurement.lines, 3).map(
    ({ ms, before }) => `${seconds(ms)} before ${quote(before.trim())}`,
  );
  return `${known.join(', ')}; longest silences: ${waits.join('; ')}; peak RSS ${bytes(build.measurement.peakRssBytes)}`;
}

/** The cold build and the two rebuilds, each against the minimal build, and the comparison. */
function rebuildRows(result: BenchResult, rebuilds: Rebuilds): string[][] {
  const [cold] = result.ours;
  const shown = rebuilds.differing.slice(0, 10).join(', ');
  const more = rebuilds.differing.length > 10 ? ` and ${rebuilds.differing.length - 10} more` : '';
  return [
    ...(cold ? [['Cold build (`--force`), first run', wallAgainstBaseline(result, cold)]] : []),
    [
      'Rebuild after editing one event’s text',
      `${wallAgainstBaseline(result, rebuilds.afterEdit)}; ${pagesOf(rebuilds.afterEdit)}`,
    ],
    ['… where its time went', timeSpent(rebuilds.afterEdit)],
    [
      'Rebuild with no change',
      `${wallAgainstBaseline(result, rebuilds.unchanged)}; ${pagesOf(rebuilds.unchanged)}`,
    ],
    ['… where its time went', timeSpent(rebuilds.unchanged)],
    [
      'First build into the rebuilds’ folder (from the cold build’s cache)',
      `${wallAgainstBaseline(result, rebuilds.priming)}; ${pagesOf(rebuilds.priming)}`,
    ],
    ['… where its time went', timeSpent(rebuilds.priming)],
    [
      'Rebuild after the edit against a cold build of the same content',
      rebuilds.differing.length
        ? `**${rebuilds.differing.length} files differ**: ${shown}${more}`
        : 'identical, byte for byte',
    ],
  ];
}

function otherRows(result: BenchResult): string[][] {
  const checks = result.checks;
  return [
    ['Generate the archive', `${seconds(result.generateMs)}, ${result.files} files`],
    [
      '`npm run check`: wall',
      spread(
        checks.map((m) => m.wallMs),
        seconds,
      ),
    ],
    [
      '`npm run check`: CPU, peak RSS',
      `${spread(
        checks.map((m) => m.cpuMs),
        seconds,
      )}, ${spread(
        checks.map((m) => m.peakRssBytes),
        bytes,
      )}`,
    ],
    ['`npm run check`: result', result.checkSummary],
    ...(result.rebuilds ? rebuildRows(result, result.rebuilds) : []),
  ];
}

/** Kinds of code named per phase; the rest are summed as "other". */
const PROFILE_KINDS_SHOWN = 6;

/** A row per phase of the profiled build: its time sampled, its largest kinds of code. */
export function profileRows(phases: readonly ProfilePhase[]): string[][] {
  return phases.map(({ phase, ms, kinds }) => {
    const named = kinds.slice(0, PROFILE_KINDS_SHOWN);
    const rest = kinds.slice(PROFILE_KINDS_SHOWN).reduce((sum, kind) => sum + kind.ms, 0);
    const parts = named.map((kind) => `${kind.kind} ${seconds(kind.ms)}`);
    if (rest > 0) parts.push(`other ${seconds(rest)}`);
    return [phase, seconds(ms), parts.join('; ')];
  });
}

/** Pages and time per kind of page, ours beside the minimal build's, slowest kinds first. */
function pageKindRows(result: BenchResult): string[][] {
  const kinds = [...new Set(result.ours.flatMap((build) => [...build.pageKinds.keys()]))];
  const times = (builds: SiteBuild[], kind: string) => builds.map((b) => b.pageKinds.get(kind)?.ms);
  const perPage = (builds: SiteBuild[], kind: string) =>
    builds.map((b) => {
      const time = b.pageKinds.get(kind);
      return time?.pages ? time.ms / time.pages : undefined;
    });
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  return kinds
    .map((kind) => ({ kind, total: summarise(times(result.ours, kind))?.median ?? 0 }))
    .sort((a, b) => b.total - a.total)
    .map(({ kind }) => [
      kind,
      String(result.ours[0]?.pageKinds.get(kind)?.pages ?? 0),
      spread(times(result.ours, kind), seconds),
      spread(perPage(result.ours, kind), ms),
      result.baseline.length && result.baseline[0]!.pageKinds.has(kind)
        ? `${spread(perPage(result.baseline, kind), ms)} (${ratio(perPage(result.ours, kind), perPage(result.baseline, kind))})`
        : '',
    ]);
}

const GB = 1e9;

/**
 * The budgets that apply to this archive size, each met or not: those of the benchmark's
 * own issue at 1,000 events, and those of the build pipeline's issue (whole build against the
 * minimal Astro build, memory, rebuilds against the cold build, check, first search result).
 */
export function budgetLines(result: BenchResult): string[] {
  const median = (values: (number | undefined)[]) => summarise(values)?.median;
  const wall = median(result.ours.map((_, run) => totalWall(result, run)));
  const baseWall = median(result.baseline.map((b) => b.measurement.wallMs));
  const rss = median(result.ours.map((b) => b.measurement.peakRssBytes));
  const check = median(result.checks.map((m) => m.wallMs));
  const mark = (ok: boolean) => (ok ? 'met' : '**not met**');
  const coldRatio =
    wall && baseWall
      ? `- whole build at most 2.0× the minimal Astro build: ${mark(wall / baseWall <= 2)} (${(wall / baseWall).toFixed(2)}×)`
      : '- whole build at most 2.0× the minimal Astro build: needs the minimal build';
  const { rebuilds } = result;
  const ofCold = (build: SiteBuild, most: number, what: string) => {
    const share = wall ? build.measurement.wallMs / wall : undefined;
    return share === undefined
      ? `- ${what} at most ${most * 100} % of the cold build: needs the cold build`
      : `- ${what} at most ${most * 100} % of the cold build: ${mark(share <= most)} (${(share * 100).toFixed(1)} %)`;
  };
  if (result.events === 1000) {
    return [
      `- total wall under 60 s, everything included: ${mark(wall !== undefined && wall < 60_000)}`,
      `- peak RSS under 3 GB: ${mark(rss !== undefined && rss < 3 * GB)}`,
      coldRatio,
    ];
  }
  if (result.events === 10_000) {
    return [
      coldRatio,
      `- peak RSS at most 4 GB, Pagefind included: ${mark(rss !== undefined && rss <= 4 * GB)} (${rss === undefined ? 'not measured' : bytes(rss)})`,
      ...(rebuilds
        ? [
            ofCold(rebuilds.afterEdit, 0.15, 'rebuild after editing one event'),
            ofCold(rebuilds.unchanged, 0.1, 'rebuild with no change'),
          ]
        : []),
      `- \`npm run check\` under 10 s: ${mark(check !== undefined && check < 10_000)}`,
      ...result.firstQueries.flatMap((queries) => searchBudgetLines(queries, mark)),
    ];
  }
  return ['- the issues set budgets for 1,000 and 10,000 events'];
}

function searchBudgetLines({ query, measurements }: FirstQueries, mark: (ok: boolean) => string) {
  // The page itself counted in too: a reader fetches it before the first query can run.
  const fetched = summarise(measurements.map((m) => m.pageBytes + m.queryBytes))!.median;
  const shown = summarise(measurements.map((m) => m.msToFirstResult))!.median;
  return [
    `- search page and first query “${query}” fetch under 300 kB: ${mark(fetched < 300_000)} (${bytes(fetched)})`,
    `- first result for “${query}” within 500 ms of typing: ${mark(shown < 500)} (${milliseconds(shown)})`,
  ];
}

/** The results as Markdown: the build table, the other measurements and the budgets. */
export function formatReport(result: BenchResult): string {
  const runs = result.ours.length;
  return [
    markdownTable(
      [
        `${result.events.toLocaleString('en')} events × 6 locales, ${runs} run${runs > 1 ? 's' : ''}: median (min–max)`,
        'Annals',
        'Minimal Astro',
        'Annals / minimal',
      ],
      buildRows(result),
    ),
    '',
    markdownTable(
      [
        // Annals renders two pages at a time (astro.config.mjs), the minimal build one: a
        // page's time runs from its start to its end, so two overlapping pages count both.
        "Rendering by kind of page (Astro's time per page, writing included; Annals renders two at a time, so their times overlap)",
        'Pages',
        'Time',
        'Per page',
        'Minimal Astro per page',
      ],
      pageKindRows(result),
    ),
    '',
    markdownTable(['Other measurements', ''], otherRows(result)),
    '',
    ...(result.profile
      ? [
          markdownTable(
            [
              "First cold build's main thread (CPU profile, `--profile`); Pagefind works in processes of its own, while this thread waits",
              'Sampled',
              'By kind of code, largest first',
            ],
            profileRows(result.profile),
          ),
          '',
        ]
      : []),
    'Budgets:',
    ...budgetLines(result),
  ].join('\n');
}
