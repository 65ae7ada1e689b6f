import 'server-only';

/**
 * What a server just started still has to load before it answers quickly. `next start`
 * listens at once and preloads every route module in the background, and the first render
 * of a session page loads its chunks: 1–2 s of CPU on a 2-core machine, during which the
 * event loop is blocked for hundreds of milliseconds at a time. Runs started in that window
 * (20 of a class within the first seconds) saw their first events up to seconds late. So
 * the server warms the routes the streaming path uses itself, one request after another,
 * and says when it is done (`GET /api/ready`), for health checks, the benches and the tests.
 */
const WARM_PATHS = [
  '/',
  '/sessions/warm-up',
  '/api/sessions/warm-up',
  '/api/sessions/warm-up/runs',
  '/api/runs/warm-up',
  '/api/runs/warm-up/events',
];
/** Past this, the server says it is ready whatever the warm-up's state (it never blocks use). */
const GIVE_UP_MS = 30_000;

const key = Symbol.for('proofdesk.warm-up');
type State = { ready: boolean; started: boolean };
type G = typeof globalThis & { [key]?: State };

function state(): State {
  const g = globalThis as G;
  g[key] ??= { ready: false, started: false };
  return g[key];
}

export function isWarm(): boolean {
  return state().ready;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Requests each route once, in turn, from this process itself; then marks the server ready. */
export function startWarmUp(): void {
  const s = state();
  if (s.started) return;
  s.started = true;
  const giveUp = setTimeout(() => {
    s.ready = true;
  }, GIVE_UP_MS);
  giveUp.unref();
  void (async () => {
    // Next sets the origin once it listens, which may be just after instrumentation ran.
    for (let i = 0; i < 200 && !process.env.__NEXT_PRIVATE_ORIGIN; i++) await sleep(50);
    const origin = process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : null;
    const token = process.env.PROOFDESK_AUTH_TOKEN?.trim();
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    for (const path of origin ? WARM_PATHS : []) {
      try {
        const res = await fetch(`${origin}${path}`, { headers, redirect: 'manual' });
        await res.arrayBuffer();
      } catch {} // warming is best effort: a route that fails here fails the same for a user
    }
    clearTimeout(giveUp);
    s.ready = true;
  })();
}
