import type { Page } from 'playwright-core';

/**
 * Starts recording what a reader would see go wrong while a page loads: requests that fail or
 * answer with an error status, and script errors. Returns the list, filled as they happen.
 */
export function recordPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'no reason';
    // Cancelled because the page was left before it came (Chromium asks for the favicon
    // after the page has loaded): nothing a reader sees. A blocked or missing file fails
    // with another reason or answers with an error status.
    if (reason === 'net::ERR_ABORTED') return;
    errors.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`status ${response.status()} for ${response.url()}`);
  });
  page.on('pageerror', (error) => errors.push(`script error: ${error.message}`));
  page.on('console', (message) => {
    // A failed load is logged too, and is already recorded above with its URL.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(`console error: ${message.text()}`);
  });
  return errors;
}
