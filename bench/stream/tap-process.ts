/**
 * Reader (a) of bench:stream, in a process of its own (forked by tap-reader.ts): it does
 * nothing but read taps, so no other work of the bench (Playwright, the load sessions'
 * followers) can delay its timestamps and flatter the app. Messages (IPC):
 *   in:  {id, mockUrl, match, span}     subscribe to GET /__tap for that prompt
 *        {id, close: true}              give up on it
 *   out: {id, subscribed: true}         the tap's headers arrived: the app may send its request
 *        {id, read} | {id, error}       the stream ended
 */
import { chatStreamReader } from '../support/chat-stream-parse';

type Open = {
  id: number;
  mockUrl: string;
  match: string;
  span: { fromChar: number; untilChar: number };
};
type Close = { id: number; close: true };

/** Epoch ms, sub-ms precision: the clock the page and the bench use too (see one-run.ts). */
const now = () => performance.timeOrigin + performance.now();
const open = new Map<number, AbortController>();
const send = (m: unknown) => process.send?.(m);

async function read({ id, mockUrl, match, span }: Open): Promise<void> {
  const stop = new AbortController();
  open.set(id, stop);
  try {
    const url = `${mockUrl}/__tap?match=${encodeURIComponent(match)}`;
    const res = await fetch(url, { signal: stop.signal });
    if (!res.ok || !res.body) throw new Error(`GET /__tap answered ${res.status}`);
    send({ id, subscribed: true });
    send({ id, read: await chatStreamReader(span, now).drain(res.body) });
  } catch (err) {
    send({ id, error: err instanceof Error ? err.message : String(err) });
  } finally {
    open.delete(id);
  }
}

process.on('message', (m: Open | Close) => {
  if ('close' in m) open.get(m.id)?.abort();
  else void read(m);
});
process.on('disconnect', () => process.exit(0));
