import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { chunkText } from '../../scripts/mock-model/chunking';
import { loadNote } from './app';
import { fmtMs, percentile, table } from './format';
import type { LoadInstances } from './load-instances';
import { type ReaderStats, readPages } from './load-readers';
import type { LoadRunFigures, LoadTargets } from './load-repeat';
import {
  crossInstanceDelays,
  eventDelays,
  follow,
  gapsAndRepeats,
  type StreamResult,
  sentDelays,
  startDraft,
} from './load-streams';
import { printDelayTimeline, type TimedDelay } from './load-timeline';
import type { MockProcess } from './mock-process';
import { cpuTimeMs, rssMb } from './proc';

/** What a class is: its size and pace, and the targets its figures are printed against. */
export type ClassPlan = {
  sessions: number;
  readers: number;
  tokens: number;
  tps: number;
  unpaced: boolean;
  targets: LoadTargets;
  /** Chunks of the scripted answer's reasoning, which precede its text. */
  reasoningChunks: number;
};

const tick = (ok: boolean) => (ok ? '✔' : '✘');

/**
 * One class on servers already running: `c.sessions` drafts started at once, each followed
 * by its own SSE client, `c.readers` readers opening session pages until every draft has
 * ended; then the report, and the class's figures. CPU and RSS are the servers' own over the
 * class's wall time, whatever they did before it.
 */
export async function runClass(
  setup: LoadInstances,
  mock: MockProcess,
  c: ClassPlan,
  cls: { tagPrefix: string },
): Promise<LoadRunFigures> {
  const { apps } = setup;
  /** Session i is started on one instance and followed through the next (itself if alone). */
  const startedOn = (i: number) => apps[i % apps.length];
  const followedOn = (i: number) => apps[(i + 1) % apps.length];
  const reasoningChunks = c.reasoningChunks;
  const peakRss = apps.map(() => 0);
  const sampler = setInterval(() => {
    apps.forEach((app, i) => {
      peakRss[i] = Math.max(peakRss[i], rssMb(app.pid));
    });
  }, 250);
  const stats: ReaderStats = {
    requests: 0,
    notModified: 0,
    errors: [],
    mixed: 0,
    latencies: { page: [], session: [], stream: [] },
    bytes: { page: 0, session: 0, stream: 0 },
  };
  try {
    await fetch(`${mock.url}/__control`, {
      method: 'POST',
      body: JSON.stringify({ scenario: 'long', tps: c.tps, words: c.tokens }),
    });
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    const rssBefore = apps.map((app) => rssMb(app.pid));
    const cpuBefore = apps.map((app) => cpuTimeMs(app.pid));
    const dbCpuBefore = setup.databaseCpuMs();
    const started = performance.now();
    // Each class its own tags: the model server's logs are looked up by tag.
    const tags = Array.from(
      { length: c.sessions },
      (_, i) => `${cls.tagPrefix}s${String(i + 1).padStart(2, '0')}`,
    );
    // Each student's workbench opens its run's event stream as soon as its own start answers,
    // as the page does; a follower waiting for the whole class to start would count the
    // other starts as its own delay. With several instances, each draft is also followed where
    // it executes: the same event's arrival there and on the other instance gives the
    // cross-instance delay alone.
    const starts = tags.map(async (t, i) => {
      const draft = await startDraft(startedOn(i).url, t, c.tokens);
      const remote = follow(followedOn(i).url, draft);
      const local = apps.length > 1 ? follow(startedOn(i).url, draft) : null;
      return { draft, remote, local };
    });
    const drafts = await Promise.all(starts.map(async (s) => (await s).draft));
    let done = false;
    const readers = Array.from({ length: c.readers }, (_, k) =>
      readPages(apps[k % apps.length].url, drafts, () => done, stats, { paced: !c.unpaced }),
    );
    const results = await Promise.all(starts.map(async (s) => (await s).remote));
    const locals = (await Promise.all(starts.map(async (s) => (await s).local))).filter(
      (l): l is StreamResult => l !== null,
    );
    done = true;
    await Promise.all(readers);
    const wall = performance.now() - started;
    const cpus = apps.map((app, i) => cpuTimeMs(app.pid) - cpuBefore[i]);
    const cpu = cpus.reduce((a, b) => a + b, 0);
    const dbCpu = dbCpuBefore === null ? null : (setup.databaseCpuMs() ?? 0) - dbCpuBefore;
    clearInterval(sampler);

    const log = (await (await fetch(`${mock.url}/__log`)).json()) as {
      id: number;
      time: string;
      messages: { content: string }[];
    }[];
    const startOf = (tag: string) =>
      Date.parse(
        log.find((e) => JSON.stringify(e.messages).includes(`[[tag:${tag}]]`))?.time ?? '',
      );
    const sends = (await (await fetch(`${mock.url}/__sends`)).json()) as Record<
      string,
      [number, number][]
    >;
    const sendsOf = (tag: string) =>
      sends[
        String(log.find((e) => JSON.stringify(e.messages).includes(`[[tag:${tag}]]`))?.id ?? '')
      ] ?? [];
    const allDelays: number[] = [];
    const allSent: number[] = [];
    const steadySent: number[] = [];
    const timeline: TimedDelay[] = [];
    let bad = 0;
    const rows = results.map((r) => {
      const delays = eventDelays(r, startOf(r.tag), reasoningChunks, c.tps);
      allDelays.push(...delays);
      const sent = sentDelays(r, sendsOf(r.tag), reasoningChunks);
      allSent.push(...sent);
      timeline.push(
        ...r.arrivals.map((a, k) => ({
          sinceStart: (a.at - startOf(r.tag)) / 1000,
          scheduled: delays[k],
          sent: sent[k] ?? null,
        })),
      );
      // Past the first 3 s, when every session and reader has started.
      const settled = startOf(r.tag) + 3000;
      steadySent.push(...sent.filter((_, k) => r.arrivals[k].at > settled));
      const { lost, repeated } = gapsAndRepeats(r.seqs);
      const intact =
        r.text === r.expected && r.storedText === r.expected && r.status === 'succeeded';
      if (!intact || lost || repeated) bad++;
      const first = r.arrivals[0]?.at ?? 0;
      const last = r.arrivals.at(-1)?.at ?? 0;
      const tokens = chunkText(r.expected).length;
      return [
        r.tag,
        `${Math.round((tokens * 1000) / (last - first))}`,
        fmtMs(percentile(sent, 50)),
        fmtMs(percentile(sent, 95)),
        fmtMs(Math.max(...sent)),
        `${r.seqs.length}`,
        `${lost}/${repeated}`,
        intact ? 'yes' : 'NO',
      ];
    });
    table([
      [
        'session',
        'tokens/s',
        'p50 delay',
        'p95 delay',
        'max delay',
        'events',
        'lost/dup',
        'text = sent',
      ],
      ...rows,
    ]);
    const p95 = (xs: number[]) => fmtMs(percentile(xs, 95));
    const cross = locals.flatMap((local, i) => crossInstanceDelays(local, results[i]));
    if (cross.length) {
      const localSent = locals.flatMap((l) => sentDelays(l, sendsOf(l.tag), reasoningChunks));
      console.log(
        `\nfollowers on the instance that started each draft, from the model's send: p50 ${fmtMs(percentile(localSent, 50))}, p95 ${p95(localSent)}`,
      );
      console.log(
        `\ncross-instance, the same event on the executing instance's follower (from memory, at the tick) and on the other's (stored, NOTIFYed, read): ${cross.length.toLocaleString()} events, p50 ${fmtMs(percentile(cross, 50))}, p95 ${p95(cross)}, max ${fmtMs(Math.max(...cross))}`,
      );
    }
    printDelayTimeline(timeline);
    console.log(
      `\nall ${allSent.length.toLocaleString()} events, from when the model server wrote each chunk (its send log) to when the session's follower had it: p50 ${fmtMs(percentile(allSent, 50))}, p95 ${p95(allSent)}, max ${fmtMs(Math.max(...allSent))}; after each stream's first 3 s: p50 ${fmtMs(percentile(steadySent, 50))}, p95 ${p95(steadySent)}`,
    );
    console.log(
      `the same events from the model server's schedule (adds its own lateness: it shares this machine's cores): p50 ${fmtMs(percentile(allDelays, 50))}, p95 ${p95(allDelays)}, max ${fmtMs(Math.max(...allDelays))}`,
    );
    const share = (ms: number) => `${Math.round((ms / wall) * 100)}% of one core`;
    console.log(
      `aggregate: ${Math.round((c.sessions * chunkText(results[0].expected).length * 1000) / wall).toLocaleString()} tokens/s through ${apps.length} server(s); wall ${fmtMs(wall)}; app CPU ${fmtMs(cpu)} (${share(cpu)})${dbCpu === null ? '' : `; Postgres CPU ${fmtMs(dbCpu)} (${share(dbCpu)})`}`,
    );
    console.log(
      `readers: ${stats.requests.toLocaleString()} requests; p95 page ${p95(stats.latencies.page)}, session JSON ${p95(stats.latencies.session)} (${stats.notModified.toLocaleString()} of ${stats.latencies.session.length.toLocaleString()} answered 304), first stream event ${p95(stats.latencies.stream)}; errors ${stats.errors.length}${stats.errors.length ? ` (${[...new Set(stats.errors)].slice(0, 3).join('; ')})` : ''}`,
    );
    const views = Math.max(1, stats.latencies.page.length);
    const kb = (n: number) => `${(n / views / 1024).toFixed(1)} kB`;
    console.log(
      `readers received per page view: page ${kb(stats.bytes.page)}, session JSON ${kb(stats.bytes.session)}, run events ${kb(stats.bytes.stream)} (${views.toLocaleString()} views, ${((stats.bytes.page + stats.bytes.session + stats.bytes.stream) / 2 ** 20).toFixed(1)} MB in all)`,
    );
    apps.forEach((app, i) => {
      console.log(
        `instance ${i + 1} (:${app.port}): CPU ${fmtMs(cpus[i])} (${share(cpus[i])}); RSS ${rssBefore[i].toFixed(0)} MB before, peak ${peakRss[i].toFixed(0)} MB, after ${rssMb(app.pid).toFixed(0)} MB`,
      );
    });
    console.log(
      `mixed between sessions: ${stats.mixed} reader streams, ${bad} follower streams with missing, repeated or foreign text (must be 0 and 0)`,
    );
    lag.disable();
    console.log(
      `this bench's own event-loop lag: p99 ${fmtMs(lag.percentile(99) / 1e6)}, max ${fmtMs(lag.max / 1e6)} (delays above include it)`,
    );
    const p95All = percentile(allSent, 95);
    // Per instance: each serves its share of the sessions and readers.
    const cpuShare = Math.max(...cpus) / wall;
    const rssPeak = Math.max(...peakRss);
    console.log(
      `targets: p95 event delay over the whole run ${fmtMs(p95All)} ${tick(p95All <= c.targets.p95DelayMs)} (≤ ${c.targets.p95DelayMs} ms; ${p95(allDelays)} from the schedule) · ` +
        `app CPU ${Math.round(cpuShare * 100)}% of one core (busiest instance) ${tick(cpuShare <= c.targets.cpuShare)} (≤ ${c.targets.cpuShare * 100}%) · ` +
        `peak RSS ${rssPeak.toFixed(0)} MB (largest instance) ${tick(rssPeak <= c.targets.rssMb)} (≤ ${c.targets.rssMb} MB) · ${loadNote()}`,
    );
    console.log(`after the run: ${loadNote()}`);
    return {
      p95DelayMs: p95All,
      cpuShare,
      rssPeakMb: rssPeak,
      cpuMs: Math.max(...cpus),
      wallMs: wall,
      load: os.loadavg()[0],
      intact: !bad && !stats.mixed && !stats.errors.length,
    };
  } finally {
    clearInterval(sampler);
  }
}
