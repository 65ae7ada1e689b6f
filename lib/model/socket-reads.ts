import 'server-only';
import type { Socket } from 'node:net';

/** The part of a plain TCP socket's libuv handle that net.Socket itself uses to start and stop reading. */
type ReadHandle = { reading: boolean; readStop(): number; readStart(): number };

/** Sockets whose reads `stopReading` stopped, so that `startReading` restarts only those. */
const stopped = new WeakSet<Socket>();

/**
 * The socket's read handle, when stopping it is safe: a plain TCP socket that is still open.
 * A TLS socket is left alone — its decrypting layer sits between the handle and the bytes,
 * and stopping it under Node's feet is not something Node does itself.
 */
function handleOf(socket: Socket): ReadHandle | null {
  if (socket.destroyed || (socket as { encrypted?: boolean }).encrypted) return null;
  const handle = (socket as { _handle?: Partial<ReadHandle> | null })._handle;
  return handle && typeof handle.readStop === 'function' && typeof handle.readStart === 'function'
    ? (handle as ReadHandle)
    : null;
}

/**
 * Stops reading the socket at once: bytes that arrive stay in the kernel until
 * `startReading`. Pausing the stream on top of it (undici's body, the socket's own buffer)
 * stops only after one or two more packets have been read, each a wake-up of the process —
 * with 20 streams at 200 tokens/s, 1,250 extra reads a second (issue 21). This does what
 * net.Socket.pause does for a socket read into a buffer of its own (the `onread` option).
 */
export function stopReading(socket: Socket): void {
  const handle = handleOf(socket);
  if (!handle?.reading) return;
  handle.reading = false;
  handle.readStop();
  stopped.add(socket);
}

/** Reads the socket again, if `stopReading` stopped it (not if its stream stopped it, being full). */
export function startReading(socket: Socket): void {
  if (!stopped.delete(socket)) return;
  const handle = handleOf(socket);
  if (!handle || handle.reading) return;
  handle.reading = true;
  handle.readStart();
}
