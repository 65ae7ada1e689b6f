import fs from 'node:fs';

/** Kernel clock ticks per second (`getconf CLK_TCK`): 100 on every Linux we run on. */
const CLK_TCK = 100;

function read(path: string): string | null {
  try {
    return fs.readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** utime + stime of one process, in ms; null once it is gone. */
function ownCpuMs(pid: number): number | null {
  const stat = read(`/proc/${pid}/stat`);
  if (!stat) return null;
  // Field 2 (comm) may contain spaces: count fields from after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / CLK_TCK;
}

/** The pid and every descendant still alive (next start may run workers as children). */
export function processTree(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    let tasks: string[] = [];
    try {
      tasks = fs.readdirSync(`/proc/${out[i]}/task`);
    } catch {} // exited meanwhile
    for (const t of tasks) {
      const children = read(`/proc/${out[i]}/task/${t}/children`) ?? '';
      for (const c of children.split(' ').filter(Boolean)) out.push(Number(c));
    }
  }
  return out;
}

/** CPU time (user + system) used so far by a process and its live descendants, in ms. */
export function cpuTimeMs(pid: number): number {
  return processTree(pid).reduce((sum, p) => sum + (ownCpuMs(p) ?? 0), 0);
}

/** Resident memory of a process and its live descendants, in MB. */
export function rssMb(pid: number): number {
  let kb = 0;
  for (const p of processTree(pid)) {
    const m = /VmRSS:\s+(\d+) kB/.exec(read(`/proc/${p}/status`) ?? '');
    if (m) kb += Number(m[1]);
  }
  return kb / 1024;
}
