import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addReply, dumpSession, listReviewItems, listSessions } from '@/lib/db';
import { getDb } from '@/lib/db/client';
import { rounds, sessions } from '@/lib/db/schema';
import { importReviewRecords } from '@/lib/review/import-records';
import { withTempDb } from '@/test/fixtures/temp-db';
import { MARK_CLOSE, MARK_OPEN } from './sqlite-search';

withTempDb();

const record = (id: string, problem: string, proof: string, description: string) =>
  JSON.stringify({
    id,
    problem,
    proof,
    report: `### Issues\n[ISSUE 1]\nSeverity: gap\nLines: L1\nQuote: "${proof.split('\n')[0]}"\nDescription: ${description}\nSuggested fix: Say why.\n\n### Score\n\\boxed{0.5}`,
  });

let ids: string[] = [];

beforeAll(async () => {
  const text = [
    record(
      'a',
      'Show that $x^2 \\ge 0$ for real x.',
      'Squares of reals are nonnegative.\nDone.',
      'Why?',
    ),
    record(
      'b',
      'Prove the tangent–chord angle theorem.',
      'Let \\(\\frac{a}{b}\\) be the ratio.\nThe zebra lengths agree.',
      'Why?',
    ),
    record(
      'c',
      'Find all n with n | 2^n - 1.',
      'Only n = 1 works.\nEnd.',
      'The order argument skips the quokka case.',
    ),
  ].join('\n');
  const result = await importReviewRecords(text, 'auto', false);
  ids = result.records.map((r) => r.sessionId as string);
});

const found = async (q: string) => (await listSessions({ q })).sessions;

describe('full-text search over sessions (issue 20)', () => {
  it('finds a session by a word only in its proof, with the snippet and the round', async () => {
    const [hit, ...rest] = await found('zebra');
    expect(rest).toEqual([]);
    expect(hit.id).toBe(ids[1]);
    expect(hit.match).toMatchObject({ kind: 'proof', roundIndex: 1, findingId: null });
    expect(hit.match?.snippet).toContain(`${MARK_OPEN}zebra${MARK_CLOSE}`);
  });

  it('matches LaTeX source words, and prose by the start of its words', async () => {
    expect((await found('frac')).map((s) => s.id)).toEqual([ids[1]]);
    expect((await found('tangent chor')).map((s) => s.id)).toEqual([ids[1]]);
    expect((await found('nonnegativ')).map((s) => s.id)).toEqual([ids[0]]);
  });

  it('links a finding match straight to the finding, and finds notes under findings', async () => {
    const [hit] = await found('quokka');
    const finding = (await dumpSession(ids[2]))?.rounds[0].findings[0];
    expect(hit.match).toMatchObject({ kind: 'finding', findingId: finding?.id });
    await addReply({
      findingId: finding?.id as string,
      text: 'Checked with the platypus lemma.',
      author: null,
    });
    expect((await found('platypus')).map((s) => [s.id, s.match?.kind])).toEqual([[ids[2], 'note']]);
  });

  it('follows edits and deletions (the triggers keep the index in step)', async () => {
    getDb()
      .update(rounds)
      .set({ proof: 'Rewritten with an okapi.' })
      .where(eq(rounds.sessionId, ids[1]))
      .run();
    expect(await found('zebra')).toEqual([]);
    expect((await found('okapi')).map((s) => s.id)).toEqual([ids[1]]);
    getDb().delete(sessions).where(eq(sessions.id, ids[1])).run();
    expect(await found('okapi')).toEqual([]);
  });

  it('filters the review queue with the same search', async () => {
    expect((await listReviewItems({ q: 'quokka' })).items.map((i) => i.sessionId)).toEqual([
      ids[2],
    ]);
    expect((await listReviewItems({ q: '%%' })).total).toBe(0);
  });
});
