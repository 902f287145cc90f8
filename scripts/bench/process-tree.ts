import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';

/** Clock ticks per second of /proc times; 100 on every Linux this runs on. */
const TICKS = 100;
/** Bytes of a memory page, in which /proc gives RSS. */
const PAGE = 4096;

interface ProcStat {
  pid: number;
  ppid: number;
  rssBytes: number;
  /** CPU time of the process and of its children it has waited for. */
  cpuMs: number;
}

/** Fields of /proc/<pid>/stat; the command name in parentheses may itself hold spaces. */
async function readStat(pid: string): Promise<ProcStat | undefined> {
  const text = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  if (!text) return undefined;
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const number = (index: number) => Number(fields[index - 3]);
  return {
    pid: Number(pid),
    ppid: number(4),
    rssBytes: number(24) * PAGE,
    cpuMs: ((number(14) + number(15) + number(16) + number(17)) * 1000) / TICKS,
  };
}

/** True where /proc can be read, so memory can be sampled from outside. */
export const canSampleProcesses = existsSync('/proc/self/stat');

/**
 * The resident memory of a process and all its descendants together, and its CPU time, read
 * from /proc: what one build costs the machine, whatever it spawns.
 */
export async function sampleTree(rootPid: number): Promise<{ rssBytes: number; cpuMs: number }> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  const stats = (await Promise.all(pids.map(readStat))).filter((stat) => stat !== undefined);
  const children = new Map<number, ProcStat[]>();
  for (const stat of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  const root = stats.find((stat) => stat.pid === rootPid);
  let rssBytes = 0;
  const queue = root ? [root] : [];
  for (let next = queue.pop(); next; next = queue.pop()) {
    rssBytes += next.rssBytes;
    queue.push(...(children.get(next.pid) ?? []));
  }
  return { rssBytes, cpuMs: root?.cpuMs ?? 0 };
}
