/**
 * Where the page's main thread spent a bench:render stream, from the trace `--trace P` wrote:
 *   npx tsx bench/render/trace-summary.ts /tmp/render-workbench.json
 * Prints self time by trace event (script, style, layout, paint…) over the whole stream and
 * inside long tasks (> 50 ms) only, and the longest tasks with what filled them. Self time is
 * an event's duration less its children's on the same thread (trace events nest by time).
 */
import fs from 'node:fs';

type TraceEvent = {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { functionName?: string; url?: string } };
};

const LONG_TASK_US = 50_000;

function mainThread(events: TraceEvent[]): { pid: number; tid: number } {
  const named = events.filter(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  const count = (t: TraceEvent) =>
    events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ph === 'X').length;
  const best = named.sort((a, b) => count(b) - count(a))[0];
  if (!best) throw new Error('no CrRendererMain thread in the trace');
  return { pid: best.pid, tid: best.tid };
}

/** What an event is called in the summary: scripts by their file, the rest by name. */
function label(e: TraceEvent): string {
  const d = e.args?.data;
  if (e.name === 'FunctionCall' && d?.url) {
    const file = d.url.split('/').pop();
    return `FunctionCall ${file}${d.functionName ? ` ${d.functionName}` : ''}`;
  }
  return e.name;
}

type Node = { e: TraceEvent; end: number; self: number; top: Node };

function selfTimes(events: TraceEvent[]): Node[] {
  const sorted = events
    .filter((e) => e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const nodes: Node[] = [];
  const stack: Node[] = [];
  for (const e of sorted) {
    const end = e.ts + (e.dur ?? 0);
    while (stack.length && stack[stack.length - 1].end <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    const node: Node = { e, end, self: e.dur ?? 0, top: parent?.top ?? (undefined as never) };
    node.top = parent ? parent.top : node;
    if (parent) parent.self -= e.dur ?? 0;
    stack.push(node);
    nodes.push(node);
  }
  return nodes;
}

function table(title: string, totals: Map<string, number>, rows = 18): void {
  const all = [...totals.values()].reduce((a, b) => a + b, 0);
  console.log(`\n${title} (total ${(all / 1000).toFixed(0)} ms)`);
  for (const [name, us] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
    console.log(`  ${(us / 1000).toFixed(1).padStart(9)} ms  ${name}`);
  }
}

function main() {
  const file = process.argv[2];
  if (!file) throw new Error('usage: trace-summary.ts <trace.json>');
  const raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  const events: TraceEvent[] = Array.isArray(raw) ? raw : raw.traceEvents;
  const { pid, tid } = mainThread(events);
  const nodes = selfTimes(events.filter((e) => e.pid === pid && e.tid === tid));
  const all = new Map<string, number>();
  const inLong = new Map<string, number>();
  for (const n of nodes) {
    const key = label(n.e);
    all.set(key, (all.get(key) ?? 0) + n.self);
    if ((n.top.e.dur ?? 0) > LONG_TASK_US) inLong.set(key, (inLong.get(key) ?? 0) + n.self);
  }
  table('Main thread, self time by event', all);
  table('Inside long tasks (> 50 ms)', inLong);
  const longest = nodes
    .filter((n) => n.top === n && (n.e.dur ?? 0) > LONG_TASK_US)
    .sort((a, b) => (b.e.dur ?? 0) - (a.e.dur ?? 0))
    .slice(0, 8);
  console.log('\nLongest tasks');
  for (const t of longest) {
    const parts = new Map<string, number>();
    for (const n of nodes)
      if (n.top === t) parts.set(label(n.e), (parts.get(label(n.e)) ?? 0) + n.self);
    const top = [...parts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(0)}`)
      .join(', ');
    console.log(`  ${((t.e.dur ?? 0) / 1000).toFixed(0).padStart(4)} ms: ${top}`);
  }
}

main();
