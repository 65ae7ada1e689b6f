import { describe, expect, it } from 'vitest';
import { importWorkerFile } from './worker-file';

const ROOT = '/srv/proofdesk';
const all = () => true;
const none = () => false;

describe('the import worker file', () => {
  it('is the bundle beside the build in the production server', () => {
    const env = { PROOFDESK_ROOT: ROOT, NODE_ENV: 'production' };
    expect(importWorkerFile(env, all)).toBe(`${ROOT}/.next/import-worker.mjs`);
    expect(importWorkerFile({ ...env, NEXT_DIST_DIR: '.next-bench' }, all)).toBe(
      `${ROOT}/.next-bench/import-worker.mjs`,
    );
  });

  it('is the source worker elsewhere, when asked, or when the build has no bundle', () => {
    const source = `${ROOT}/lib/review/records/prepare-worker.mjs`;
    expect(importWorkerFile({ PROOFDESK_ROOT: ROOT, NODE_ENV: 'test' }, all)).toBe(source);
    expect(importWorkerFile({ PROOFDESK_ROOT: ROOT }, all)).toBe(source);
    expect(
      importWorkerFile(
        { PROOFDESK_ROOT: ROOT, NODE_ENV: 'production', PROOFDESK_IMPORT_WORKER: 'source' },
        all,
      ),
    ).toBe(source);
    expect(importWorkerFile({ PROOFDESK_ROOT: ROOT, NODE_ENV: 'production' }, none)).toBe(source);
  });

  it('can be asked for outside the server (the import bench)', () => {
    const env = { PROOFDESK_ROOT: ROOT, PROOFDESK_IMPORT_WORKER: 'bundle' };
    expect(importWorkerFile(env, all)).toBe(`${ROOT}/.next/import-worker.mjs`);
  });
});
