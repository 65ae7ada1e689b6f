import type { ServerResponse } from 'node:http';

/** What GET /__stats reports: chat requests open now, and the most open at once. */
export type InFlightStats = { inFlight: number; maxInFlight: number; total: number };

/**
 * Counts the chat requests the server is answering at once (from arrival until the response
 * is finished or the client goes away), so a test can check a client's concurrency limit
 * from the server's side, where it matters.
 */
export class InFlight {
  private open = 0;
  private most = 0;
  private total = 0;

  enter(res: ServerResponse): void {
    this.open++;
    this.total++;
    this.most = Math.max(this.most, this.open);
    res.once('close', () => {
      this.open--;
    });
  }

  stats(): InFlightStats {
    return { inFlight: this.open, maxInFlight: this.most, total: this.total };
  }

  /** A new measurement: the peak starts again from what is open now. */
  reset(): void {
    this.most = this.open;
    this.total = 0;
  }
}
