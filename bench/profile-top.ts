/**
 * npx tsx bench/profile-top.ts <file.cpuprofile> [--top 10] [--from-s 0] — the functions
 * with the most self time in a V8 CPU profile (`node --cpu-prof`, e.g. from
 * `npm run bench:stream -- --cpu-prof DIR`), grouped by function and source location.
 * `--from-s` skips the profile's first seconds (start-up, the warm-up run); `--to-s` stops
 * there; `--timeline` prints the busy time of each second first, to find a window to look at.
 */
import fs from 'node:fs';
import { arg } from './support/format';

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
};
type Profile = {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
};

const file = process.argv[2];
if (!file) throw new Error('usage: npx tsx bench/profile-top.ts <file.cpuprofile> [--top 10]');
const top = Number(arg('top') ?? 10);
const fromUs = Number(arg('from-s') ?? 0) * 1e6;
const toUs = Number(arg('to-s') ?? Number.POSITIVE_INFINITY) * 1e6;
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
/** Shortens a bundle path to what names the code: the package or the project file. */
function where(url: string, line: number): string {
  if (!url) return '';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  const tail = url
    .replace(/^file:\/\//, '')
    .split('/')
    .slice(-2)
    .join('/');
  return `${pkg ? `${pkg}: ` : ''}${tail}:${line + 1}`;
}

const self = new Map<string, number>();
/** Busy (not idle) microseconds in each second of the profile. */
const perSecond: number[] = [];
let total = 0;
let t = 0;
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i] ?? 0;
  const node = byId.get(profile.samples[i]);
  const dt = profile.timeDeltas[i + 1] ?? 0;
  if (node && node.callFrame.functionName !== '(idle)') {
    const s = Math.floor(t / 1e6);
    perSecond[s] = (perSecond[s] ?? 0) + dt;
  }
  if (t < fromUs || t >= toUs) continue;
  if (!node) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const key = `${functionName || '(anonymous)'}  ${where(url, lineNumber)}`.trim();
  self.set(key, (self.get(key) ?? 0) + dt);
  total += dt;
}
if (process.argv.includes('--timeline'))
  console.log(
    `busy ms per second: ${Array.from(perSecond, (us, s) => `${s}:${Math.round((us ?? 0) / 1000)}`).join(' ')}`,
  );
const busy = [...self].filter(([k]) => k !== '(idle)').reduce((n, [, v]) => n + v, 0);
console.log(
  `${file}: ${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s not idle`,
);
const rows = [...self].filter(([k]) => k !== '(idle)').sort((a, b) => b[1] - a[1]);
for (const [key, us] of rows.slice(0, top)) {
  const pct = ((us / busy) * 100).toFixed(1).padStart(5);
  console.log(`${(us / 1000).toFixed(0).padStart(7)} ms ${pct}%  ${key}`);
}
