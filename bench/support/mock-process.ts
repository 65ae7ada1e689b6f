import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { ROOT } from './app';

/** The URL the server prints when it listens ("mock model server listening on http://…"). */
function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!child.stdout) return reject(new Error('mock model server: no stdout'));
    const lines = createInterface({ input: child.stdout });
    const timer = setTimeout(() => reject(new Error('mock model server did not start')), 30_000);
    lines.on('line', (line) => {
      const url = /listening on (http:\/\/\S+)/.exec(line)?.[1];
      if (!url) return;
      clearTimeout(timer);
      lines.close();
      child.stdout?.resume(); // keep draining, so the child never blocks on a full pipe
      resolve(url);
    });
    child.once('exit', (code) => reject(new Error(`mock model server exited (${code})`)));
  });
}

/**
 * The scripted model server in a process of its own: under load, a mock sharing the bench's
 * event loop would fall behind its own schedule and blur the figures. Port 0 picks a free one.
 */
export type MockProcess = Awaited<ReturnType<typeof startMockProcess>>;

export async function startMockProcess(port: number) {
  const tsx = require.resolve('tsx/cli');
  const child: ChildProcess = spawn(
    process.execPath,
    [tsx, path.join(ROOT, 'scripts/mock-model/main.ts'), '--port', String(port)],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await listeningUrl(child);
  return {
    url,
    baseURL: `${url}/v1`,
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
