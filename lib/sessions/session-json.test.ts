import Database from 'better-sqlite3';
import pg from 'pg';
import { beforeEach, expect, it, vi } from 'vitest';
import {
  addFindings,
  addReply,
  createRound,
  createRun,
  createSession,
  databasePath,
  persistRunProgress,
  saveVerificationSettings,
  setDecision,
  setGrade,
  updateSession,
} from '@/lib/db';
import type { SessionDetail } from '@/lib/schemas';
import { describeOnBothBackends } from '@/test/db-backends';
import { sessionDetail } from './service';
import { sessionJson, sessionJsonStats } from './session-json';

// The run engine's registry, in memory: which run of a session is live.
const live = vi.hoisted(() => ({ runId: null as string | null }));
vi.mock('@/lib/runs', () => ({
  activeRunForSession: () => (live.runId ? { run: { id: live.runId } } : undefined),
  sessionActiveRunId: () => live.runId ?? null,
}));

async function sessionWithFinding() {
  const id = await createSession({ problem: 'Prove that 1 + 1 = 2.' });
  const round = await createRound({ sessionId: id, origin: 'manual', proof: 'Obvious.' });
  await addFindings(round.id, null, [
    {
      severity: 'gap',
      quote: 'Obvious.',
      lines: { start: 1, end: 1 },
      description: 'No argument.',
      suggestion: '',
      anchor: null,
    },
  ]);
  const detail = await sessionDetail(id);
  return { id, roundId: round.id, findingId: detail.rounds[0].findings[0].id };
}

/** The JSON as served, checked against a read that bypasses the cache. */
async function served(id: string): Promise<SessionDetail> {
  const { json } = await sessionJson(id);
  expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(await sessionDetail(id))));
  return JSON.parse(json);
}

let reads = 0;
beforeEach(() => {
  reads = sessionJsonStats.reads;
});
const readsSince = () => sessionJsonStats.reads - reads;

describeOnBothBackends('the session JSON cache', (backend) => {
  it('answers an unchanged session from the cache, with the same tag', async () => {
    const { id } = await sessionWithFinding();
    const first = await sessionJson(id);
    const hits = sessionJsonStats.hits;
    const again = await sessionJson(id);
    expect(again).toEqual(first);
    expect(sessionJsonStats.hits).toBe(hits + 1);
    expect(readsSince()).toBe(1);
  });

  it('reads once for requests that arrive together, and gives each the same answer', async () => {
    const { id } = await sessionWithFinding();
    const answers = await Promise.all(Array.from({ length: 5 }, () => sessionJson(id)));
    expect(readsSince()).toBe(1);
    for (const a of answers) expect(a).toEqual(answers[0]);
    expect(JSON.parse(answers[0].json)).toEqual(
      JSON.parse(JSON.stringify(await sessionDetail(id))),
    );
  });

  // Each write a person or a run makes to what the JSON shows: the next answer has it.
  const writes: [
    string,
    (s: Awaited<ReturnType<typeof sessionWithFinding>>) => Promise<void>,
    (d: SessionDetail) => unknown,
  ][] = [
    ['a title edit', (s) => updateSession(s.id, { title: 'Renamed' }), (d) => d.title],
    [
      'a decision',
      async (s) => {
        await setDecision(s.findingId, 'dismissed', 'not a gap');
      },
      (d) => d.rounds[0].findings[0].decision,
    ],
    [
      'a reply',
      async (s) => {
        await addReply({ findingId: s.findingId, text: 'see line 2', author: null });
      },
      (d) => d.rounds[0].findings[0].replies?.length,
    ],
    [
      'a new round',
      async (s) => {
        await createRound({ sessionId: s.id, origin: 'manual', proof: 'Second try.' });
      },
      (d) => d.rounds.length,
    ],
    [
      'a grade',
      async (s) => {
        await setGrade(s.id, 'human', {
          points: 5,
          awards: null,
          text: 'ok',
          roundId: s.roundId,
          runId: null,
        });
      },
      (d) => d.grade,
    ],
    [
      'a run starting and its status',
      async (s) => {
        const run = await createRun({
          sessionId: s.id,
          roundId: s.roundId,
          kind: 'verify',
          model: 'm',
        });
        await persistRunProgress({ runId: run.id, events: [], status: 'succeeded' });
      },
      (d) => d.runs.map((r) => r.status),
    ],
    [
      'verification settings',
      (s) => saveVerificationSettings(s.id, { samples: 3 }),
      (d) => d.verificationSettings,
    ],
  ];
  for (const [what, write, shown] of writes) {
    it(`is read again after ${what}`, async () => {
      const s = await sessionWithFinding();
      const before = await served(s.id);
      await served(s.id);
      expect(readsSince()).toBe(1);
      await write(s);
      const after = await served(s.id);
      expect(readsSince()).toBe(2);
      expect(shown(after)).not.toEqual(shown(before));
    });
  }

  /** `body` with a Postgres connection of its own (another instance's), closed after. */
  async function withOtherPg<T>(body: (other: pg.Client) => Promise<T>): Promise<T> {
    const other = new pg.Client(process.env.PROOFDESK_DATABASE_URL);
    await other.connect();
    try {
      return await body(other);
    } finally {
      await other.end();
    }
  }

  /** A write through a connection of its own: an import worker, the CLI, another instance. */
  async function writeElsewhere(sql: string, params: unknown[]): Promise<void> {
    if (backend === 'postgres') {
      await withOtherPg((other) => other.query(sql, params));
      return;
    }
    const other = new Database(databasePath());
    try {
      other.prepare(sql.replace(/\$\d/g, '?')).run(...params);
    } finally {
      other.close();
    }
  }

  it('is read again after another connection writes (an import worker, the CLI, another instance)', async () => {
    const s = await sessionWithFinding();
    await served(s.id);
    await writeElsewhere('UPDATE sessions SET title = $1 WHERE id = $2', ['From elsewhere', s.id]);
    expect((await served(s.id)).title).toBe('From elsewhere');
    expect(readsSince()).toBe(2);
  });

  it.runIf(backend === 'postgres')(
    "keeps the committed answer while another instance's write is open, and reads again at its commit",
    async () => {
      const s = await sessionWithFinding();
      const first = await sessionJson(s.id);
      await withOtherPg(async (other) => {
        await other.query('BEGIN');
        await other.query('UPDATE sessions SET title = $1 WHERE id = $2', ['Uncommitted', s.id]);
        expect(await sessionJson(s.id)).toEqual(first);
        expect(readsSince()).toBe(1);
        await other.query('COMMIT');
      });
      expect((await served(s.id)).title).toBe('Uncommitted');
      expect(readsSince()).toBe(2);
    },
  );

  it('stays cached while a run only appends events (they are not in the JSON)', async () => {
    const s = await sessionWithFinding();
    const run = await createRun({
      sessionId: s.id,
      roundId: s.roundId,
      kind: 'verify',
      model: 'm',
    });
    const first = await sessionJson(s.id);
    await persistRunProgress({
      runId: run.id,
      events: [{ seq: 1, event: { type: 'text', delta: 'The gap is' } }],
    });
    expect(await sessionJson(s.id)).toEqual(first);
    expect(readsSince()).toBe(1);
  });

  it('is read again when the live run of the session changes in memory', async () => {
    const s = await sessionWithFinding();
    expect((await served(s.id)).activeRunId).toBeNull();
    live.runId = 'run-in-memory';
    try {
      expect((await served(s.id)).activeRunId).toBe('run-in-memory');
      expect(readsSince()).toBe(2);
    } finally {
      live.runId = null;
    }
  });
});
