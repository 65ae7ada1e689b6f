import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './app';

/**
 * The scripted model server in a process of its own: under load, a mock sharing the bench's
 * event loop would fall behind its own schedule and blur the figures.
 */
export async function startMockProcess(port: number) {
  const tsx = require.resolve('tsx/cli');
  const child: ChildProcess = spawn(
    process.execPath,
    [tsx, path.join(ROOT, 'scripts/mock-model/main.ts'), '--port', String(port)],
    { cwd: ROOT, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${url}/v1/models`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
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
