import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../../vitest.config.ts';
import { FIXTURE_ARCHIVE_DIR, FIXTURE_CONFIG_FILE } from '../../fixtures/fixture-archive.ts';
import { PROJECT_ROOT } from '../../helpers/check.ts';
import { expectNoProblems } from '../../helpers/expect-none.ts';

/** Ways a test could read the shipped content by its own path, past the content setting. */
const READS_SHIPPED_CONTENT = [
  /\bPROJECT_ROOT\s*,\s*['"`]content\b/,
  /['"`](\.\.\/)+content\//,
  /\bsite\.contentDir\b/,
  /\bresolveContentDir\(/,
];

/** The test files and helpers of the engine: everything under tests/ but the content gates. */
async function engineTestSources(): Promise<string[]> {
  const tests = join(PROJECT_ROOT, 'tests');
  const files = await readdir(tests, { recursive: true });
  return files
    .filter((file) => file.endsWith('.ts'))
    .filter((file) => !file.startsWith('content-gates/') && file !== 'setup/build-content-site.ts')
    .map((file) => join(tests, file));
}

interface ProjectConfig {
  test: { name: string; env?: Record<string, string> };
}

// Replacing content/ and annals.config.ts with another archive (another network's, or
// `npm run init`'s starter, in other locales) must leave `npm test` green. The engine's tests
// cannot see the change by construction, as these tests show, and every run of them is a real
// run with the content and configuration elsewhere (the fixture archive's). The content gates on another archive than the shipped one are run by
// tests/build/init-archive.test.ts, on the starter `npm run init` writes.
describe('replacing the whole of content/ with a different small archive', () => {
  it('changes nothing an engine test reads: every engine project reads the fixture archive as its content, under its own site configuration', () => {
    const projects = (config.test?.projects ?? []) as ProjectConfig[];
    const engine = projects.filter(
      (project) => !['content-gates', 'operations'].includes(project.test.name),
    );
    expect(engine.map((project) => project.test.name)).toEqual([
      'unit',
      'site',
      'browser',
      'dev-server',
    ]);
    for (const project of engine) {
      expect(project.test.env?.ANNALS_CONTENT_DIR, project.test.name).toBe(FIXTURE_ARCHIVE_DIR);
      expect(project.test.env?.ANNALS_CONFIG, project.test.name).toBe(FIXTURE_CONFIG_FILE);
    }
  });

  it('changes nothing an engine test reads: no engine test opens content/ by its path', async () => {
    const readers: string[] = [];
    for (const file of await engineTestSources()) {
      const text = await readFile(file, 'utf8');
      const pattern = READS_SHIPPED_CONTENT.find((candidate) => candidate.test(text));
      if (pattern) readers.push(`${relative(PROJECT_ROOT, file)}: ${pattern}`);
    }
    expectNoProblems(
      readers,
      'Engine tests that read the shipped content',
      'Build a fixture archive instead (tests/fixtures/, tests/helpers/valid-archive.ts); only the content gates read content/.',
    );
  });
});
