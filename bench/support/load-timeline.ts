import { fmtMs, percentile, table } from './format';

/** One text event: when it arrived (seconds after its stream's request) and its delays. */
export type TimedDelay = { sinceStart: number; scheduled: number; sent: number | null };

const BUCKETS: [number, number][] = [
  [0, 1],
  [1, 2],
  [2, 3],
  [3, 5],
  [5, Number.POSITIVE_INFINITY],
];

/**
 * The delays by seconds since each stream's request: where a start-up storm sits, and how
 * much of it is the scripted model server's own lateness (scheduled − sent) rather than the
 * app's (sent).
 */
export function printDelayTimeline(events: TimedDelay[]): void {
  const rows = BUCKETS.map(([from, to]) => {
    const inside = events.filter((e) => e.sinceStart >= from && e.sinceStart < to);
    const scheduled = inside.map((e) => e.scheduled);
    const sent = inside.flatMap((e) => (e.sent === null ? [] : [e.sent]));
    const late = inside.flatMap((e) => (e.sent === null ? [] : [e.scheduled - e.sent]));
    return [
      `${from}–${to === Number.POSITIVE_INFINITY ? 'end' : to} s`,
      inside.length.toLocaleString(),
      fmtMs(percentile(scheduled, 95)),
      fmtMs(percentile(sent, 95)),
      fmtMs(percentile(late, 95)),
    ];
  });
  console.log('\ndelays by seconds since each stream was requested:');
  table([
    ['window', 'events', 'p95 from schedule', 'p95 from model send', 'p95 model server late by'],
    ...rows,
  ]);
}
