import 'server-only';
import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

const CRLF = Buffer.from('\r\n', 'latin1');

/**
 * Each frame with its chunk framing, made once: a tick's frame goes to every reader of a
 * run (sse-frames.ts shares one buffer among them), so 50 readers cost one framing.
 */
const framedOf = new WeakMap<Uint8Array, Buffer>();

function framed(bytes: Uint8Array): Buffer {
  let out = framedOf.get(bytes);
  if (!out) {
    out = Buffer.concat([Buffer.from(`${bytes.length.toString(16)}\r\n`, 'latin1'), bytes, CRLF]);
    framedOf.set(bytes, out);
  }
  return out;
}

type NodeInternals = { chunkedEncoding?: boolean };

/**
 * A writer of an event stream's chunks straight to the response's socket, each already
 * framed, in one write: `res.write` frames every chunk itself, per reader, and hands the
 * socket three buffers (size, chunk, CRLF) through its own bookkeeping — ~6 µs more per write
 * (measured with 40 readers on loopback), and a class's readers get ~1,700 writes a second.
 * The headers are sent first (`flushHeaders`), so the socket has them before any chunk;
 * `res.end()` still writes the last chunk. Null when the response is not chunked (an
 * HTTP/1.0 client) or not yet the socket's own (a pipelined request waiting its turn):
 * then `res.write` it is.
 */
export function chunkWriter(res: ServerResponse): ((bytes: Uint8Array) => void) | null {
  res.flushHeaders();
  const socket = res.socket as (Socket & { _httpMessage?: unknown }) | null;
  const chunked = (res as unknown as NodeInternals).chunkedEncoding === true;
  if (!socket || !chunked || socket._httpMessage !== res) return null;
  return (bytes) => {
    if (bytes.length && !socket.destroyed) socket.write(framed(bytes));
  };
}
