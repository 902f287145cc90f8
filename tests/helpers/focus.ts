import type { Page } from 'playwright-core';

/** Where keyboard focus is, as a reader of a test failure needs it. */
export interface Focus {
  /** `a.skip-link "Skip to content"`, `main#main`, or `body` when nothing is focused. */
  description: string;
  isLink: boolean;
  isMain: boolean;
  insideMain: boolean;
  /** The fragment target of a focused in-page link is the page's `<main>`. */
  targetsMain: boolean;
  /** Some of the focused element is inside the viewport, with a size. */
  visible: boolean;
}

/** Describes the element that has keyboard focus in a page. */
export function focusIn(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const element = document.activeElement ?? document.body;
    const main = document.querySelector('main');
    const box = element.getBoundingClientRect();
    const classes = [...element.classList].map((name) => `.${name}`).join('');
    const id = element.id ? `#${element.id}` : '';
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    const hash = element instanceof HTMLAnchorElement ? element.hash.slice(1) : '';
    return {
      description: `${element.tagName.toLowerCase()}${id}${classes}${text ? ` "${text}"` : ''}`,
      isLink: element instanceof HTMLAnchorElement && element.hasAttribute('href'),
      isMain: element === main,
      insideMain: element !== main && !!main?.contains(element),
      targetsMain: !!hash && document.getElementById(decodeURIComponent(hash)) === main,
      visible:
        box.width > 0 &&
        box.height > 0 &&
        box.right > 0 &&
        box.bottom > 0 &&
        box.left < innerWidth &&
        box.top < innerHeight,
    };
  });
}
