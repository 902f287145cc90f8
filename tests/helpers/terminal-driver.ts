import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

/** Keys as a terminal sends them. */
export const KEY = { enter: '\r', down: '\x1b[B', backspace: '\x7f' } as const;

/**
 * Runs a command whose prompts read piped standard input, as a person at the terminal
 * would answer them: wait until a text appears, then type. Output is kept without colours.
 */
export function startDriven(command: string, args: string[], options: { cwd: string }) {
  const child = spawn(command, args, {
    cwd: options.cwd,
    // A wide terminal, so that prompts are not wrapped in the middle of the texts waited for.
    env: { ...process.env, FORCE_COLOR: '0', CLI_WIDTH: '400' },
  });
  let output = '';
  let seen = 0;
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += stripVTControlCharacters(chunk.toString());
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exit = new Promise<number | null>((resolve) => child.on('close', resolve));

  /** Waits until `text` appears after what earlier waits consumed, or fails after a while. */
  const waitFor = (text: string, timeout = 15_000) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        const at = output.indexOf(text, seen);
        if (at < 0) return false;
        seen = at + text.length;
        listeners.delete(listener);
        clearTimeout(timer);
        resolve();
        return true;
      };
      const listener = () => void check();
      const timer = setTimeout(() => {
        listeners.delete(listener);
        reject(new Error(`Timed out waiting for ${JSON.stringify(text)}; output:\n${output}`));
      }, timeout);
      listeners.add(listener);
      check();
    });

  return {
    waitFor,
    /** Waits for `prompt`, then types `keys`. */
    async answer(prompt: string, ...keys: string[]) {
      await waitFor(prompt);
      for (const key of keys) {
        child.stdin.write(key);
        // Give the prompt a moment to redraw, as between a person's keystrokes.
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async finish() {
      child.stdin.end();
      return { exitCode: await exit, output };
    },
    output: () => output,
  };
}
