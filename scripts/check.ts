/**
 * `npm run check`: validates all content without building the site, and prints every problem
 * as `path:line: error: field: what is wrong, and what is allowed`. Exits with 1 on any error.
 *
 *   npm run check                       the content folder of annals.config.ts
 *   npm run check -- content/events/x   only the problems of these files or folders, checked
 *                                       against the whole archive
 *   npm run check -- --content DIR      another content folder
 *   npm run check -- --format github    GitHub Actions annotations, shown on the lines of a
 *                                       pull request
 */
import { fileURLToPath } from 'node:url';
import site from '../annals.config.ts';
import {
  checkContent,
  displayPathFrom,
  resolveContentDir,
} from '../src/content-check/check-content.ts';
import { formatProblem, reportOrder } from '../src/content-check/problem.ts';
import { summarize } from '../src/content-check/report.ts';
import { inScope, resolveScope } from './lib/check-scope.ts';
import { exitWithUsage, readCommandLine, UsageError } from './lib/cli.ts';
import { githubAnnotation } from './lib/github-annotation.ts';

const COMMAND = {
  usage: 'npm run check -- [path …] [--content DIR] [--format text|github]',
  help: `Checks the content without building the site, and lists every problem as
path:line: error: field: what is wrong and what to do. Exits with 1 when there is an error.

  path …            only report the problems of these entry folders or files; they are
                    still checked against the whole archive (references, repeated names)
  --content DIR     check another content folder than the one in annals.config.ts
  --format github   print each problem as a GitHub Actions annotation, shown on its line
                    in a pull request (the default, text, prints one line per problem)`,
  options: { content: { type: 'string' }, format: { type: 'string', default: 'text' } },
  positionals: true,
} as const;

const { values, positionals } = readCommandLine(COMMAND);
if (values.format !== 'text' && values.format !== 'github') {
  exitWithUsage(COMMAND, `--format takes text or github, not '${values.format}'`);
}
const rootDir = fileURLToPath(new URL('..', import.meta.url));
const displayPath = displayPathFrom(rootDir);
const contentDir = resolveContentDir(rootDir, site, values.content);
let scopes: string[] = [];
try {
  scopes = positionals.map((typed) => resolveScope(typed, { contentDir, displayPath }));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  exitWithUsage(COMMAND, error.message);
}

const result = await checkContent({ rootDir, site, contentDir });
const problems = result.problems.filter((problem) => inScope(problem.file, scopes));
const format = values.format === 'github' ? githubAnnotation : formatProblem;
for (const problem of reportOrder(problems)) console.log(format(problem));
const errorCount = problems.filter((problem) => problem.severity === 'error').length;
const counts = {
  errorCount,
  warningCount: problems.length - errorCount,
  fileCount: result.files.filter((file) => inScope(file, scopes)).length,
};
console.log(summarize(counts, scopes.join(', ')));
process.exitCode = errorCount > 0 ? 1 : 0;
