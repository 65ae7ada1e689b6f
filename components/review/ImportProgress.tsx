import Link from 'next/link';
import type { ImportJob } from '@/lib/schemas';
import styles from './review.module.css';

const n = (x: number) => x.toLocaleString('en-US');

function etaText(sec: number | null): string {
  if (sec === null) return 'estimating time left';
  if (sec < 60) return `about ${sec} s left`;
  return `about ${Math.floor(sec / 60)} min ${sec % 60} s left`;
}

/**
 * A web bulk import as it runs: a bar of records stored out of the file's, the rate and the
 * time left; then how it ended. `lost` is a job the server no longer knows (it restarted).
 */
export function ImportProgress({ job, lost }: { job: ImportJob | undefined; lost: boolean }) {
  if (lost) {
    return (
      <p className="error" role="alert" data-testid="review-import-failed">
        The import was interrupted (the server restarted): nothing was imported. Import the file
        again.
      </p>
    );
  }
  if (!job) return null;
  if (job.state === 'failed') {
    return (
      <p className="error" role="alert" data-testid="review-import-failed">
        The import failed: {job.error}
      </p>
    );
  }
  const stored = job.result?.records.filter((r) => r.sessionId).length ?? job.done;
  const total = job.total || 1;
  const running = job.state === 'running';
  return (
    <div className={styles.progress} data-testid="review-import-progress" data-state={job.state}>
      <progress
        max={total}
        value={running ? job.done : total}
        aria-label="Records imported"
        className={styles.progressBar}
      />
      <span data-testid="review-import-progress-text">
        {running
          ? `Importing: ${n(job.done)} / ${n(job.total)} records · ${n(job.perSec)} records/s · ${etaText(job.etaSec)}`
          : `Imported ${n(stored)} records in ${(job.elapsedMs / 1000).toFixed(1)} s (${n(job.perSec)} records/s). The checker's findings are added in the background.`}
      </span>
      {job.result?.batchId ? (
        <Link href={`/review?batch=${job.result.batchId}`} data-testid="review-open-queue">
          Review the {n(stored)} imported session{stored === 1 ? '' : 's'} →
        </Link>
      ) : null}
    </div>
  );
}
