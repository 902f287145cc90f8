import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';
import { canSampleProcesses, sampleTree } from './process-tree.ts';

/** GNU time, which reports the peak RSS and CPU time of what it runs, when installed. */
const GNU_TIME = '/usr/bin/time';
const SAMPLE_EVERY_MS = 1000;

/** A line of output and when it arrived, in milliseconds after the start. */
export interface TimedLine {
  atMs: number;
  text: string;
}

export interface Measurement {
  exitCode: number | null;
  wallMs: number;
  /** User plus system time of the process and its children. */
  cpuMs: number;
  /** The larger of GNU time's peak (largest process) and the sampled peak of the whole tree. */
  peakRssBytes: number;
  /** The lines `keep` kept, with their arrival times. */
  lines: TimedLine[];
  /** The last lines of output, to show when the command failed. */
  tail: string[];
}

/** Runs a command as a child process and measures it from outside: wall, CPU and memory. */
export async function measure(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; keep?: (line: string) => boolean },
): Promise<Measurement> {
  const useTime = existsSync(GNU_TIME);
  const scratch = await mkdtemp(join(tmpdir(), 'annals-measure-'));
  const timeFile = join(scratch, 'time');
  const [file, fileArgs] = useTime
    ? [GNU_TIME, ['-f', '%U %S %M', '-o', timeFile, command, ...args]]
    : [command, [...args]];
  const started = performance.now();
  const child = spawn(file, fileArgs, { cwd: options.cwd, env: options.env ?? process.env });
  const lines: TimedLine[] = [];
  const tail: string[] = [];
  const onLine = (raw: string) => {
    const text = stripVTControlCharacters(raw);
    if (!options.keep || options.keep(text))
      lines.push({ atMs: performance.now() - started, text });
    tail.push(text);
    if (tail.length > 40) tail.shift();
  };
  createInterface({ input: child.stdout }).on('line', onLine);
  createInterface({ input: child.stderr }).on('line', onLine);
  let sampled = { rssBytes: 0, cpuMs: 0 };
  const sample = async () => {
    if (!canSampleProcesses || child.pid === undefined) return;
    const now = await sampleTree(child.pid);
    sampled = {
      rssBytes: Math.max(sampled.rssBytes, now.rssBytes),
      cpuMs: Math.max(sampled.cpuMs, now.cpuMs),
    };
  };
  const timer = setInterval(sample, SAMPLE_EVERY_MS);
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const wallMs = performance.now() - started;
  clearInterval(timer);
  const timed = useTime ? await readTime(timeFile) : undefined;
  await rm(scratch, { recursive: true, force: true });
  return {
    exitCode,
    wallMs,
    cpuMs: timed?.cpuMs ?? sampled.cpuMs,
    peakRssBytes: Math.max(timed?.rssBytes ?? 0, sampled.rssBytes),
    lines,
    tail,
  };
}

/** GNU time's `%U %S %M`: user and system seconds, and peak RSS in kilobytes. */
async function readTime(file: string): Promise<{ cpuMs: number; rssBytes: number } | undefined> {
  const text = await readFile(file, 'utf8').catch(() => '');
  const match = /([\d.]+) ([\d.]+) (\d+)\s*$/.exec(text);
  if (!match) return undefined;
  return {
    cpuMs: (Number(match[1]) + Number(match[2])) * 1000,
    rssBytes: Number(match[3]) * 1024,
  };
}
