import { describe, expect, it } from 'vitest';
import { longestWaits, readBuildPhases } from '../../scripts/bench/astro-phases.ts';

/** A build log as the bench keeps it: each line with the milliseconds it arrived at. */
const log = (...lines: [number, string][]) => lines.map(([atMs, text]) => ({ atMs, text }));

const rebuildLog = log(
  [4_000, '12:00:04 [content] Syncing content'],
  [5_000, '12:00:05 [content] Synced content'],
  [9_000, '12:00:09 [build] generating static routes'],
  [15_000, '12:00:15 ✓ Completed in 5.80s.'],
  [75_000, '12:01:15 [annals] Search index: no indexed page changed since the last build'],
  [76_000, '12:01:16 [build] 79088 page(s) built in 76.00s'],
  [76_100, '12:01:16 [build] Complete!'],
);

describe('readBuildPhases', () => {
  it('reads each phase of a build from the times of the lines that open and close it', () => {
    expect(readBuildPhases(rebuildLog)).toEqual({
      setupMs: 4_000,
      contentSyncMs: 1_000,
      bundlingMs: 4_000,
      renderMs: 5_800,
      afterRenderMs: 61_100,
      pagefindMs: undefined,
      pages: 79088,
    });
  });
});

describe('longestWaits', () => {
  it('names the longest silences of a build, longest first, by the line that ended each', () => {
    expect(longestWaits(rebuildLog, 2)).toEqual([
      { ms: 60_000, before: rebuildLog[4]!.text },
      { ms: 6_000, before: rebuildLog[3]!.text },
    ]);
  });

  it('counts the first silence from the start of the build', () => {
    expect(longestWaits(log([30_000, 'first line'], [31_000, 'second line']), 1)).toEqual([
      { ms: 30_000, before: 'first line' },
    ]);
  });
});
