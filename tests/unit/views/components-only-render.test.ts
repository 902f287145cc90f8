import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../helpers/check.ts';

const FETCHING = [
  "import { getArchive } from '../data/archive.ts';",
  "import { render } from 'astro:content';",
  'export const both = [getArchive, render];',
  '',
].join('\n');

/** The rule messages ESLint gives `code` as if it were the file at `path`. */
async function restrictedImports(path: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: PROJECT_ROOT });
  const [result] = await eslint.lintText(code, { filePath: join(PROJECT_ROOT, path) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('the lint rule that keeps components to rendering', () => {
  it('refuses a component or layout that imports the archive or astro:content', async () => {
    for (const path of ['src/components/events/probe.ts', 'src/layouts/probe.ts']) {
      const messages = await restrictedImports(path, FETCHING);
      expect(messages).toHaveLength(2);
      expect(messages[0]).toContain('take a view from src/data/views/');
    }
  });

  it('lets the MDX components of docs pages and the routes read the archive', async () => {
    expect(await restrictedImports('src/components/mdx/probe.ts', FETCHING)).toEqual([]);
    expect(await restrictedImports('src/pages/probe.ts', FETCHING)).toEqual([]);
  });
});
