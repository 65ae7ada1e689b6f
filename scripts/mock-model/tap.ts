import type { ServerResponse } from 'node:http';

/** A reader of GET /__tap waiting for the next chat response whose prompt contains `match`. */
type Waiting = { match: string; res: ServerResponse };

/**
 * Bench-only taps (GET /__tap): a reader subscribes before the app sends its request, and
 * then receives, byte for byte and in the same tick, the body the server writes to the next
 * chat-completions response whose prompt contains `match` (any, when `match` is empty).
 * bench:stream reads the app's own upstream stream this way, so the raw client and the app
 * see one stream at one moment instead of two streams one after the other. A chat request
 * that no tap waits for is served exactly as before.
 */
export class Taps {
  private waiting: Waiting[] = [];

  /** Answers GET /__tap: headers now (the reader knows it is subscribed), the body later. */
  open(res: ServerResponse, match: string): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache',
      Connection: 'keep-alive',
    });
    res.flushHeaders();
    const entry = { match, res };
    this.waiting.push(entry);
    res.on('close', () => {
      this.waiting = this.waiting.filter((w) => w !== entry);
    });
  }

  /** Hands `res` to the first tap waiting for this prompt, if any; true when one took it. */
  attach(res: ServerResponse, prompt: string): boolean {
    const i = this.waiting.findIndex((w) => prompt.includes(w.match));
    if (i < 0) return false;
    const [tap] = this.waiting.splice(i, 1);
    mirror(res, tap.res);
    return true;
  }
}

type Body = string | Uint8Array;
const isBody = (v: unknown): v is Body => typeof v === 'string' || v instanceof Uint8Array;

/**
 * Copies every body byte `res` writes to `tap`, and ends the tap as `res` ends: normally, or
 * abruptly (a socket the scenario destroys, a client gone) by destroying it too. The tap gets
 * each chunk just before the response in the same synchronous call, so the raw reader is never
 * behind the app's copy (a bias against the app of one socket write, microseconds). The tap's
 * backpressure is ignored: it must never slow the stream the app reads.
 */
function mirror(res: ServerResponse, tap: ServerResponse): void {
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (isBody(chunk) && !tap.destroyed) tap.write(chunk);
    return write(chunk, ...rest);
  }) as ServerResponse['write'];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (!tap.destroyed) tap.end(isBody(chunk) ? chunk : undefined);
    return end(chunk, ...rest);
  }) as ServerResponse['end'];
  // A response cut short cuts the tap too (bytes a slow tap reader had not taken yet are lost
  // then; the bench reads promptly and only uses streams that end normally).
  res.on('close', () => {
    if (!res.writableFinished && !tap.destroyed) tap.destroy();
  });
}
