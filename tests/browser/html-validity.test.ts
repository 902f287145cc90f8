import { beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoProblems } from '../helpers/expect-none.ts';
import { checkHtmlFolder, type NuCheckResult } from '../helpers/nu-checker.ts';
import { listSiteFiles } from '../helpers/site-files.ts';

const siteDir = inject('fixtureSite');
let result: NuCheckResult;

beforeAll(async () => {
  result = await checkHtmlFolder(siteDir);
});

describe('HTML validity (Nu Html Checker)', () => {
  it('checks every page the build wrote', async () => {
    const pages = (await listSiteFiles(siteDir)).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    expect(result.checkedFiles).toEqual(pages);
  });

  it('finds no error on any page', () => {
    expectNoProblems(result.errors, 'HTML errors, as path:line: message');
  });
});
