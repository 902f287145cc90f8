import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/** The rules of WCAG 2.2 at levels A and AA, and axe's best practices. */
export const WCAG_22_AA: RunOptions = {
  runOnly: {
    type: 'tag',
    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
  },
  resultTypes: ['violations'],
};

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Axe measures contrast against white wherever no element has a background, but in a dark
 * colour scheme the browser paints a dark canvas (dequelabs/axe-core#4608, #3605), so every
 * light text on it would be reported. Where neither `<html>` nor `<body>` has a background,
 * this gives `<html>` the canvas colour it is painted with anyway, which axe then reads. It
 * changes nothing on screen. TODO: remove when axe-core takes the canvas from `color-scheme`.
 */
async function paintCanvasExplicitly(page: Page): Promise<void> {
  await page.evaluate(() => {
    const transparent = (element: Element) =>
      getComputedStyle(element).backgroundColor === 'rgba(0, 0, 0, 0)';
    const root = document.documentElement;
    if (transparent(root) && (!document.body || transparent(document.body)))
      root.style.backgroundColor = 'Canvas';
  });
}

/**
 * Runs axe in a loaded page and returns its violations. The script is evaluated through the
 * DevTools protocol rather than added as a `<script>`, so a page's Content Security Policy
 * cannot block it.
 */
export async function findAccessibilityViolations(page: Page): Promise<Result[]> {
  await paintCanvasExplicitly(page);
  // Once per document: a second run in the same page (the other colour scheme) reuses it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await axeSource);
  const results = await page.evaluate(
    (options) =>
      (window as unknown as { axe: { run(o: RunOptions): Promise<AxeResults> } }).axe.run(options),
    WCAG_22_AA,
  );
  return results.violations;
}

/**
 * One block per violation: the rule, its impact, where it was found and how to fix it, then
 * each offending element by CSS selector with axe's summary of what is wrong.
 */
export function describeViolations(violations: Result[], where: string): string[] {
  return violations.map((violation) => {
    const elements = violation.nodes.map((node) => {
      const summary = (node.failureSummary ?? '').replace(/\s*\n\s*/g, ' ');
      return `    ${node.target.join(' >>> ')}: ${summary}`;
    });
    return [
      `${where}: ${violation.id} (${violation.impact ?? 'no impact given'}): ${violation.help}`,
      `    how to fix: ${violation.helpUrl}`,
      ...elements,
    ].join('\n');
  });
}
