import { resolve } from 'node:path';
import { checkContent } from '../../src/content-check/check-content.ts';
import { formatProblem } from '../../src/content-check/problem.ts';
import { TRANSLATE_MARK } from '../../src/content-check/rules/translation-marks.ts';
import type { EditorContext } from '../../src/editor/editor-context.ts';

/**
 * Runs the checker over all content, as the build will, and prints what it says about the
 * new files. Returns whether they have errors, so the command can exit with 1.
 */
export async function reportNewFiles(context: EditorContext, paths: string[]): Promise<boolean> {
  const result = await checkContent({
    rootDir: context.rootDir,
    site: context.site,
    contentDir: context.contentDir,
  });
  const shown = new Set(paths.map((path) => context.displayPath(resolve(path))));
  const inNewFiles = result.problems.filter((problem) => shown.has(problem.file));
  // A new translation is marked to translate on purpose: those marks are its to-do list.
  const marked = inNewFiles.filter((problem) => problem.message.includes(TRANSLATE_MARK));
  const problems = inNewFiles.filter((problem) => !marked.includes(problem));
  for (const path of shown) console.log(`Created ${path}`);
  if (marked.length) {
    console.log(
      `Translate the text marked ${TRANSLATE_MARK}, then remove the marks; until then the checker refuses it:`,
    );
    for (const problem of marked)
      console.log(`  ${problem.file}:${problem.line}: ${problem.field ?? '(text)'}`);
  }
  for (const problem of problems) console.log(formatProblem(problem));
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  if (errors > 0) {
    console.log(
      `The checker found ${errors} error${errors === 1 ? '' : 's'} above; fix them in the file, then run \`npm run check\`.`,
    );
  } else {
    const warnings = problems.length ? ' (see the warnings above)' : '';
    const status = marked.length
      ? 'Apart from those marks, the checker passes on it'
      : 'The checker passes on it';
    console.log(`${status}${warnings}. Preview it with \`npm run dev\`.`);
  }
  return errors > 0;
}
