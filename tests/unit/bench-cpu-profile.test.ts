import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  kindOfCode,
  profilePhases,
  readMainThreadProfile,
  type CpuProfile,
} from '../../scripts/bench/cpu-profile.ts';
import { profileRows } from '../../scripts/bench/report.ts';

const ASTRO = 'file:///p/node_modules/astro/dist';
const WAITING = 'waiting (disk, Pagefind, other processes)';

/**
 * A profile of a build in miniature: each frame is a node under the root, or under the frame
 * named as its parent, and each sample one millisecond on top of the named frame.
 */
function profileOf(
  frames: Record<string, { functionName?: string; url?: string; parent?: string }>,
  samples: string[],
): CpuProfile {
  const ids = new Map(Object.keys(frames).map((name, at) => [name, at + 2]));
  const nodes: CpuProfile['nodes'] = [
    { id: 1, callFrame: { functionName: '(root)', url: '' }, children: [] },
  ];
  for (const [name, { functionName = name, url = '' }] of Object.entries(frames)) {
    nodes.push({ id: ids.get(name)!, callFrame: { functionName, url }, children: [] });
  }
  for (const [name, { parent }] of Object.entries(frames)) {
    const parentId = parent ? ids.get(parent)! : 1;
    nodes.find((node) => node.id === parentId)!.children!.push(ids.get(name)!);
  }
  return {
    nodes,
    startTime: 0,
    samples: samples.map((name) => ids.get(name)!),
    timeDeltas: samples.map(() => 1000),
  };
}

const FRAMES = {
  '(idle)': {},
  '(garbage collector)': {},
  writeBuffer: {},
  check: { url: 'file:///p/src/content-check/check-content.ts' },
  sync: { url: `${ASTRO}/content/content-layer.js` },
  parse: { url: 'file:///p/node_modules/zod/v4/core/parse.js', parent: 'sync' },
  generate: { url: `${ASTRO}/core/build/generate.js` },
  eventPage: { url: 'file:///p/.astro/.prerender/chunks/entry-pages_x1.mjs', parent: 'generate' },
  renderPage: { url: 'file:///p/.astro/.prerender/chunks/jsx-runtime_x2.mjs', parent: 'generate' },
  index: { url: 'file:///p/src/outputs/search-index.ts' },
};

describe('the benchmark’s CPU profile of a build', () => {
  it('tells the kinds of code apart', () => {
    expect(kindOfCode('(idle)', '')).toBe(WAITING);
    expect(kindOfCode('(garbage collector)', '')).toBe('garbage collection');
    expect(kindOfCode('(program)', '')).toBe('V8');
    expect(kindOfCode('fstat', '')).toBe('file system');
    expect(kindOfCode('structuredClone', '')).toBe('other native code');
    expect(kindOfCode('read', 'node:internal/fs/promises')).toBe('Node.js');
    expect(kindOfCode('x', `${ASTRO}/core/build/generate.js`)).toBe('Astro');
    expect(kindOfCode('x', 'file:///p/.astro/.prerender/prerender-entry.a1.mjs')).toBe('Astro');
    expect(kindOfCode('x', 'file:///p/.astro/.prerender/chunks/BaseLayout_a.mjs')).toBe(
      'Annals: pages, views, components (bundled)',
    );
    expect(kindOfCode('x', 'file:///p/node_modules/vite/dist/node/chunks/dep.js')).toBe('Vite');
    expect(kindOfCode('x', 'file:///p/node_modules/@rolldown/binding/index.js')).toBe('Vite');
    expect(kindOfCode('x', 'file:///p/node_modules/rolldown/dist/index.mjs')).toBe('Vite');
    expect(kindOfCode('x', 'file:///p/node_modules/@astrojs/sitemap/dist/index.js')).toBe(
      '@astrojs/sitemap',
    );
    expect(kindOfCode('x', 'file:///p/src/outputs/sitemap.ts')).toBe('Annals: src/outputs');
    expect(kindOfCode('x', 'file:///p/scripts/lib/cli.ts')).toBe('Annals: scripts');
    expect(kindOfCode('x', 'file:///p/astro.config.mjs')).toBe('other code');
  });

  it('splits the build into its phases by what the stack runs, and the time between', () => {
    const samples = [
      ['check', '(idle)'], // before content sync: setup and the content check
      ['parse', 'sync'], // content sync, zod under it
      ['(garbage collector)'], // between sync and rendering: bundling
      ['eventPage', '(idle)', 'renderPage'], // rendering, a wait inside it
      ['writeBuffer'], // after rendering, before the search index
      ['index'], // the search index
      ['(idle)'], // after it
    ].flat();
    expect(profilePhases(profileOf(FRAMES, samples))).toEqual([
      {
        phase: 'setup and content check',
        ms: 2,
        kinds: [
          { kind: 'Annals: src/content-check', ms: 1 },
          { kind: WAITING, ms: 1 },
        ],
      },
      {
        phase: 'content sync',
        ms: 2,
        kinds: [
          { kind: 'zod', ms: 1 },
          { kind: 'Astro', ms: 1 },
        ],
      },
      { phase: 'bundling', ms: 1, kinds: [{ kind: 'garbage collection', ms: 1 }] },
      {
        phase: 'rendering',
        ms: 3,
        kinds: [
          { kind: 'Annals: pages, views, components (bundled)', ms: 1 },
          { kind: WAITING, ms: 1 },
          { kind: 'Astro', ms: 1 },
        ],
      },
      { phase: 'after rendering', ms: 1, kinds: [{ kind: 'file system', ms: 1 }] },
      { phase: 'search index', ms: 1, kinds: [{ kind: 'Annals: src/outputs', ms: 1 }] },
      { phase: 'after the search index', ms: 1, kinds: [{ kind: WAITING, ms: 1 }] },
    ]);
  });

  it('puts what follows rendering after it when no search index was written', () => {
    const phases = profilePhases(
      profileOf(FRAMES, ['sync', 'generate', 'writeBuffer', '(idle)', '(idle)']),
    );
    expect(phases.map(({ phase, ms }) => [phase, ms])).toEqual([
      ['content sync', 1],
      ['rendering', 1],
      ['after rendering', 3],
    ]);
  });

  it('puts the kind of code that took longest first, though it came later', () => {
    const [rendering] = profilePhases(
      profileOf(FRAMES, ['eventPage', 'renderPage', 'renderPage', 'generate']),
    );
    expect(rendering!.kinds).toEqual([
      { kind: 'Astro', ms: 3 },
      { kind: 'Annals: pages, views, components (bundled)', ms: 1 },
    ]);
  });

  it('sums kinds by their time, largest first, however the samples came', () => {
    const [rendering] = profilePhases(
      profileOf(FRAMES, ['generate', 'renderPage', '(idle)', 'renderPage', 'generate']),
    );
    expect(rendering).toEqual({
      phase: 'rendering',
      ms: 5,
      kinds: [
        { kind: 'Astro', ms: 4 },
        { kind: WAITING, ms: 1 },
      ],
    });
  });

  it('names six kinds of code a phase ran, and sums the rest', () => {
    const kinds = [7, 6, 5, 4, 3, 2, 1.5, 0.5].map((s, at) => ({ kind: `k${at}`, ms: s * 1000 }));
    expect(profileRows([{ phase: 'rendering', ms: 29_000, kinds }])).toEqual([
      [
        'rendering',
        '29.0 s',
        'k0 7.00 s; k1 6.00 s; k2 5.00 s; k3 4.00 s; k4 3.00 s; k5 2.00 s; other 2.00 s',
      ],
    ]);
  });

  it.each([
    ['7637', '7640'],
    ['7640', '7637'],
  ])(
    'reads the build’s main thread’s profile (process %s), not a worker’s or a shorter process’s',
    async (buildPid, childPid) => {
      const dir = await mkdtemp(join(tmpdir(), 'annals-profile-'));
      const file = (pid: string, thread: number) =>
        join(dir, `CPU.20261204.031532.${pid}.${thread}.00${thread + 1}.cpuprofile`);
      try {
        const main = profileOf(FRAMES, ['generate', 'generate']);
        await writeFile(file(buildPid, 0), JSON.stringify(main));
        await writeFile(
          file(buildPid, 1),
          JSON.stringify(profileOf(FRAMES, Array(9).fill('index'))),
        );
        await writeFile(file(childPid, 0), JSON.stringify(profileOf(FRAMES, ['check'])));
        // Larger, but not profiles: a copy being written, and another tool's file.
        const large = JSON.stringify(profileOf(FRAMES, Array(20).fill('sync')));
        await writeFile(`${file(buildPid, 0)}.part`, large);
        await writeFile(join(dir, 'old-CPU.20261204.031532.1.0.001.cpuprofile'), large);
        expect(readMainThreadProfile(dir)).toEqual(main);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );

  it('says where it looked when no build was profiled', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'annals-profile-'));
    try {
      expect(() => readMainThreadProfile(dir)).toThrow(`no CPU profile of a main thread in ${dir}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
