import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { assertPortFree } from '@/e2e/support/port-free';

/** The e2e harness refuses a port another process holds, instead of testing that process. */
describe('assertPortFree', () => {
  it('names a port something listens on, and lets a free one be used', async () => {
    const holder = net.createServer();
    await new Promise<void>((r) => holder.listen(0, '127.0.0.1', () => r()));
    const port = (holder.address() as net.AddressInfo).port;
    try {
      await expect(assertPortFree(port)).rejects.toThrow(`port ${port} is already in use`);
    } finally {
      await new Promise((r) => holder.close(r));
    }
    await expect(assertPortFree(port)).resolves.toBeUndefined();
  });
});
