import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { corpusPath } from '@/test/corpus-dir';
import { reviewRecords } from '../import-fixture.test-support';
import {
  analyzeLines,
  closeImportPool,
  importWorkerCount,
  importWorkersRunning,
  warmImportWorkers,
} from './analyze-pool';
import { type PreparedLine, prepareLine } from './prepare';
import { importWorkerFile } from './worker-file';

/**
 * The worker threads read and anchor exactly as the main thread would, and hand the lines
 * back in their order, whatever order the workers finish in.
 */
afterAll(() => closeImportPool());

const REPORTS = corpusPath('verifier-reports', 'grok-4.jsonl');

async function viaWorkers(lines: string[]): Promise<PreparedLine[]> {
  const out: PreparedLine[] = [];
  await analyzeLines(lines, 'auto', (chunk) => {
    out.push(...chunk);
  });
  return out;
}

describe('analysing import lines in worker threads', () => {
  it('gives what the main thread gives, line by line, in order', async () => {
    const text = fs.existsSync(REPORTS)
      ? fs.readFileSync(REPORTS, 'utf8')
      : reviewRecords(300, { line: 7, text: '{broken' });
    const lines = text.split('\n');
    // Enough lines for the workers (small inputs are analysed inline).
    const many = [...lines, ...lines, ...lines].slice(0, Math.max(300, lines.length));
    const got = await viaWorkers(many);
    expect(got).toHaveLength(many.length);
    expect(got).toEqual(many.map((raw, i) => prepareLine(raw, i + 1, 'auto')));
  }, 60_000);

  it('still analyses every line, on the main thread, when the workers cannot start', async () => {
    await closeImportPool();
    const root = process.env.PROOFDESK_ROOT;
    process.env.PROOFDESK_ROOT = '/nonexistent';
    try {
      const lines = reviewRecords(250, { line: 3, text: '{broken' }).split('\n');
      const got = await viaWorkers(lines);
      expect(got).toEqual(lines.map((raw, i) => prepareLine(raw, i + 1, 'auto')));
      expect(got[2]).toMatchObject({ line: 3, message: expect.stringMatching(/not valid JSON/) });
    } finally {
      if (root === undefined) delete process.env.PROOFDESK_ROOT;
      else process.env.PROOFDESK_ROOT = root;
      await closeImportPool();
    }
  }, 60_000);

  it('the bundle the production build runs (npm run build) gives the same lines', async () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'proofdesk-worker-'));
    try {
      execFileSync(process.execPath, ['scripts/build-import-worker.mjs'], {
        env: { ...process.env, NEXT_DIST_DIR: dist },
      });
      const bundle = importWorkerFile({ NEXT_DIST_DIR: dist, PROOFDESK_IMPORT_WORKER: 'bundle' });
      expect(bundle).toBe(path.join(dist, 'import-worker.mjs'));
      // Run as the worker thread runs it: its default export, in plain Node.
      const { default: prepareChunk } = await import(/* @vite-ignore */ pathToFileURL(bundle).href);
      const lines = reviewRecords(40, { line: 5, text: '[1, 2]' }).split('\n');
      expect(prepareChunk({ firstLine: 1, lines, format: 'auto' })).toEqual(
        lines.map((raw, i) => prepareLine(raw, i + 1, 'auto')),
      );
    } finally {
      fs.rmSync(dist, { recursive: true, force: true });
    }
  }, 60_000);

  it('starts its workers while a large upload arrives, and not for a small one', async () => {
    await closeImportPool();
    warmImportWorkers(10_000);
    expect(importWorkersRunning()).toBe(0);
    warmImportWorkers(2_000_000);
    await vi.waitFor(() => expect(importWorkersRunning()).toBe(importWorkerCount()), {
      timeout: 20_000,
    });
    await closeImportPool();
  }, 30_000);
});
