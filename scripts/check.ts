/**
 * `npm run check`: validates all content without building the site, and prints every problem
 * as `path:line: field: what is wrong, and what is allowed`. Exits with 1 on any error.
 *
 *   npm run check                     the content folder of annals.config.ts
 *   npm run check -- --content DIR    another content folder
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import site from '../annals.config.ts';
import { checkContent } from '../src/content-check/check-content.ts';
import { formatProblem } from '../src/content-check/problem.ts';
import { summarize } from '../src/content-check/report.ts';

const { values } = parseArgs({ options: { content: { type: 'string' } } });
const rootDir = fileURLToPath(new URL('..', import.meta.url));
const result = await checkContent({ rootDir, site, contentDir: values.content });
for (const problem of result.problems) console.log(formatProblem(problem));
console.log(summarize(result));
process.exitCode = result.errorCount > 0 ? 1 : 0;
