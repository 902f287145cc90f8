import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, inject, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { PROJECT_ROOT } from '../helpers/check.ts';
import {
  buildGate,
  checkGate,
  checkWarnings,
  createGateContext,
  expectGatePasses,
  htmlGate,
  linkGate,
  publishedUrlGate,
  reproducibleBuildGate,
  type GateContext,
} from './gates.ts';
import { runTranslationReport, translationReportGate } from './translation-report.ts';

const build = inject('contentBuild');
let context: GateContext;

beforeAll(async () => {
  context = await createGateContext(build.contentDir, build.siteDir);
});

/** Gates that read the built site say, when there is none, where to look instead. */
function requireBuiltSite(): void {
  if (build.exitCode !== 0)
    throw new Error(
      'The content did not build, so there is no site to check: see "the site builds".',
    );
}

// The gates on the content an editor changes: each failure names the file and line (or the
// URL and the file it comes from), what is wrong, and what to do.
describe(`the content in ${build.contentDir}`, () => {
  it('passes `npm run check` (warnings are shown, not failures)', () => {
    const warnings = checkWarnings(context.check);
    if (warnings.length) console.warn(`npm run check warns:\n${warnings.join('\n')}`);
    expectGatePasses(checkGate(context.check));
  });

  it('builds', () => {
    expectGatePasses(buildGate(build));
  });

  it('has no link that leads nowhere', async () => {
    requireBuiltSite();
    expectGatePasses(await linkGate(context));
  });

  it('builds pages the HTML checker finds valid', async () => {
    requireBuiltSite();
    expectGatePasses(await htmlGate(context));
  });

  it('still builds every page it has published', async () => {
    requireBuiltSite();
    expectGatePasses(await publishedUrlGate(context));
  });

  it('builds the same files a second time, byte for byte', async () => {
    requireBuiltSite();
    const again = join(PROJECT_ROOT, '.test-build', 'content-site-again');
    await rm(again, { recursive: true, force: true });
    // Built as the first was (see tests/setup/build-content-site.ts), from the same cache.
    const second = await buildSite({
      outDir: again,
      contentDir: process.env.ANNALS_CONTENT_DIR ? build.contentDir : undefined,
    });
    expectGatePasses(buildGate(second));
    expectGatePasses(await reproducibleBuildGate(context, again));
  });

  it('has a translation report, whose outdated translations are warnings on the status page', async () => {
    requireBuiltSite();
    const report = await runTranslationReport(context.contentDir);
    if (report.outdated.length)
      console.warn(
        `Outdated translations: update each, then run \`npm run translations -- --stamp <file>\`:\n${report.outdated.map((row) => row.line).join('\n')}`,
      );
    expectGatePasses(await translationReportGate(context, report));
  });
});
