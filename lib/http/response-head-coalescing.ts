import 'server-only';
import { ServerResponse } from 'node:http';

const installed = Symbol.for('proofdesk.responseHeadCoalescing');
type Patched = typeof ServerResponse.prototype & { [installed]?: true };

function uncorkNow(res: ServerResponse) {
  res.uncork();
}

/**
 * Sends each response's head in the same socket write as its first body bytes.
 *
 * Next writes every response (JSON, pages, SSE) through a web stream whose first chunk calls
 * `res.flushHeaders()`: the head goes out alone, one `write` syscall, then the body and the
 * chunked terminator in a second one (`end()` corks those together). On loopback TCP each
 * send does the receiver's work too, so the head alone was 3-12% of the server's CPU
 * (`writeUtf8String` in the profiles, docs/BENCHMARKS.md § Issue 21, fifth pass). Here
 * `flushHeaders` corks the socket and uncorks it on the next tick: the head still leaves in
 * this turn of the event loop (an SSE stream that has nothing to say yet still gets its head
 * at once), together with whatever Next writes right after it. Bytes and their order are
 * unchanged; only the number of writes falls.
 */
export function coalesceResponseHeads(proto: Patched = ServerResponse.prototype as Patched) {
  if (proto[installed]) return;
  proto[installed] = true;
  const flushHeaders = proto.flushHeaders;
  proto.flushHeaders = function flushHeadersWithBody(this: ServerResponse) {
    if (this.headersSent || !this.socket) return flushHeaders.call(this);
    this.cork();
    flushHeaders.call(this);
    process.nextTick(uncorkNow, this);
  };
}
