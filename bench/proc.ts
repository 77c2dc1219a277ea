// What the benchmarks read of /proc: a process's CPU ticks and RSS, the processes
// below a server's start script, and CPU (% of one core) and peak RSS over a run.
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const CLK_TCK = Number(execSync('getconf CLK_TCK', { encoding: 'utf8' }).trim()) || 100;

/** pid, ppid and utime+stime (in ticks) of a /proc/<pid>/stat line (the name may hold spaces) */
export function stat(pid: number): { ppid: number; ticks: number } | null {
  try {
    const line = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = line.slice(line.lastIndexOf(')') + 2).split(' ');
    // f[0] is field 3 (state): ppid is field 4, utime 14, stime 15
    return { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) };
  } catch {
    return null;
  }
}

/** every living descendant of a process (start.mjs → next start → …) */
export function descendants(pid: number): number[] {
  const parent = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const s = stat(Number(d));
    if (s) parent.set(Number(d), s.ppid);
  }
  const out: number[] = [];
  let frontier = [pid];
  for (let depth = 0; depth < 8 && frontier.length; depth++) {
    frontier = [...parent].filter(([, pp]) => frontier.includes(pp)).map(([p]) => p);
    out.push(...frontier);
  }
  return out;
}

export function rssKb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** CPU (% of one core) and peak RSS of a set of processes, sampled until stopped */
export function watch(pids: number[]) {
  const ticks = () => pids.reduce((sum, p) => sum + (stat(p)?.ticks ?? 0), 0);
  const rss = () => pids.reduce((sum, p) => sum + rssKb(p), 0);
  const t0 = performance.now();
  const c0 = ticks();
  let peak = rss();
  const timer = setInterval(() => (peak = Math.max(peak, rss())), 200);
  return () => {
    clearInterval(timer);
    peak = Math.max(peak, rss());
    const seconds = (performance.now() - t0) / 1000;
    return { cpuPercent: ((ticks() - c0) / CLK_TCK / seconds) * 100, peakRssMb: peak / 1024 };
  };
}

