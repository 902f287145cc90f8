import type { ConsoleMessage, Page } from 'playwright-core';

/** How Chromium words what a Content Security Policy blocked, in the console. */
const POLICY_REPORT = /content security policy/i;

/**
 * Starts recording what the page's Content Security Policy blocks, from the next page
 * loaded on: `securitypolicyviolation` events in the document, and the console's reports of
 * blocked scripts, styles, workers and WebAssembly, from the page and from its workers.
 * Returns the list, filled as they happen.
 */
export async function recordPolicyViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  const fromConsole = (message: ConsoleMessage) => {
    if (POLICY_REPORT.test(message.text())) violations.push(`console: ${message.text()}`);
  };
  page.on('console', fromConsole);
  page.on('worker', (worker) => worker.on('console', fromConsole));
  page.on('pageerror', (error) => {
    if (POLICY_REPORT.test(error.message)) violations.push(`script error: ${error.message}`);
  });
  // The listener is added through the DevTools protocol, which no page policy can block.
  await page.exposeFunction('reportPolicyViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportPolicyViolation(text: string): void })
        .reportPolicyViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  return violations;
}
