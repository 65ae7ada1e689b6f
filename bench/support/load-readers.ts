import { readRunEvents } from './sse';

export type ReaderTarget = { sessionId: string; runId: string; expected: string };

export type ReaderStats = {
  requests: number;
  errors: string[];
  /** A reader saw text that is not a prefix of that session's own proof. */
  mixed: number;
  latencies: Record<'page' | 'session' | 'stream', number[]>;
};

const now = () => performance.timeOrigin + performance.now();

/**
 * One person reading session pages while drafts stream elsewhere: the page's HTML, the
 * session's JSON, then the run's event stream (replay + live) for up to `followMs`, again and
 * again until `until()` says stop. Text replayed must belong to that session and no other.
 */
export async function readPages(
  appUrl: string,
  targets: ReaderTarget[],
  until: () => boolean,
  stats: ReaderStats,
  followMs = 2000,
): Promise<void> {
  while (!until()) {
    const t = targets[Math.floor(Math.random() * targets.length)];
    try {
      let start = now();
      const page = await fetch(`${appUrl}/sessions/${t.sessionId}`);
      await page.text();
      stats.latencies.page.push(now() - start);
      if (!page.ok) stats.errors.push(`page ${page.status}`);
      start = now();
      const session = await fetch(`${appUrl}/api/sessions/${t.sessionId}`);
      const body = await session.json();
      stats.latencies.session.push(now() - start);
      if (!session.ok || body.id !== t.sessionId) stats.errors.push(`session ${session.status}`);
      start = now();
      let first = 0;
      let text = '';
      const stop = new AbortController();
      const timer = setTimeout(() => stop.abort(), followMs);
      await readRunEvents(
        `${appUrl}/api/runs/${t.runId}/events`,
        (e) => {
          first ||= now();
          if (e.data.type === 'text') text += e.data.delta as string;
        },
        stop.signal,
      );
      clearTimeout(timer);
      if (first) stats.latencies.stream.push(first - start);
      if (!t.expected.startsWith(text)) stats.mixed++;
      stats.requests += 3;
    } catch (err) {
      stats.errors.push(err instanceof Error ? err.message : String(err));
    }
  }
}
