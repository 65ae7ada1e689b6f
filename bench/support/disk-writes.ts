import fs from 'node:fs';
import Database from 'better-sqlite3';
import { buildLongAnswer, buildLongReasoning } from '../../scripts/mock-model/long-proof';
import { api } from './app';
import { problemFor } from './load-streams';
import { processTree } from './proc';

type Io = { wchar: number; writeBytes: number };

/** Bytes a process tree handed to write(2) (`wchar`) and sent to the block layer. */
function io(pid: number | 'self'): Io {
  const pids = pid === 'self' ? ['self'] : processTree(pid);
  const total = { wchar: 0, writeBytes: 0 };
  for (const p of pids) {
    try {
      const text = fs.readFileSync(`/proc/${p}/io`, 'utf8');
      total.wchar += Number(/wchar:\s+(\d+)/.exec(text)?.[1] ?? 0);
      total.writeBytes += Number(/^write_bytes:\s+(\d+)/m.exec(text)?.[1] ?? 0);
    } catch {} // exited meanwhile
  }
  return total;
}

/** Folds every WAL frame into the database file, from this process (so it is counted). */
function checkpoint(dbFile: string): Io {
  const before = io('self');
  const db = new Database(dbFile, { fileMustExist: true });
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  const after = io('self');
  return { wchar: after.wchar - before.wchar, writeBytes: after.writeBytes - before.writeBytes };
}

function storedRun(dbFile: string, runId: string) {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT status, text, reasoning FROM runs WHERE id = ?').get(runId) as
      | { status: string; text: string; reasoning: string }
      | undefined;
  } finally {
    db.close();
  }
}

/** A proof of about `chars` characters from the long-proof script (tokens ≈ chars / 3.9). */
function proofWords(chars: number): number {
  let words = Math.round(chars / 3.9);
  while (buildLongAnswer(words).length < chars) words += 200;
  return words;
}

export type DiskResult = {
  chars: number;
  appWchar: number;
  appWriteBytes: number;
  checkpointWchar: number;
  checkpointWriteBytes: number;
  seconds: number;
  intact: boolean;
};

/**
 * One draft of `reasoningChars` + `proofChars` through the app (no browser, so the app's
 * writes are its database's): the app's write syscalls and block-layer writes over the run,
 * plus a final checkpoint of the WAL into the database file (done here, counted here).
 */
export async function measureDiskWrites(opts: {
  mockUrl: string;
  appUrl: string;
  appPid: number;
  dbFile: string;
  tps: number;
  reasoningChars: number;
  proofChars: number;
}): Promise<DiskResult> {
  const words = proofWords(opts.proofChars);
  await fetch(`${opts.mockUrl}/__control`, {
    method: 'POST',
    body: JSON.stringify({
      scenario: 'long',
      tps: opts.tps,
      words,
      reasoningChars: opts.reasoningChars,
      chunkChars: 6,
    }),
  });
  const tag = `disk${Date.now()}`;
  const expected = {
    text: buildLongAnswer(words, tag),
    reasoning: buildLongReasoning(opts.reasoningChars),
  };
  checkpoint(opts.dbFile);
  const before = io(opts.appPid);
  const t0 = Date.now();
  const { id } = await api<{ id: string }>(opts.appUrl, 'POST', '/api/sessions', {
    problem: problemFor(tag),
  });
  const { runId } = await api<{ runId: string }>(opts.appUrl, 'POST', `/api/sessions/${id}/runs`, {
    kind: 'generate',
  });
  let run = storedRun(opts.dbFile, runId);
  while (!run || ['queued', 'running'].includes(run.status)) {
    await new Promise((r) => setTimeout(r, 500));
    run = storedRun(opts.dbFile, runId);
  }
  const seconds = (Date.now() - t0) / 1000;
  const after = io(opts.appPid);
  const cp = checkpoint(opts.dbFile);
  return {
    chars: expected.text.length + expected.reasoning.length,
    appWchar: after.wchar - before.wchar,
    appWriteBytes: after.writeBytes - before.writeBytes,
    checkpointWchar: cp.wchar,
    checkpointWriteBytes: cp.writeBytes,
    seconds,
    intact:
      run.status === 'succeeded' &&
      run.text === expected.text &&
      run.reasoning === expected.reasoning,
  };
}
