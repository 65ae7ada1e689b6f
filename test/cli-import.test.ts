import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'proofdesk.mjs');

const PROOF = [
  'Let n be odd.',
  'Then n^2 is odd because the square of an odd number is odd.',
  'Done.',
].join('\n');
const REPORT = `### Issues
[ISSUE 1]
Severity: gap
Lines: L2
Quote: "the square of an odd number is odd"
Description: This is the claim itself.
Suggested fix: Write n = 2k+1 and expand.

### Score
\\boxed{0.5}`;

function run(args: string[], db: string) {
  return spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, PROOFDESK_DB: db },
  });
}

describe('proofdesk import (command line)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proofdesk-cli-'));
  const file = path.join(dir, 'records.jsonl');
  fs.writeFileSync(
    file,
    [
      JSON.stringify({ id: 'a', problem: 'Show n^2 odd.', proof: PROOF, report: REPORT }),
      '{broken json',
      JSON.stringify({ id: 'b', problem: 'Only a proof.', proof: PROOF }),
      JSON.stringify({ id: 'c', problem: 'No proof field' }),
    ].join('\n'),
  );

  it('prints one JSON object per good record, reports bad lines on stderr, stores nothing on --dry-run', () => {
    const db = path.join(dir, 'dry.db');
    const out = run(['import', file, '--json', '--dry-run'], db);
    expect(out.status).toBe(0);
    const lines = out.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines[0].score).toBe(0.5);
    expect(lines[0].findings[0]).toMatchObject({
      severity: 'gap',
      anchor: { startLine: 2, endLine: 2, confidence: 'exact' },
    });
    expect(lines[1].findings).toEqual([]);
    expect(out.stderr).toMatch(/:2: skipped: not valid JSON/);
    expect(out.stderr).toMatch(/:4: skipped: proof/);
    if (fs.existsSync(db)) {
      const sqlite = new Database(db);
      expect(sqlite.prepare('select count(*) as n from sessions').get()).toEqual({ n: 0 });
      sqlite.close();
    }
  });

  it('refuses a file with invalid lines, naming them, and creates nothing', () => {
    const db = path.join(dir, 'refused.db');
    const out = run(['import', file], db);
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/:2: invalid: not valid JSON/);
    expect(out.stderr).toMatch(/Nothing was imported: 2 record\(s\) are invalid/);
    expect(out.stdout).toBe('');
    if (fs.existsSync(db)) {
      const sqlite = new Database(db);
      expect(sqlite.prepare('select count(*) as n from sessions').get()).toEqual({ n: 0 });
      sqlite.close();
    }
  });

  it('creates one session per record with the proof as round 1 and its findings', () => {
    const db = path.join(dir, 'real.db');
    const out = run(['import', file, '--skip-invalid'], db);
    expect(out.status).toBe(0);
    const paths = out.stdout
      .trim()
      .split('\n')
      .map((l) => l.split('\t')[0]);
    expect(paths).toHaveLength(2);
    for (const p of paths) expect(p).toMatch(/^\/sessions\/[\w-]{22}$/);
    const sqlite = new Database(db);
    expect(sqlite.prepare('select count(*) as n from sessions').get()).toEqual({ n: 2 });
    const round = sqlite
      .prepare("select * from rounds where origin = 'import' and score = 0.5")
      .get() as { id: string; proof: string };
    expect(round.proof).toBe(PROOF);
    const findings = sqlite.prepare('select * from findings where round_id = ?').all(round.id);
    expect(findings).toHaveLength(1);
    sqlite.close();
  });
});
