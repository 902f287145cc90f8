import { isMap, isScalar, parseDocument, stringify } from 'yaml';
import { FRONT_MATTER } from '../../src/content-check/front-matter.ts';

/**
 * A translation file's text with `translatedFrom` set to `fingerprint` and nothing else
 * changed, so the editor's diff shows one line: the value is replaced where it stands, or a
 * line is added at the end of the front matter. Rewriting the whole YAML would rewrap long
 * lines and requote values. The file has front matter: the checker has read it.
 */
export function stampTranslation(text: string, fingerprint: string): string {
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new Error('A translation file starts with front matter');
  const yaml = match[1] ?? '';
  const yamlStart = match[0].indexOf('\n') + 1;
  // Quoted when it would otherwise read as a number, like 12345678.
  const value = stringify(fingerprint).trimEnd();
  const contents = parseDocument(yaml).contents;
  const stamp = isMap(contents)
    ? contents.items.find((pair) => isScalar(pair.key) && pair.key.value === 'translatedFrom')
    : undefined;
  const range = isScalar(stamp?.value) ? stamp.value.range : undefined;
  if (range) {
    const [from, to] = range;
    return `${text.slice(0, yamlStart + from)}${value}${text.slice(yamlStart + to)}`;
  }
  const end = yamlStart + yaml.length;
  const newline = match[0].includes('\r\n') ? '\r\n' : '\n';
  return `${text.slice(0, end)}translatedFrom: ${value}${newline}${text.slice(end)}`;
}
