import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = path.join(path.resolve(__dirname, '..'), 'bin', 'proofdesk.mjs');

describe('proofdesk check (command line)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proofdesk-check-'));
  const file = path.join(dir, 'proofs.jsonl');
  fs.writeFileSync(
    file,
    [
      JSON.stringify({
        id: 'a',
        proof: 'Line one.\nThen \\(17 \\cdot 23 = 392\\) and \\(2^{10}=1024\\).',
      }),
      '{broken json',
      JSON.stringify({
        problem_idx: 'PB-1',
        model_prediction: { proof: 'So \\(x = 2\\).', human_rating: 7 },
      }),
    ].join('\n'),
  );
  const run = (args: string[]) =>
    spawnSync(process.execPath, [BIN, 'check', file, ...args], { encoding: 'utf8' });

  it('prints one JSON result per record in the shape the issue gives, bad lines on stderr', () => {
    const out = run(['--json']);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('line 2: not JSON');
    const results = out.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(results).toEqual([
      {
        id: 'a',
        stats: { relations: 2, holds: 1, false: 1, skipped: 0 },
        relations: [
          { line: 2, text: '17 \\cdot 23 = 392', verdict: 'false', witness: 'left 391, right 392' },
          { line: 2, text: '2^{10}=1024', verdict: 'holds' },
        ],
      },
      {
        id: 'PB-1',
        stats: { relations: 1, holds: 0, false: 0, skipped: 1 },
        relations: [
          {
            line: 1,
            text: 'x = 2',
            verdict: 'skipped',
            reason: 'depends on context (a case or condition on a symbol)',
          },
        ],
      },
    ]);
  });

  it('prints counts and each false relation with its line and witness for a person', () => {
    const out = run([]);
    expect(out.stdout).toContain('a: checked 2 relations: 1 holds, 1 false, 0 skipped');
    expect(out.stdout).toContain('L2 false: 17 \\cdot 23 = 392  (left 391, right 392)');
  });
});
