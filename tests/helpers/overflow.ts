import type { Page } from 'playwright-core';

/**
 * The elements that stick out of the viewport sideways and make the page scroll horizontally,
 * innermost first: what a reader on a narrow screen has to scroll to read. Empty if the page
 * fits its width.
 */
export function elementsWiderThanViewport(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    // Only the end side scrolls: past the start, content is cut off (the off-screen skip link).
    const rtl = getComputedStyle(document.documentElement).direction === 'rtl';
    const sticksOut = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && (rtl ? box.left < -1 : box.right > width + 1);
    };
    const outside = [...document.body.querySelectorAll('*')].filter(sticksOut);
    const innermost = outside.filter((element) => ![...element.children].some(sticksOut));
    const describe = (element: Element) => {
      const id = element.id ? `#${element.id}` : '';
      const classes = [...element.classList].map((name) => `.${name}`).join('');
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
      const box = element.getBoundingClientRect();
      const span = `${Math.round(box.left)}–${Math.round(box.right)} px`;
      return `<${element.tagName.toLowerCase()}${id}${classes}> "${text}" spans ${span} of ${width} px`;
    };
    return [
      `the page scrolls sideways: ${document.documentElement.scrollWidth} px wide in a ${width} px viewport`,
      ...innermost.slice(0, 10).map(describe),
    ];
  });
}
