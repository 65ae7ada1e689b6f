/**
 * npm run bench:load — one app server under load (issue 7), or two on Postgres (issue 18).
 *
 * 20 sessions draft at once against the scripted model server (each a `--tokens` proof at
 * `--tps` tokens/s, every one with its own tag in every step), each followed by its own SSE
 * client, while 50 readers keep opening session pages (HTML, session JSON, then the run's
 * event stream for a while), each one page per 2 s, as a person reads (`--unpaced-readers`:
 * the next page at once, as the bench did before 2026-12-06). Printed: per-session throughput and p95 event delay, errors,
 * the app server's memory, and whether anything was mixed between sessions. An event's delay
 * counts from when the scripted model server actually wrote the chunk (GET /__sends): it
 * shares the machine's cores and falls behind its schedule under load, which a real model
 * server would not add to the app's delay; the delay from the schedule is printed beside it.
 *
 * `--postgres`: two instances on one throwaway Postgres cluster. Drafts are started on the
 * two in turn and each is followed through the OTHER one, so every delay is from the model's
 * delta reaching the executing instance A to the frame B sends (stored, NOTIFYed, read);
 * the readers are spread over both. CPU and RSS per instance, and Postgres's CPU.
 *
 * `--repeat N`: the whole bench N times, each on a fresh server and database, then each
 * run's figures side by side and their median, which the targets are judged on.
 *
 *   npm run bench:load [-- --sessions 20 --readers 50 --tokens 4000 --tps 200 --port 3770 --postgres --unpaced-readers --repeat 5]
 */

import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { buildAnswer } from '../scripts/mock-model/answers';
import { chunkText } from '../scripts/mock-model/chunking';
import { scenarioDefaults } from '../scripts/mock-model/scenario';
import { ensureBuild, loadNote, machine } from './support/app';
import { arg, fmtMs, percentile, table } from './support/format';
import { postgresInstances, sqliteInstance } from './support/load-instances';
import { type ReaderStats, readPages } from './support/load-readers';
import { type LoadRunFigures, printRepeatSummary } from './support/load-repeat';
import {
  crossInstanceDelays,
  eventDelays,
  follow,
  gapsAndRepeats,
  type StreamResult,
  sentDelays,
  startDraft,
} from './support/load-streams';
import { printDelayTimeline, type TimedDelay } from './support/load-timeline';
import { startMockProcess } from './support/mock-process';
import { cpuTimeMs, rssMb } from './support/proc';

const SESSIONS = Number(arg('sessions') ?? 20);
const READERS = Number(arg('readers') ?? 50);
const TOKENS = Number(arg('tokens') ?? 4000);
const TPS = Number(arg('tps') ?? 200);
const PORT = Number(arg('port') ?? process.env.BENCH_LOAD_PORT ?? 3770);
const POSTGRES = process.argv.includes('--postgres');
/** Readers open the next page at once instead of one page per 2 s (see readPages). */
const UNPACED = process.argv.includes('--unpaced-readers');

/** Issue 21's targets for 20 sessions and 50 readers; issue 18's across instances. */
const TARGET_P95_DELAY_MS = POSTGRES ? 150 : 50;
const TARGET_CPU_SHARE = 0.3;
const TARGET_RSS_MB = 300;
const TARGETS = {
  p95DelayMs: TARGET_P95_DELAY_MS,
  cpuShare: TARGET_CPU_SHARE,
  rssMb: TARGET_RSS_MB,
};
/**
 * Runs of the whole bench, each on a fresh server: on this 2-core VM one run's CPU share
 * swings by a fifth between two tries of the same build, so a verdict needs the median.
 */
const REPEAT = Math.max(1, Number(arg('repeat') ?? 1));
const tick = (ok: boolean) => (ok ? '✔' : '✘');

async function main() {
  ensureBuild();
  const runs: LoadRunFigures[] = [];
  for (let k = 1; k <= REPEAT; k++) {
    if (REPEAT > 1)
      console.log(`\n===== run ${k} of ${REPEAT} (a fresh server and database) =====`);
    runs.push(await runOnce());
  }
  if (REPEAT > 1) printRepeatSummary(runs, TARGETS);
  if (runs.some((r) => !r.intact)) process.exitCode = 1;
}

/** One load run: a fresh server, the class and its readers, the report; its figures. */
async function runOnce(): Promise<LoadRunFigures> {
  const mock = await startMockProcess(PORT + 1000);
  // Every session streams at once, as a class would: the endpoint's limit (default 8) would
  // otherwise queue 12 of the 20 behind the first 8 for a whole draft each.
  const env = { PROOFDESK_CONCURRENCY: String(SESSIONS) };
  const setup = POSTGRES
    ? await postgresInstances(PORT, mock.baseURL, env)
    : await sqliteInstance(PORT, mock.baseURL, env);
  const { apps } = setup;
  /** Session i is started on one instance and followed through the next (itself if alone). */
  const startedOn = (i: number) => apps[i % apps.length];
  const followedOn = (i: number) => apps[(i + 1) % apps.length];
  console.log(`machine: ${machine()} · ${loadNote()}`);
  console.log(
    `${SESSIONS} sessions × ${TOKENS.toLocaleString()} tokens at ${TPS} tokens/s each, all streaming at once (PROOFDESK_CONCURRENCY=${SESSIONS}), ${READERS} page readers (${UNPACED ? 'unpaced: the next page at once' : 'one page per 2 s each'}) · ${setup.mode}, ${apps.length} instance(s)${apps.length > 1 ? ', each draft followed through the instance not executing it' : ''}\n`,
  );
  const reasoningChunks = chunkText(
    buildAnswer('generation', [], scenarioDefaults('long')).reasoning,
  ).length;
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
  };
  try {
    await fetch(`${mock.url}/__control`, {
      method: 'POST',
      body: JSON.stringify({ scenario: 'long', tps: TPS, words: TOKENS }),
    });
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    const rssBefore = apps.map((app) => rssMb(app.pid));
    const cpuBefore = apps.map((app) => cpuTimeMs(app.pid));
    const dbCpuBefore = setup.databaseCpuMs();
    const started = performance.now();
    const tags = Array.from({ length: SESSIONS }, (_, i) => `s${String(i + 1).padStart(2, '0')}`);
    // Each student's workbench opens its run's event stream as soon as its own start answers,
    // as the page does; a follower waiting for the whole class to start would count the
    // other starts as its own delay. With several instances, each draft is also followed where
    // it executes: the same event's arrival there and on the other instance gives the
    // cross-instance delay alone.
    const starts = tags.map(async (t, i) => {
      const draft = await startDraft(startedOn(i).url, t, TOKENS);
      const remote = follow(followedOn(i).url, draft);
      const local = apps.length > 1 ? follow(startedOn(i).url, draft) : null;
      return { draft, remote, local };
    });
    const drafts = await Promise.all(starts.map(async (s) => (await s).draft));
    let done = false;
    const readers = Array.from({ length: READERS }, (_, k) =>
      readPages(apps[k % apps.length].url, drafts, () => done, stats, { paced: !UNPACED }),
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
      const delays = eventDelays(r, startOf(r.tag), reasoningChunks, TPS);
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
      `aggregate: ${Math.round((SESSIONS * chunkText(results[0].expected).length * 1000) / wall).toLocaleString()} tokens/s through ${apps.length} server(s); wall ${fmtMs(wall)}; app CPU ${fmtMs(cpu)} (${share(cpu)})${dbCpu === null ? '' : `; Postgres CPU ${fmtMs(dbCpu)} (${share(dbCpu)})`}`,
    );
    console.log(
      `readers: ${stats.requests.toLocaleString()} requests; p95 page ${p95(stats.latencies.page)}, session JSON ${p95(stats.latencies.session)} (${stats.notModified.toLocaleString()} of ${stats.latencies.session.length.toLocaleString()} answered 304), first stream event ${p95(stats.latencies.stream)}; errors ${stats.errors.length}${stats.errors.length ? ` (${[...new Set(stats.errors)].slice(0, 3).join('; ')})` : ''}`,
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
      `targets: p95 event delay over the whole run ${fmtMs(p95All)} ${tick(p95All <= TARGET_P95_DELAY_MS)} (≤ ${TARGET_P95_DELAY_MS} ms; ${p95(allDelays)} from the schedule) · ` +
        `app CPU ${Math.round(cpuShare * 100)}% of one core (busiest instance) ${tick(cpuShare <= TARGET_CPU_SHARE)} (≤ ${TARGET_CPU_SHARE * 100}%) · ` +
        `peak RSS ${rssPeak.toFixed(0)} MB (largest instance) ${tick(rssPeak <= TARGET_RSS_MB)} (≤ ${TARGET_RSS_MB} MB) · ${loadNote()}`,
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
    await setup.close();
    await mock.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
