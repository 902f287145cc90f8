import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CheckResult } from '../../src/content-check/check-content.ts';
import { setLastCheck } from '../../src/integration/content-errors.ts';
import { deferToChecker } from '../../src/integration/defer-to-checker.ts';
import { refuseCheckedContent } from '../../src/integration/dev-content-gate.ts';
import { devDataStoreFile } from '../../src/integration/dev-data-store.ts';
import {
  entriesKeptAsWritten,
  keptEntriesSynced,
  noteEntrySync,
} from '../../src/integration/kept-entries.ts';

// The last check as the dev server's pages read it: one that passed, in the test's project.
const project = vi.hoisted(() => ({ root: '' }));
vi.mock('virtual:annals/content-errors', () => ({
  default: {
    get rootDir() {
      return project.root;
    },
    errors: [],
  },
}));

let entryFile = '';
let storeFile = '';

/** Astro writes its content store (touching the file is all the gate looks at). */
const writeStore = () => writeFile(storeFile, '{}');

beforeEach(async () => {
  project.root = await mkdtemp(join(tmpdir(), 'annals-kept-'));
  entryFile = join(project.root, 'index.md');
  storeFile = devDataStoreFile(project.root);
  await writeFile(entryFile, '---\ntitle: A\n---\n');
  await mkdir(join(project.root, '.astro'));
  // Astro writes its store when the dev server starts.
  await writeStore();
});

afterEach(async () => {
  for (const path of entriesKeptAsWritten().files) noteEntrySync(path, 'gone');
  setLastCheck({ errorCount: 0 } as CheckResult);
  await rm(project.root, { recursive: true, force: true });
});

/** Whether a page waiting on `gate` renders within a second, or is still waiting. */
const within = (gate: Promise<void>, ms = 1000) =>
  Promise.race([gate.then(() => 'rendered'), sleep(ms).then(() => 'still waiting')]);

/** Astro's sync of the entry file through the loader; Astro's own schema refuses it or not. */
async function syncThrough(data: Record<string, unknown>, schemaRefuses: boolean) {
  let kept: unknown;
  const loader: Loader = {
    name: 'one-file',
    load: async (context) => {
      kept = await context.parseData({ id: 'a', data, filePath: entryFile });
    },
  };
  const context = {
    parseData: async (props: { data: unknown }) => {
      if (schemaRefuses) throw new Error('Unrecognized key');
      return { ...(props.data as object), parsed: true };
    },
  } as unknown as LoaderContext;
  await deferToChecker(loader).load(context);
  return kept;
}

describe('an entry Astro keeps as written while the check has errors', () => {
  it('is kept with its fields as written, and noted, only while the check has errors', async () => {
    const written = { title: 'A', start: new Date(Date.UTC(2017, 8, 18)) };
    setLastCheck({ errorCount: 1 } as CheckResult);
    expect(await syncThrough(written, true)).toBe(written);
    expect(entriesKeptAsWritten().files).toEqual([entryFile]);

    setLastCheck({ errorCount: 0 } as CheckResult);
    await expect(syncThrough(written, true)).rejects.toThrow('Unrecognized key');
  });

  it('is no longer noted once a sync of its file passes the schema', async () => {
    noteEntrySync(entryFile, 'kept');
    const before = Date.now();
    expect(await syncThrough({ title: 'A' }, false)).toEqual({ title: 'A', parsed: true });
    expect(entriesKeptAsWritten().files).toEqual([]);
    expect(entriesKeptAsWritten().lastResyncedAt).toBeGreaterThanOrEqual(before);
  });
});

describe('a page of a check that passes', () => {
  it('renders at once when no entry is kept as written', async () => {
    expect(await within(keptEntriesSynced(storeFile))).toBe('rendered');
  });

  it('waits while Astro holds an entry as written, then until Astro has written its store', async () => {
    noteEntrySync(entryFile, 'kept');
    const waiting = keptEntriesSynced(storeFile);
    expect(await within(waiting, 200)).toBe('still waiting');
    noteEntrySync(entryFile, 'parsed');
    expect(await within(waiting, 200)).toBe('still waiting');
    await writeStore();
    expect(await within(waiting)).toBe('rendered');
  });

  it('waits in the gate of the dev server, which every page passes through', async () => {
    noteEntrySync(entryFile, 'kept');
    const gate = refuseCheckedContent();
    expect(await within(gate, 200)).toBe('still waiting');
    noteEntrySync(entryFile, 'parsed');
    await writeStore();
    expect(await within(gate)).toBe('rendered');
  });

  it('does not wait for a file deleted since, which Astro never syncs again', async () => {
    await sleep(50); // the store was written before the file was noted
    noteEntrySync(join(project.root, 'gone', 'index.md'), 'kept');
    expect(await within(keptEntriesSynced(storeFile))).toBe('rendered');
    expect(entriesKeptAsWritten().files).toEqual([]);
  });

  it('renders after the wait is up, if Astro never syncs the file', async () => {
    noteEntrySync(entryFile, 'kept');
    await keptEntriesSynced(storeFile, 100);
    expect(entriesKeptAsWritten().files).toEqual([entryFile]);
  });
});
