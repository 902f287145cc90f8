import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, findAccessibilityViolations } from '../helpers/axe.ts';
import { writeContentTree } from '../helpers/content-tree.ts';
import { openSiteInBrowser, type SiteInBrowser } from '../helpers/site-in-browser.ts';

let site: SiteInBrowser;

/** A page that follows the colour scheme, with grey text readable only on a light canvas. */
const PAGE = `<!doctype html><html lang="en" style="color-scheme: light dark"><head>
<meta charset="utf-8"><title>Contrast</title></head><body><main><h1>Contrast</h1>
<p style="color: #333">Dark grey text.</p></main></body></html>`;

beforeAll(async () => {
  site = await openSiteInBrowser(await writeContentTree({ 'index.html': PAGE }));
});
afterAll(() => site?.close());

async function violationsIn(colorScheme: 'light' | 'dark'): Promise<string[]> {
  const page = await site.browser.newPage({ colorScheme });
  await page.goto(`${site.origin}/`);
  const violations = await findAccessibilityViolations(page);
  await page.close();
  return describeViolations(violations, `/ in ${colorScheme} colours`);
}

describe('the accessibility check itself', () => {
  it('measures contrast against the dark canvas in dark colours, and says what to fix', async () => {
    const [report] = await violationsIn('dark');
    expect(report).toMatch(/^\/ in dark colours: color-contrast \(serious\): /);
    expect(report).toContain(
      '    p: Fix any of the following: Element has insufficient color contrast',
    );
    expect(report).toContain('background color: #121212');
  });

  it('finds nothing wrong with the same text on the light canvas', async () => {
    expect(await violationsIn('light')).toEqual([]);
  });
});
