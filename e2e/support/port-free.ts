import net from 'node:net';

/**
 * Fails, naming the port, when something already listens on it. A test server started on a
 * taken port exits at once, but the test's readiness poll would then reach whatever holds the
 * port (another engineer's test run, a bench) and the test would run against that server.
 */
export async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE'
          ? new Error(
              `port ${port} is already in use by another process (another test run or server?): ` +
                'stop it, or give this run other base ports (E2E_APP_PORT, E2E_MOCK_PORT)',
            )
          : err,
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}
