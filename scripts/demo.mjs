#!/usr/bin/env node
// `npm run demo`: Proofdesk against the scripted model server, for trying it without a model.
// Starts the mock on 127.0.0.1:4010 and the built app on http://127.0.0.1:3000.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const mockPort = process.env.MOCK_PORT ?? '4010';
const appPort = process.env.PORT ?? '3000';
const children = [];

function run(cmd, args, env = {}) {
  const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  children.push(child);
  child.on('exit', (code) => {
    for (const c of children) if (c !== child) c.kill('SIGTERM');
    process.exit(code ?? 0);
  });
}

run(process.execPath, [
  path.join(root, 'node_modules/tsx/dist/cli.mjs'),
  'scripts/mock-model/main.ts',
  '--port',
  mockPort,
]);
run(
  process.execPath,
  [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', appPort, '-H', '127.0.0.1'],
  {
    OPENAI_BASE_URL: `http://127.0.0.1:${mockPort}/v1`,
    OPENAI_API_KEY: 'demo',
    PROOFDESK_MODEL: process.env.PROOFDESK_MODEL ?? 'mock-slow:tps=120',
    PROOFDESK_DB: process.env.PROOFDESK_DB ?? 'data/demo.db',
  },
);
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    for (const c of children) c.kill(sig);
  });
}
