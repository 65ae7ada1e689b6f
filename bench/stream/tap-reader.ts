import { type ChatStreamRead, chatStreamReader } from '../support/chat-stream-parse';

/** Epoch ms, sub-ms precision: comparable with the page's clock (see stream/one-run.ts). */
const now = () => performance.timeOrigin + performance.now();

/**
 * Reader (a) of bench:stream: subscribes to the scripted model server's tap (GET /__tap) for
 * the next chat request whose prompt contains `match`, and parses the copy of that response
 * exactly as a raw client would, timing the proof's first and last tokens (`span`). Resolves once subscribed (the tap's headers arrived), so the
 * caller may then let the app send its request; `result` settles when the stream ends.
 */
export async function openTap(
  mockUrl: string,
  match: string,
  span: { fromChar: number; untilChar: number },
): Promise<{ result: Promise<ChatStreamRead>; close: () => void }> {
  const stop = new AbortController();
  const res = await fetch(`${mockUrl}/__tap?match=${encodeURIComponent(match)}`, {
    signal: stop.signal,
  });
  if (!res.ok || !res.body) throw new Error(`GET /__tap answered ${res.status}`);
  const result = chatStreamReader(span, now).drain(res.body);
  result.catch(() => {}); // observed by the caller; a closed tap must not crash the bench
  return { result, close: () => stop.abort() };
}
