import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startReading, stopReading } from './socket-reads';

const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

/** A loopback connection: the server's end to write on, the client's end to read. */
async function pair(): Promise<{ server: net.Socket; client: net.Socket; got: () => string }> {
  let server!: net.Socket;
  const listening = net.createServer((s) => {
    server = s;
  });
  await new Promise<void>((r) => listening.listen(0, '127.0.0.1', r));
  const { port } = listening.address() as net.AddressInfo;
  const client = net.connect(port, '127.0.0.1');
  await new Promise<void>((r) => client.once('connect', r));
  while (!server) await new Promise((r) => setTimeout(r, 1));
  let text = '';
  client.on('data', (b: Buffer) => {
    text += b.toString();
  });
  closers.push(() => {
    client.destroy();
    server.destroy();
    listening.close();
  });
  return { server, client, got: () => text };
}

const settle = (ms = 30) => new Promise((r) => setTimeout(r, ms));

describe('stopReading / startReading', () => {
  it('leaves what arrives in the kernel until reading starts again, then reads it all', async () => {
    const { server, client, got } = await pair();
    server.write('a');
    await settle();
    expect(got()).toBe('a');
    stopReading(client);
    server.write('b');
    server.write('c');
    await settle();
    expect(got()).toBe('a');
    startReading(client);
    await settle();
    expect(got()).toBe('abc');
    server.write('d');
    await settle();
    expect(got()).toBe('abcd');
  });

  it('sees the end of a connection closed while it was stopped, once it reads again', async () => {
    const { server, client, got } = await pair();
    let ended = false;
    client.on('end', () => {
      ended = true;
    });
    stopReading(client);
    server.end('last');
    await settle();
    expect(ended).toBe(false);
    startReading(client);
    await settle();
    expect(got()).toBe('last');
    expect(ended).toBe(true);
  });

  it('restarts only a socket it stopped itself', async () => {
    const { server, client, got } = await pair();
    client.pause();
    // A socket paused by its stream keeps reading into its buffer; `startReading` must not
    // undo what the stream decides, and it has nothing of its own to undo here.
    startReading(client);
    server.write('x');
    await settle();
    expect(got()).toBe('');
    client.resume();
    await settle();
    expect(got()).toBe('x');
  });

  it('leaves a TLS socket alone', () => {
    const calls: string[] = [];
    const tlsLike = {
      encrypted: true,
      destroyed: false,
      _handle: {
        reading: true,
        readStop: () => calls.push('stop'),
        readStart: () => calls.push('start'),
      },
    } as unknown as net.Socket;
    stopReading(tlsLike);
    startReading(tlsLike);
    expect(calls).toEqual([]);
  });
});
