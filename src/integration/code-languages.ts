import { bundledLanguages } from 'shiki';

/**
 * Languages every build loads, whatever the content names: the YAML of front matter, which
 * the Markdown and MDX grammars highlight inside ```md and ```mdx blocks.
 */
const ALWAYS_LOADED = ['yaml'];

/** The info string's first word after an opening fence: ```md, ~~~ yaml, ```sh title="x". */
const FENCE = /^ {0,3}(?:`{3,}|~{3,})[ \t]*([\w+#.-]+)/gm;

/**
 * The code-block languages to load before any page renders: every language a fence in the
 * given Markdown and MDX bodies names (nested fences included, as the scan is line by line),
 * plus YAML, limited to the languages Shiki has.
 *
 * Why: Shiki's Markdown and MDX grammars embed other languages lazily
 * (`embeddedLangsLazy`): the front matter in a ```md block is highlighted as YAML only if
 * the YAML grammar happens to be loaded already, and Astro loads a grammar the first time a
 * page uses it. Pages are compiled in no fixed order, so the same block came out in
 * different colours from one build to the next (shikijs/shiki#1298, vuejs/vitepress#4566).
 * With every grammar loaded up front, no page changes what another one renders. A new
 * language in one page therefore changes the set for all pages, so the set is one of the
 * build's shared inputs.
 */
export function codeLanguages(bodies: Iterable<string>): string[] {
  const found = new Set(ALWAYS_LOADED);
  for (const body of bodies) {
    for (const match of body.matchAll(FENCE)) found.add((match[1] ?? '').toLowerCase());
  }
  return [...found].filter((lang) => Object.hasOwn(bundledLanguages, lang)).sort();
}
