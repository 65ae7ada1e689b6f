import http from 'node:http';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { chunkWriter } from './chunk-writer';

const servers: http.Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

const FRAME = new TextEncoder().encode('id: 1\ndata: {"type":"text","delta":"∀ε>0"}\n\n');

/** A server whose every answer is an event stream of FRAME twice (the same buffer), then its end. */
async function server(writers: string[]) {
  const s = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    const write = chunkWriter(res);
    writers.push(write ? 'raw' : 'res.write');
    const send = write ?? ((b: Uint8Array) => res.write(b));
    send(FRAME);
    send(new Uint8Array(0)); // nothing: must not end the chunked body early
    send(FRAME);
    res.end();
  });
  servers.push(s);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return (s.address() as net.AddressInfo).port;
}

/** The raw bytes of one request's answer, as the wire carries them. */
function rawAnswer(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(request));
    const parts: Buffer[] = [];
    socket.on('data', (b) => parts.push(b));
    socket.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    socket.on('error', reject);
  });
}

describe('chunkWriter', () => {
  it('writes each frame with its chunk framing after the headers, and res.end ends the body', async () => {
    const writers: string[] = [];
    const port = await server(writers);
    const answer = await rawAnswer(port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(writers).toEqual(['raw']);
    const cut = answer.indexOf('\r\n\r\n');
    const head = answer.slice(0, cut);
    const body = answer.slice(cut + 4);
    expect(head).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(head.toLowerCase()).toContain('transfer-encoding: chunked');
    const size = FRAME.length.toString(16);
    const text = new TextDecoder().decode(FRAME);
    expect(body).toBe(`${size}\r\n${text}\r\n${size}\r\n${text}\r\n0\r\n\r\n`);
  });

  it('leaves an HTTP/1.0 answer (not chunked) to res.write', async () => {
    const writers: string[] = [];
    const port = await server(writers);
    const answer = await rawAnswer(port, 'GET / HTTP/1.0\r\nHost: x\r\n\r\n');
    expect(writers).toEqual(['res.write']);
    const text = new TextDecoder().decode(FRAME);
    expect(answer.endsWith(`\r\n\r\n${text}${text}`)).toBe(true);
  });

  it('gives what fetch reads as the stream that was sent', async () => {
    const port = await server([]);
    const res = await fetch(`http://127.0.0.1:${port}/`);
    const text = new TextDecoder().decode(FRAME);
    expect(await res.text()).toBe(text + text);
  });
});
