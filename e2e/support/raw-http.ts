import fs from 'node:fs';
import http from 'node:http';

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

/**
 * One HTTP request with exactly the headers given (fetch would refuse to set `Host`, and
 * would add `Origin`-free defaults of its own): how a rebinding page or another site's form
 * reaches the server, as far as the server can tell.
 */
export function rawRequest(
  url: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers = { ...opts.headers };
    // Node sends a DELETE body with neither length nor chunking unless told its length.
    if (opts.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(opts.body));
    const req = http.request(url, { method: opts.method ?? 'GET', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => {
        body += d;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** Resident memory of a process, in bytes (Linux). */
export function rssBytes(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]);
  return kb * 1024;
}

/**
 * Starts a `size`-byte upload and resolves with the status the server answers, as soon as
 * it answers: the rest of the body is then abandoned (a server that waits for it to be
 * buffered first shows up in its memory, not in this promise).
 */
export function uploadAndAbandon(
  url: string,
  size: number,
  headers: Record<string, string>,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, {
      method: 'POST',
      headers: { ...headers, 'Content-Length': String(size) },
    });
    const chunk = Buffer.alloc(256 * 1024, 'x');
    let sent = 0;
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on('error', (e) => {
      if (!answered) reject(e);
    });
    const pump = () => {
      while (!answered && sent < size) {
        const n = Math.min(chunk.length, size - sent);
        sent += n;
        if (!req.write(n === chunk.length ? chunk : chunk.subarray(0, n))) {
          req.once('drain', pump);
          return;
        }
      }
      if (!answered && sent >= size) req.end();
    };
    pump();
  });
}

/**
 * Declares a `declaredBytes`-long body, sends only its first bytes (`head`), and waits for
 * the server's answer. A server that refuses an oversized body answers at once, from the
 * headers; this client then never races the server closing the socket under a body it is
 * still writing (EPIPE), which a full upload does on a loaded machine.
 */
export function declareOversizedBody(
  url: string,
  method: string,
  declaredBytes: number,
  head: string,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, {
      method,
      headers: { ...headers, 'Content-Length': String(declaredBytes) },
    });
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => {
        body += d;
      });
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        req.destroy();
      });
    });
    req.on('error', reject);
    req.write(head);
  });
}
