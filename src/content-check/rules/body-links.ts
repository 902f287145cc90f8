import { existsSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isAllowedUrl, urlRefusal, urlScheme } from '../../schemas/body-html.ts';
import { bodyNodes, bodyTree, lineOf, type BodyNode } from '../body/body-tree.ts';
import { htmlElementsOf } from '../body/html-elements.ts';
import { closestMatch } from '../closest-match.ts';
import type { Problem } from '../problem.ts';
import type { ValidEntryFile } from '../validate-file.ts';
import type { ContentRule } from './rule.ts';

/** The kinds of image the build can publish from an entry folder. */
const IMAGE_TYPE = /\.(avif|gif|jpe?g|png|svg|tiff?|webp)$/i;

/** A path relative to the file, as a link or image address: not a URL, not a site path. */
const isRelativePath = (url: string) =>
  urlScheme(url) === undefined && !/^(\/|#|\?)/.test(url.trim());

/** The file a relative address names, without its query or fragment, decoded. */
function fileOf(entry: ValidEntryFile, url: string): string {
  const path = url.trim().replace(/[?#].*$/, '');
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    // An address with a stray % is looked for as written.
  }
  return resolve(dirname(entry.absolutePath), decoded);
}

/** What to say about an image of the text that the build cannot publish, if anything. */
function imageProblem(entry: ValidEntryFile, url: string): string | undefined {
  if (!IMAGE_TYPE.test(url.replace(/[?#].*$/, ''))) {
    return `'${url}' is not an image file; show a .jpg, .png, .webp, .avif, .gif or .svg file, or link to the document with [its title](${url.startsWith('./') ? 'https://…' : url})`;
  }
  if (existsSync(fileOf(entry, url))) return undefined;
  const folder = dirname(entry.absolutePath);
  const suggestion = closestMatch(url.replace(/^\.\//, ''), readdirSync(folder));
  const shown = entry.path.slice(0, entry.path.lastIndexOf('/') + 1);
  const hint = suggestion
    ? `did you mean ./${suggestion}?`
    : `put the image file there, next to ${entry.path.split('/').pop()}, or correct its name`;
  return `the image '${url}' is not in ${shown}; ${hint}`;
}

/**
 * What to say about a link to a file next to the entry (`./report.pdf`), which the site
 * does not publish. A link that climbs out (`../../data/archive.json`) leads to another
 * path of the site, whose pages pageLinks checks.
 */
function fileLinkProblem(entry: ValidEntryFile, url: string): string | undefined {
  const path = url.trim().replace(/[?#].*$/, '');
  if (path.startsWith('../')) return undefined;
  // A link to a content file (../cork/index.md) is pageLinks' to report, with the page meant.
  if (!/\.[a-z0-9]+$/i.test(path) || /\.mdx?$/i.test(path)) return undefined;
  const missing = existsSync(fileOf(entry, url)) ? '' : ', and it is not there either';
  return `'${url}' links to a file next to the text, which the site does not publish${missing}; link to the address where the document is published`;
}

/** The problems of one node: addresses that run code, images and files that will not be there. */
function nodeProblems(entry: ValidEntryFile, node: BodyNode): { line: number; message: string }[] {
  const at = (message: string | undefined, line = lineOf(entry, node)) =>
    message ? [{ line, message }] : [];
  if (node.type === 'link' || node.type === 'definition' || node.type === 'image') {
    const url = node.url ?? '';
    if (!isAllowedUrl(url)) return at(urlRefusal(url));
    if (!isRelativePath(url)) return [];
    return at(node.type === 'image' ? imageProblem(entry, url) : fileLinkProblem(entry, url));
  }
  return htmlElementsOf(entry, node).flatMap(({ name, attributes, line }) => {
    const src = attributes.find((attribute) => attribute.name === 'src')?.value;
    if (name !== 'img' || !src || !isRelativePath(src)) return [];
    return at(
      `the image '${src}' is written in HTML, which the site does not publish from the entry folder; write it in Markdown: ![what it shows](${src})`,
      line,
    );
  });
}

/**
 * Links and images of a body lead where the build can take them: addresses use a scheme
 * that runs no code, images next to the entry exist and are images, and links do not point
 * at files next to the entry, which the site does not publish. A missing image would stop
 * the build with a stack trace naming no content file.
 */
export const bodyLinksLead: ContentRule = ({ facts, translations }) =>
  [...facts, ...translations].flatMap((entry) => {
    const { root } = bodyTree(entry);
    if (!root) return [];
    return [...bodyNodes(root)].flatMap((node) =>
      nodeProblems(entry, node).map(({ line, message }): Problem => ({
        file: entry.path,
        line,
        message,
        severity: 'error',
      })),
    );
  });
