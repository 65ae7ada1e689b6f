/**
 * What a long import says as it goes (`proofdesk import`, on stderr): how far, how fast, and
 * about how long is left, at most once a second so the line costs nothing.
 */
export function progressLine(stage: string, done: number, total: number, elapsedMs: number) {
  const perSec = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const eta = perSec > 0 ? Math.ceil((total - done) / perSec) : null;
  const n = (x: number) => x.toLocaleString('en-US');
  return `${stage} ${n(done)}/${n(total)} records · ${perSec.toFixed(0)} records/s · ETA ${eta === null ? '—' : `${eta} s`}`;
}

/** Calls `write` with a progress line when a second has passed since the last (and at the end). */
export function progressReporter(
  stage: string,
  total: number,
  write: (line: string) => void,
  now: () => number = () => performance.now(),
  everyMs = 1000,
): (done: number) => void {
  const start = now();
  let last = start;
  return (done) => {
    const t = now();
    if (done < total && t - last < everyMs) return;
    last = t;
    write(progressLine(stage, done, total, t - start));
  };
}
