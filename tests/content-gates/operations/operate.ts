import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert, inject } from 'vitest';
import { PROJECT_ROOT } from '../../helpers/check.ts';
import { describeProblems } from '../../helpers/expect-none.ts';
import {
  checkGate,
  createGateContext,
  htmlFilesOf,
  htmlGate,
  linkGate,
  publishedUrlGate,
  type GateContext,
  type GateFinding,
} from '../gates.ts';
import {
  runTranslationReport,
  translationReportGate,
  type TranslationReport,
} from '../translation-report.ts';

/**
 * A copy of the content the gates guard (`content/`), in a temporary folder, for a test to
 * change as an editor would. The copy is outside git, so translation states come from the
 * recorded fingerprints only.
 */
export async function copyOfContent(): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'annals-operation-'));
  await cp(inject('contentBuild').contentDir, copy, { recursive: true });
  return copy;
}

/** Runs one of the project's npm scripts (`check`, `new`, `urls`, …) as an editor would. */
export function runScript(
  script: string,
  args: string[],
): { status: number | null; output: string } {
  const run = spawnSync(
    process.execPath,
    [join(PROJECT_ROOT, 'scripts', `${script}.ts`), ...args],
    {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0' },
    },
  );
  return { status: run.status, output: run.stdout + run.stderr };
}

/** Pages of `siteDir` that are new, or differ from the same page of the content's own build. */
async function pagesChangedFromContentBuild(siteDir: string): Promise<string[]> {
  const baseline = inject('contentBuild');
  const files = await htmlFilesOf(siteDir);
  if (baseline.exitCode !== 0) return files;
  const changed: string[] = [];
  for (const file of files) {
    const [now, before] = await Promise.all([
      readFile(join(siteDir, file)),
      readFile(join(baseline.siteDir, file)).catch(() => undefined),
    ]);
    if (!before?.equals(now)) changed.push(file);
  }
  return changed;
}

/** What the gates found on a changed copy of the content, and what they read. */
export interface GateRun {
  context: GateContext;
  report: TranslationReport;
  findings: GateFinding[];
}

/**
 * Runs the gates CI runs on a changed copy of the content, on `siteDir` already built from it
 * (`npm run urls` builds it, and says if the build fails): `npm run check`, the link check,
 * the HTML checker, the published-URL guard and the translation report. The HTML checker
 * reads only the pages the change made different from the content's own build, which the
 * content gates have checked.
 */
export async function runGates(contentDir: string, siteDir: string): Promise<GateRun> {
  const context = await createGateContext(contentDir, siteDir);
  const report = await runTranslationReport(contentDir);
  const findings = [
    checkGate(context.check),
    await linkGate(context),
    await htmlGate(context, await pagesChangedFromContentBuild(siteDir)),
    await publishedUrlGate(context),
    await translationReportGate(context, report),
  ];
  return { context, report, findings };
}

/** Fails with every gate that found problems, each as its editor message. */
export function expectGatesPass(run: GateRun): void {
  const failed = run.findings.filter((finding) => finding.problems.length > 0);
  if (failed.length === 0) return;
  const messages = failed.map(({ problems, heading, advice }) =>
    describeProblems(problems, heading, advice),
  );
  assert.fail(messages.join('\n\n'));
}
