import { describe, expect, it } from 'vitest';
import { budgetLines, type BenchResult } from '../../scripts/bench/report.ts';

/** A build as the benchmark measured it, with only what the budgets read. */
const build = (wallMs: number, peakRssBytes = 1e9) => ({
  measurement: { wallMs, peakRssBytes },
  phases: {},
});

/** A run of the benchmark: a cold build, the minimal Astro build, the check and the rebuilds. */
function result(
  events: number,
  figures: { cold: number; minimal?: number; rss: number; edit?: number; unchanged?: number },
) {
  const { cold, minimal, rss, edit = 0.125, unchanged = 0.15 } = figures;
  return {
    events,
    ours: [build(cold, rss)],
    pagefindRuns: [],
    baseline: minimal === undefined ? [] : [build(minimal)],
    checks: [{ wallMs: 4_900 }],
    firstQueries: [],
    rebuilds: { afterEdit: build(cold * edit), unchanged: build(cold * unchanged) },
  } as unknown as BenchResult;
}

describe('the budgets npm run bench reports', () => {
  it('judges a 10,000-event run by the whole build, memory, rebuilds and check', () => {
    expect(budgetLines(result(10_000, { cold: 400_000, minimal: 100_000, rss: 3.5e9 }))).toEqual([
      '- whole build at most 2.0× the minimal Astro build: **not met** (4.00×)',
      '- peak RSS at most 4 GB, Pagefind included: met (3.50 GB)',
      '- rebuild after editing one event at most 15 % of the cold build: met (12.5 %)',
      '- rebuild with no change at most 10 % of the cold build: **not met** (15.0 %)',
      '- `npm run check` under 10 s: met',
    ]);
  });

  it('counts a figure exactly at its budget as met', () => {
    const atBudget = { cold: 200_000, minimal: 100_000, rss: 4e9, edit: 0.15, unchanged: 0.1 };
    expect(budgetLines(result(10_000, atBudget))).toEqual([
      '- whole build at most 2.0× the minimal Astro build: met (2.00×)',
      '- peak RSS at most 4 GB, Pagefind included: met (4.00 GB)',
      '- rebuild after editing one event at most 15 % of the cold build: met (15.0 %)',
      '- rebuild with no change at most 10 % of the cold build: met (10.0 %)',
      '- `npm run check` under 10 s: met',
    ]);
  });

  it('says what a run without the minimal build cannot judge', () => {
    expect(budgetLines(result(1000, { cold: 70_000, rss: 2.9e9 }))).toEqual([
      '- total wall under 60 s, everything included: **not met**',
      '- peak RSS under 3 GB: met',
      '- whole build at most 2.0× the minimal Astro build: needs the minimal build',
    ]);
  });

  it('judges a 1,000-event run by its total, its memory and the whole build', () => {
    expect(budgetLines(result(1000, { cold: 30_000, minimal: 16_000, rss: 3.2e9 }))).toEqual([
      '- total wall under 60 s, everything included: met',
      '- peak RSS under 3 GB: **not met**',
      '- whole build at most 2.0× the minimal Astro build: met (1.88×)',
    ]);
  });
});
