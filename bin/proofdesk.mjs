#!/usr/bin/env node
// The `proofdesk` command: runs the TypeScript CLI with tsx, from the package's own folder
// (migrations, .env.local), with the `react-server` condition that server-only modules need.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const tsxCli = require.resolve('tsx/cli');
const envFile = path.join(root, '.env.local');
// Like Next: .env.local fills in what the environment does not already set.
if (fs.existsSync(envFile)) process.loadEnvFile?.(envFile);
const env = { ...process.env, PROOFDESK_ROOT: process.env.PROOFDESK_ROOT ?? root };

const result = spawnSync(
  process.execPath,
  [
    tsxCli,
    '--conditions=react-server',
    '--tsconfig',
    path.join(root, 'tsconfig.json'),
    path.join(root, 'scripts/cli/main.ts'),
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', env },
);
process.exit(result.status ?? 1);
