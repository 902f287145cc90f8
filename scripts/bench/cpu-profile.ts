import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where a build's main thread spent its time, from the CPU profile Node writes with
 * `--cpu-prof`: the build's phases, each with the kinds of code it ran. Pagefind indexes in
 * processes of its own, which the profile does not see: there the main thread waits.
 */

/** What of a `.cpuprofile` is read here (V8's `Profiler.Profile`). */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  startTime: number;
  /** The node on top of the stack at each sample. */
  samples: number[];
  /** Microseconds since the sample before. */
  timeDeltas: number[];
}

/** One phase of the build and, largest first, the kinds of code it ran, in milliseconds. */
export interface ProfilePhase {
  phase: string;
  ms: number;
  kinds: { kind: string; ms: number }[];
}

/** The phases a sample's stack tells, by the code of Astro or Annals that runs in each only. */
const MARKED_PHASES: { phase: string; marks: RegExp }[] = [
  {
    phase: 'content sync',
    marks: /astro\/dist\/content\/(content-layer|loaders\/|mutable-data-store)/,
  },
  { phase: 'rendering', marks: /astro\/dist\/core\/build\/generate\.js/ },
  {
    phase: 'search index',
    marks: /\/src\/outputs\/(search-index|search-pages|pagefind-bundle|fallback-indexer)\.ts/,
  },
];

/** The phases in the order of a build; the unmarked ones are the time between marked ones. */
const PHASE_ORDER = [
  ['setup and content check', null],
  ['content sync', 'content sync'],
  ['bundling', null],
  ['rendering', 'rendering'],
  ['after rendering', null],
  ['search index', 'search index'],
  ['after the search index', null],
] as const;

/** Native functions that are the file system at work. */
const FILE_SYSTEM =
  /^(open|openFileHandle|close|read|readFileUtf8|readFileHandle|readdir|fstat|stat|lstat|existsSync|internalModuleStat|mkdir|rmdir|rmSync|unlink|rename|link|copyFile|utimes|writeBuffer|writeString|writeUtf8String|writeFileUtf8)$/;

/** Astro's server runtime, which the build bundles among the pages' chunks. */
const BUNDLED_ASTRO = /\/\.prerender\/(chunks\/jsx-runtime|prerender-entry)[^/]*\.mjs$/;

/** The kind of code a profile node is: the build's own, a package, Node, V8, waiting. */
export function kindOfCode(functionName: string, url: string): string {
  if (!url) {
    if (functionName === '(idle)') return 'waiting (disk, Pagefind, other processes)';
    if (functionName === '(garbage collector)') return 'garbage collection';
    if (functionName === '(program)') return 'V8';
    return FILE_SYSTEM.test(functionName) ? 'file system' : 'other native code';
  }
  if (url.startsWith('node:')) return 'Node.js';
  if (BUNDLED_ASTRO.test(url)) return 'Astro';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1];
  if (pkg === 'astro') return 'Astro';
  if (pkg === 'vite' || pkg === 'rolldown' || pkg?.startsWith('@rolldown/')) return 'Vite';
  if (pkg) return pkg;
  // A chunk holds what Rolldown put in it: some of Astro's runtime counts here too.
  if (url.includes('/.prerender/')) return 'Annals: pages, views, components (bundled)';
  const folder = /\/src\/([^/]+)\//.exec(url)?.[1];
  if (folder) return `Annals: src/${folder}`;
  return url.includes('/scripts/') ? 'Annals: scripts' : 'other code';
}

/**
 * Splits the profile into the build's phases and sums each phase's samples by kind of code.
 * A sample belongs to the phase its time falls in; a phase runs from the first to the last
 * sample whose stack holds its marks, and the unmarked phases fill the time between. A build
 * without a phase (no search index to write) leaves it out.
 */
export function profilePhases(profile: CpuProfile): ProfilePhase[] {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parents.set(child, node.id);
  const markOf = new Map<number, string | undefined>();
  const marked = (id: number): string | undefined => {
    if (markOf.has(id)) return markOf.get(id);
    const { url } = nodes.get(id)!.callFrame;
    const parent = parents.get(id);
    const mark =
      MARKED_PHASES.find(({ marks }) => marks.test(url))?.phase ??
      (parent === undefined ? undefined : marked(parent));
    markOf.set(id, mark);
    return mark;
  };
  let time = 0;
  const times = profile.samples.map((_, at) => (time += profile.timeDeltas[at] ?? 0));
  const spans = new Map<string, { from: number; to: number }>();
  profile.samples.forEach((id, at) => {
    const phase = marked(id);
    if (!phase) return;
    const span = spans.get(phase) ?? { from: times[at]!, to: times[at]! };
    spans.set(phase, { from: Math.min(span.from, times[at]!), to: Math.max(span.to, times[at]!) });
  });
  // Each phase ends where the next marked one begins or, if marked itself, where its marks end.
  const ends: { phase: string; end: number }[] = [];
  PHASE_ORDER.forEach(([phase, mark], at) => {
    if (mark) {
      const span = spans.get(mark);
      if (span) ends.push({ phase, end: span.to });
      return;
    }
    const next = PHASE_ORDER.slice(at + 1).find(([, later]) => later && spans.has(later));
    ends.push({ phase, end: next ? spans.get(next[1]!)!.from - 1 : Infinity });
  });
  const phases = new Map<string, Map<string, number>>();
  profile.samples.forEach((id, at) => {
    // The last phase ends at Infinity: every sample finds one.
    const { phase } = ends.find(({ end }) => times[at]! <= end)!;
    const { functionName, url } = nodes.get(id)!.callFrame;
    const kind = kindOfCode(functionName, url);
    const kinds = phases.get(phase) ?? new Map<string, number>();
    kinds.set(kind, (kinds.get(kind) ?? 0) + (profile.timeDeltas[at] ?? 0) / 1000);
    phases.set(phase, kinds);
  });
  return PHASE_ORDER.flatMap(([phase]) => {
    const kinds = phases.get(phase);
    if (!kinds) return [];
    const sorted = [...kinds].map(([kind, ms]) => ({ kind, ms })).sort((a, b) => b.ms - a.ms);
    return [{ phase, ms: sorted.reduce((sum, { ms }) => sum + ms, 0), kinds: sorted }];
  });
}

/**
 * The build's main thread's profile among those `node --cpu-prof` wrote into `dir`: one per
 * thread and process, named `CPU.<date>.<time>.<pid>.<thread>.<sequence>.cpuprofile`, where
 * a main thread is thread 0. A process the build started with Node's flags writes one too;
 * the build's own is the longest.
 */
export function readMainThreadProfile(dir: string): CpuProfile {
  const [file] = readdirSync(dir)
    .filter((name) => /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/.test(name))
    .map((name) => ({ name, size: statSync(join(dir, name)).size }))
    .sort((a, b) => b.size - a.size);
  if (!file) throw new Error(`no CPU profile of a main thread in ${dir}`);
  return JSON.parse(readFileSync(join(dir, file.name), 'utf8')) as CpuProfile;
}
