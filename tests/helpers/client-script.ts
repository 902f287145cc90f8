import type { HTMLElement } from 'node-html-parser';

/**
 * `type` values that make a `<script>` run or load code. Any other non-empty type makes it a
 * data block (such as JSON-LD, `application/ld+json`), which the browser never runs.
 */
const RUNNABLE_SCRIPT_TYPES = new Set([
  '',
  'module',
  'importmap',
  'speculationrules',
  'text/javascript',
  'application/javascript',
  'application/ecmascript',
  'text/ecmascript',
]);

function isRunnable(script: HTMLElement): boolean {
  const type = (script.getAttribute('type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return RUNNABLE_SCRIPT_TYPES.has(type) || type.endsWith('javascript') || type.endsWith('jscript');
}

/**
 * Every way a page asks the browser to run JavaScript: `<script>` elements that are not data
 * blocks, inline event handler attributes (`onclick`) and `javascript:` URLs. One line each.
 */
export function clientScriptsIn(root: HTMLElement): string[] {
  const scripts = root
    .querySelectorAll('script')
    .filter(isRunnable)
    .map((script) => {
      const src = script.getAttribute('src');
      return src ? `<script src="${src}">` : `inline <script> of ${script.text.length} characters`;
    });
  const handlers = root.querySelectorAll('*').flatMap((element) =>
    Object.keys(element.attributes)
      .filter((name) => /^on/i.test(name))
      .map((name) => `${name} attribute on <${element.rawTagName.toLowerCase()}>`),
  );
  const urls = root
    .querySelectorAll('[href], [src], [action], [formaction]')
    .flatMap((element) => Object.entries(element.attributes))
    .filter(([, value]) => /^\s*javascript:/i.test(value))
    .map(([name, value]) => `${name}="${value}"`);
  return [...scripts, ...handlers, ...urls];
}
