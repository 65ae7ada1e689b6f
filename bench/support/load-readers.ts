import { readRunEvents } from './sse';

export type ReaderTarget = { sessionId: string; runId: string; expected: string };

export type ReaderStats = {
  requests: number;
  /** Session JSON answered 304: the reader's copy was current. */
  notModified: number;
  errors: string[];
  /** A reader saw text that is not a prefix of that session's own proof. */
  mixed: number;
  latencies: Record<'page' | 'session' | 'stream', number[]>;
  /** Bytes of body received, per kind of request (a 304 has none). */
  bytes: Record<'page' | 'session' | 'stream', number>;
};

const now = () => performance.timeOrigin + performance.now();

/**
 * A browser's HTTP cache for the session JSON: the answer is sent with an ETag and `no-cache`,
 * so a browser keeps it and asks again with `If-None-Match`; a 304 gives the page the stored
 * body. Each reader is one person's browser, with a cache of its own.
 */
class JsonCache {
  private held = new Map<string, { etag: string; body: unknown }>();

  async get(url: string): Promise<{ res: Response; body: unknown; bytes: number }> {
    const held = this.held.get(url);
    const res = await fetch(url, { headers: held ? { 'If-None-Match': held.etag } : {} });
    if (res.status === 304 && held) return { res, body: held.body, bytes: 0 };
    const text = await res.text();
    const body: unknown = JSON.parse(text);
    const etag = res.headers.get('etag');
    if (res.ok && etag) this.held.set(url, { etag, body });
    return { res, body, bytes: Buffer.byteLength(text) };
  }
}

/** Waits `ms`, or less once `until()` says stop (checked every 50 ms). */
async function readFor(ms: number, until: () => boolean): Promise<void> {
  const end = now() + ms;
  while (!until() && now() < end)
    await new Promise((r) => setTimeout(r, Math.min(50, end - now())));
}

/**
 * One person reading session pages while drafts stream elsewhere: the page's HTML, the
 * session's JSON (revalidated as a browser would, see JsonCache), then the run's event stream
 * (replay + live) for up to `followMs`, again and again until `until()` says stop. Text
 * replayed must belong to that session and no other.
 *
 * A person opens the next page after reading this one: a finished run's stream ends with its
 * replay, and the reader then reads what it was sent until `followMs` has passed since it
 * opened the page, so each reader opens at most one page per `followMs`. `paced: false` opens
 * the next page at once (the bench before 2026-12-06): 50 readers then reload finished proofs
 * as fast as the server answers, and the CPU figure measures that loop's rate.
 */
export async function readPages(
  appUrl: string,
  targets: ReaderTarget[],
  until: () => boolean,
  stats: ReaderStats,
  { followMs = 2000, paced = true } = {},
): Promise<void> {
  const browserCache = new JsonCache();
  while (!until()) {
    const t = targets[Math.floor(Math.random() * targets.length)];
    const opened = now();
    try {
      let start = opened;
      const page = await fetch(`${appUrl}/sessions/${t.sessionId}`);
      stats.bytes.page += Buffer.byteLength(await page.text());
      stats.latencies.page.push(now() - start);
      if (!page.ok) stats.errors.push(`page ${page.status}`);
      start = now();
      const {
        res: session,
        body,
        bytes,
      } = await browserCache.get(`${appUrl}/api/sessions/${t.sessionId}`);
      stats.bytes.session += bytes;
      stats.latencies.session.push(now() - start);
      if (session.status === 304) stats.notModified++;
      else if (!session.ok) stats.errors.push(`session ${session.status}`);
      if ((body as { id?: string } | null)?.id !== t.sessionId)
        stats.errors.push('session: wrong id');
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
        (n) => {
          stats.bytes.stream += n;
        },
      );
      clearTimeout(timer);
      if (first) stats.latencies.stream.push(first - start);
      if (!t.expected.startsWith(text)) stats.mixed++;
      stats.requests += 3;
    } catch (err) {
      stats.errors.push(err instanceof Error ? err.message : String(err));
    }
    if (paced) await readFor(opened + followMs - now(), until);
  }
}
