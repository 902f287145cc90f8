import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One rule of a `_headers` file, as a host reads it. */
export interface HeadersRule {
  /** A URL path, or a path ending in `*` that matches everything starting with it. */
  path: string;
  headers: [name: string, value: string][];
}

/**
 * Reads a `_headers` file as Netlify and Cloudflare Pages do: a line starting with `/` opens
 * a rule, indented `Name: value` lines below it are its headers, `#` starts a comment.
 */
export function parseHeadersFile(text: string): HeadersRule[] {
  const rules: HeadersRule[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: trimmed, headers: [] });
      continue;
    }
    const colon = trimmed.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 1) throw new Error(`_headers: a header outside a rule: ${line}`);
    rule.headers.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The rules of a built site's `_headers`, or none when it has no such file. */
export async function readHeadersFile(siteDir: string): Promise<HeadersRule[]> {
  const text = await readFile(join(siteDir, '_headers'), 'utf8').catch(() => '');
  return parseHeadersFile(text);
}

/**
 * The headers a host sends for a URL path: those of every rule that matches it, the values
 * of a header named by several rules joined with a comma, as Cloudflare Pages documents.
 */
export function headersFor(rules: readonly HeadersRule[], urlPath: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    const matches = rule.path.endsWith('*')
      ? urlPath.startsWith(rule.path.slice(0, -1))
      : urlPath === rule.path;
    if (!matches) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers[key] = headers[key] ? `${headers[key]}, ${value}` : value;
    }
  }
  return headers;
}
