import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { readKeyedFilesReport, writeKeyedFiles } from '../../src/outputs/keyed-files.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A build: a fresh site folder, as Astro empties it, and the store kept between builds. */
function build(store: string, files: { file: string; key: string }[], code = 'v1') {
  const outDir = mkdtempSync(join(tmpdir(), 'annals-keyed-'));
  folders.push(outDir);
  const rendered: string[] = [];
  const report = writeKeyedFiles(
    files,
    (item) => {
      rendered.push(item.file);
      return `text of ${item.file} at ${item.key}`;
    },
    { outDir, store, code },
  );
  return { outDir, report, rendered };
}

describe('files written outside Astro’s routes', () => {
  // Kept from one build to the next, as Astro's cache folder is.
  const store = mkdtempSync(join(tmpdir(), 'annals-store-'));
  afterAll(() => rmSync(store, { recursive: true, force: true }));
  const files = [
    { file: 'en/events/a.ics', key: '1' },
    { file: 'fr/events/a.ics', key: '1' },
    { file: 'en/events/b.ics', key: '1' },
  ];

  it('are all written by a first build', () => {
    const { outDir, report, rendered } = build(store, files);
    expect(report).toEqual({ written: 3, reused: 0, removed: 0 });
    expect(rendered).toHaveLength(3);
    expect(readFileSync(join(outDir, 'fr/events/a.ics'), 'utf8')).toBe(
      'text of fr/events/a.ics at 1',
    );
  });

  it('are written again only when their key changed, and removed when no longer wanted', () => {
    const next = [{ file: 'en/events/a.ics', key: '2' }, files[1]!];
    const { outDir, report, rendered } = build(store, next);
    expect(rendered).toEqual(['en/events/a.ics']);
    expect(report).toEqual({ written: 1, reused: 1, removed: 1 });
    expect(readKeyedFilesReport(store)).toEqual(report);
    expect(readFileSync(join(outDir, 'en/events/a.ics'), 'utf8')).toBe(
      'text of en/events/a.ics at 2',
    );
    expect(readFileSync(join(outDir, 'fr/events/a.ics'), 'utf8')).toBe(
      'text of fr/events/a.ics at 1',
    );
    expect(existsSync(join(outDir, 'en/events/b.ics'))).toBe(false);
    expect(existsSync(join(store, 'files', 'en/events/b.ics'))).toBe(false);
  });

  it('leave an earlier build’s files as they were when they are written anew', () => {
    // The store and a site folder share their files (hard links): a file written over in
    // place would change the other build's copy too.
    const first = build(store, [{ file: 'en/events/c.ics', key: '1' }]);
    build(store, [{ file: 'en/events/c.ics', key: '2' }]);
    expect(readFileSync(join(first.outDir, 'en/events/c.ics'), 'utf8')).toBe(
      'text of en/events/c.ics at 1',
    );
    const third = build(store, [{ file: 'en/events/c.ics', key: '2' }]);
    expect(third.rendered).toEqual([]);
    expect(readFileSync(join(third.outDir, 'en/events/c.ics'), 'utf8')).toBe(
      'text of en/events/c.ics at 2',
    );
  });

  it('are all written again when the code that writes them changed, the old ones gone', () => {
    const { report } = build(store, [files[1]!], 'v2');
    expect(report).toEqual({ written: 1, reused: 0, removed: 0 });
    expect(existsSync(join(store, 'files', 'en/events/a.ics'))).toBe(false);
  });
});
