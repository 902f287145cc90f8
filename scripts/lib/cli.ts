import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { closestMatch } from '../../src/content-check/closest-match.ts';

/** What a command takes, for reading its arguments and for its `--help`. */
export interface CommandSpec<Options extends ParseArgsOptionsConfig> {
  /** One line: `npm run check -- [path …] [--content DIR]`. */
  usage: string;
  /** What `--help` prints below the usage line: what the command does, and each option. */
  help: string;
  options: Options;
  /** Whether the command takes arguments besides options (paths, a kind of entry). */
  positionals?: boolean;
}

/** A mistake in how a command was called: reported with the usage line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A parseArgs message in an editor's words, with the option probably meant. */
function usageMessage(error: Error, known: string[]): string {
  const unknown = /^Unknown option '(-[^']*)'/.exec(error.message)?.[1];
  if (unknown) {
    const suggestion = closestMatch(unknown.replace(/^-+/, ''), known);
    return `unknown option ${unknown}${suggestion ? ` (did you mean --${suggestion}?)` : ''}`;
  }
  const positional = /^Unexpected argument '([^']*)'/.exec(error.message)?.[1];
  if (positional) return `unexpected argument '${positional}'`;
  // The other messages name the option and what it lacks; the first sentence says it.
  return error.message.split('. ')[0]!.replace(/^./, (first) => first.toLowerCase());
}

/**
 * Reads a command's arguments strictly. `--help` prints the help and exits with 0; an
 * unknown option or argument prints one line with the usage and exits with 2, as Unix
 * commands do, so neither ever shows a stack trace.
 */
export function readCommandLine<Options extends ParseArgsOptionsConfig>(
  spec: CommandSpec<Options>,
  args = process.argv.slice(2),
) {
  const options = { ...spec.options, help: { type: 'boolean', short: 'h' } } as const;
  try {
    const parsed = parseArgs({ args, options, allowPositionals: spec.positionals ?? false });
    if ((parsed.values as { help?: boolean }).help) {
      console.log(`Usage: ${spec.usage}\n\n${spec.help}`);
      process.exit(0);
    }
    return parsed;
  } catch (error) {
    return exitWithUsage(spec, usageMessage(error as Error, Object.keys(options)));
  }
}

/** Prints `problem` and the usage on one line, and exits with 2. */
export function exitWithUsage(spec: { usage: string }, problem: string): never {
  console.error(`${problem}; usage: ${spec.usage} (--help explains)`);
  process.exit(2);
}
