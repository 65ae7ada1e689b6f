import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local HTTP server that nothing should ever call: tests offer its URL to every API as a
 * model endpoint, then check it received no request.
 */
export async function startCanary() {
  let hits = 0;
  const server = createServer((_req, res) => {
    hits++;
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    hits: () => hits,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
