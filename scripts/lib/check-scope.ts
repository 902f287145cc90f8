import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { UsageError } from './cli.ts';

/**
 * A path given to `npm run check`, as the checker shows paths: resolved from the folder
 * the editor typed the command in (npm runs scripts from the project root, and says where
 * it was called from in INIT_CWD). It must name a file or folder in the content folder.
 */
export function resolveScope(
  typed: string,
  options: { contentDir: string; displayPath: (path: string) => string },
): string {
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), typed);
  if (!existsSync(path)) throw new UsageError(`'${typed}' is not a file or folder`);
  const inside = relative(options.contentDir, path);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    throw new UsageError(
      `'${typed}' is not in the content folder ${options.displayPath(options.contentDir)}`,
    );
  }
  return options.displayPath(path);
}

/** Whether a file, as the checker shows it, is one of the scopes or inside one. */
export function inScope(file: string, scopes: string[]): boolean {
  return !scopes.length || scopes.some((scope) => file === scope || file.startsWith(`${scope}/`));
}
