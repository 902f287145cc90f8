import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  url?: string;
  firstLine?: number;
  lastLine?: number;
  message: string;
}

export interface NuCheckResult {
  /** Paths of the files the checker read, relative to the folder. */
  checkedFiles: string[];
  /** One line per error: `path:line: message`. */
  errors: string[];
}

function run(args: string[]): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('java', args);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new Error(
              'The Nu Html Checker needs Java 17 or later on PATH. Install it with:\n  sudo apt-get install -y openjdk-17-jre-headless',
            )
          : error,
      ),
    );
    child.on('close', () => resolve({ stdout, stderr }));
  });
}

/**
 * Checks every HTML file under `dir` with the Nu Html Checker, in one run of Java, or only
 * `files` (paths relative to `dir`) when given. With `--verbose` the checker names each file
 * it reads on standard error, which shows that it read them all; its JSON report goes to
 * standard output.
 */
export async function checkHtmlFolder(
  dir: string,
  files?: readonly string[],
): Promise<NuCheckResult> {
  if (files?.length === 0) return { checkedFiles: [], errors: [] };
  const args = ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--skip-non-html'];
  const targets = files ? files.map((file) => join(dir, file)) : [dir];
  const { stdout, stderr } = await run([...args, '--stdout', '--verbose', ...targets]);
  let report: { messages: NuMessage[] };
  try {
    report = JSON.parse(stdout);
  } catch {
    throw new Error(`The Nu Html Checker gave no report:\n${stdout}\n${stderr}`);
  }
  const pathOf = (file: string) => relative(dir, file);
  return {
    checkedFiles: stderr
      .split('\n')
      .filter((line) => line.startsWith(dir))
      .map(pathOf)
      .sort(),
    errors: report.messages
      .filter((message) => message.type !== 'info')
      .map((message) => {
        const file = message.url ? pathOf(fileURLToPath(message.url)) : dir;
        const line = message.firstLine ?? message.lastLine;
        return `${file}${line ? `:${line}` : ''}: ${message.message}`;
      }),
  };
}
