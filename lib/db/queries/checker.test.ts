import { expect, it } from 'vitest';
import type { Anchor } from '@/lib/schemas';
import { describeOnBothBackends } from '@/test/db-backends';
import { checkerKey, readRoundChecks, type StoredCheckerFinding, storeCheck } from './checker';
import { getFinding, listActionableFindings, setDecision } from './findings';
import { createRound } from './rounds';
import { createSession } from './sessions';

const at = (line: number): Anchor => ({
  startLine: line,
  endLine: line,
  startOffset: 0,
  endOffset: 5,
  confidence: 'exact',
  similarity: 1,
});
const item = (quote: string, line: number): StoredCheckerFinding => ({
  key: checkerKey(quote, 'relations'),
  severity: 'critical',
  category: 'relations',
  quote,
  description: `${quote} does not hold`,
  anchor: at(line),
});
const check = (checkedAt: number) => ({
  stats: { relations: 2, holds: 0, false: 2, skipped: 0 },
  relations: [],
  proof: 'p',
  checkedAt,
});

/** The deterministic checker's stored findings and checks, on SQLite and on Postgres. */
describeOnBothBackends('checker store', () => {
  it('keeps a decided finding whose formula is unchanged, moves it, and replaces the others', async () => {
    const sessionId = await createSession({ problem: 'P' });
    const round = await createRound({ sessionId, origin: 'generate', proof: 'p' });
    await storeCheck(round.id, check(1), [item('a=b', 1), item('c=d', 2)]);
    const [ab] = await listActionableFindings(round.id);
    await setDecision(ab.id, 'dismissed');
    await storeCheck(
      round.id,
      check(2),
      [item('a=b', 4), item('e=f', 5)],
      new Map([[checkerKey('e=f', 'relations'), { decision: 'accepted', note: 'from R1' }]]),
    );
    const kept = await getFinding(ab.id);
    expect(kept).toMatchObject({
      decision: 'dismissed',
      anchor: expect.objectContaining({ startLine: 4 }),
    });
    const open = await listActionableFindings(round.id);
    expect(open.map((f) => [f.quote, f.decision, f.note])).toEqual([
      ['e=f', 'accepted', 'from R1'],
    ]);
    const stored = (await readRoundChecks([round.id, 'none'])).get(round.id);
    expect(stored).toEqual(check(2));
    expect(await readRoundChecks([])).toEqual(new Map());
  });
});
