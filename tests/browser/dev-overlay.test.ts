import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { writeContentTree } from '../helpers/content-tree.ts';
import { startDevServer } from '../helpers/dev-server.ts';
import { editFile } from '../helpers/edit-tree.ts';
import { validArchive } from '../helpers/valid-archive.ts';

const EVENT = 'events/2017-iclt-holm/index.md';

/** The text of the part of Astro's error overlay that matches `selector` (runs in the page). */
const overlayText = (selector: string) =>
  document.querySelector('vite-error-overlay')?.shadowRoot?.querySelector(selector)?.textContent ??
  '';

describe.each([
  { when: '', env: {} },
  {
    // The server waits a while for Astro to sync a save; a busy machine can outlast the wait.
    when: ', when Astro syncs the fix later than the server waits for it',
    env: { ANNALS_TEST_STORE_WAIT_MS: '0' },
  },
])('npm run dev, while an editor works$when', ({ env }) => {
  let browser: Browser;
  let contentDir = '';
  let server: Awaited<ReturnType<typeof startDevServer>>;

  beforeAll(async () => {
    // Two mistakes: a reference to nothing, and a misspelt field that Astro's own schema
    // validation would also report.
    contentDir = await writeContentTree(
      editFile(
        editFile(validArchive(), EVENT, 'city: holm', 'city: holc'),
        EVENT,
        'organisers: [oll]',
        'orgnisers: [oll]',
      ),
    );
    [server, browser] = await Promise.all([startDevServer(contentDir, env), launchBrowser()]);
  });

  afterAll(async () => {
    await Promise.all([server?.stop(), browser?.close()]);
  });

  it('shows a content error in the overlay at its file and line, and the page once it is fixed', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/en/events/2017-iclt-holm/`);
    // The dev server may reload the page once it has bundled its dependencies; read the
    // overlay until it is there, through reloads. Its first bundling takes long on a busy
    // two-core runner, hence the long waits.
    const overlay = (selector: string) => page.evaluate(overlayText, selector).catch(() => '');
    await expect
      .poll(() => overlay('#message-content'), { timeout: 90_000 })
      .toContain(
        `${contentDir}/${EVENT}:11: error: city: refers to ${contentDir}/cities/holc/index.md, which does not exist; did you mean 'holm'?`,
      );
    await expect.poll(() => overlay('#code h2')).toContain('2017-iclt-holm/index.md:11:1');

    // The editor fixes the reference and saves: the browser reloads by itself.
    const file = join(contentDir, EVENT);
    const fixed = (await readFile(file, 'utf8'))
      .replace('city: holc', 'city: holm')
      .replace('orgnisers:', 'organisers:');
    await writeFile(file, fixed);
    await page.waitForSelector('h1:has-text("3rd International Conference on Learning Cities")', {
      timeout: 60_000,
    });
    expect(await page.locator('vite-error-overlay').count()).toBe(0);
    await page.close();
  }, 180_000);

  it('tells the editor in the terminal once, in the checker’s words only', () => {
    const terminal = stripVTControlCharacters(server.output()).replaceAll(contentDir, 'content');
    const misspelt = `content/${EVENT}:12: error: orgnisers: is not a field here; did you mean organisers?`;
    // Once when the server starts; the browser's requests repeat it in Astro's error log.
    expect(terminal).toContain(`[annals] ${misspelt}`);
    expect(terminal.split(`[annals] ${misspelt}`)).toHaveLength(2);
    // Astro's own report of the same mistake, which the checker has already given.
    expect(terminal).not.toContain('Unrecognized key');
    expect(terminal).not.toContain('InvalidContentEntryDataError');
    // Nor a page's code failing on entries the checker refused (Astro runs getStaticPaths
    // before any middleware), which Astro would print with its stack.
    expect(terminal).not.toContain('Stack trace');
  });
});
