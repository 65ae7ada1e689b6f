import { describe, expect, it } from 'vitest';
import { SearchScheduler } from './scheduler';
import { type Span, simulate } from './test-support';
import type { CandidateState, Task } from './types';

const shape = {
  pool: 4,
  verificationsPerProof: 3,
  analysesPerRefinement: 2,
  proofsPerRefinement: 1,
  iterations: 2,
};

/** Every request takes 10 ms, except anything about every third proof: 40 ms. */
const varied = (task: Task, ordinalOf: (id: string) => number) => {
  if (task.type === 'verify') return ordinalOf(task.candidateId) % 3 === 0 ? 40 : 10;
  return task.key % 3 === 0 ? 40 : 10;
};

const writes = (spans: Span[]) => spans.filter((s) => s.task.type !== 'verify');
const verifies = (spans: Span[]) => spans.filter((s) => s.task.type === 'verify');

describe('pipelined search scheduling (fake clock)', () => {
  it('verifies a proof as soon as it is written, while other proofs are still being written', async () => {
    const { spans } = await simulate({
      shape,
      mode: 'pipelined',
      concurrency: 16,
      duration: varied,
    });
    const firstWriteEnd = Math.min(...writes(spans).map((s) => s.end));
    const lastGenerateEnd = Math.max(
      ...spans.filter((s) => s.task.type === 'generate').map((s) => s.end),
    );
    const firstVerifyStart = Math.min(...verifies(spans).map((s) => s.start));
    expect(firstVerifyStart).toBe(firstWriteEnd);
    expect(firstVerifyStart).toBeLessThan(lastGenerateEnd);
  });

  it('starts a refinement the moment its parent is verified, not when the generation is', async () => {
    const { spans, scheduler } = await simulate({
      shape,
      mode: 'pipelined',
      concurrency: 16,
      duration: varied,
    });
    const firstRefine = spans.find((s) => s.task.type === 'refine');
    if (firstRefine?.task.type !== 'refine') throw new Error('no refinement ran');
    const parent = firstRefine.task.parents[0];
    const parentVerifiedAt = Math.max(
      ...verifies(spans)
        .filter((s) => s.task.type === 'verify' && s.task.candidateId === parent)
        .map((s) => s.end),
    );
    expect(firstRefine.start).toBe(parentVerifiedAt);
    const gen0VerifiedAt = Math.max(
      ...verifies(spans)
        .filter(
          (s) => s.task.type === 'verify' && scheduler.get(s.task.candidateId).generation === 0,
        )
        .map((s) => s.end),
    );
    expect(firstRefine.start).toBeLessThan(gen0VerifiedAt);
  });

  it('never runs more requests than the concurrency allows, and keeps every slot busy', async () => {
    const run = await simulate({ shape, mode: 'pipelined', concurrency: 3, duration: () => 10 });
    expect(run.peak).toBe(3);
    const total = shape.pool * (shape.iterations + 1) * (1 + shape.verificationsPerProof);
    expect(run.spans).toHaveLength(total);
    // Equal durations, 48 requests over 3 slots: the lower bound is 16 × 10 ms; only the
    // chain at the very end (refine → verify of the last generation) may leave slots idle.
    expect(run.makespan).toBeLessThanOrEqual((total / 3) * 10 + 20);
    expect(run.outcome).toBe('exhausted');
  });

  it('makes the same requests as the batch schedule, and finishes sooner when latencies vary', async () => {
    const pipelined = await simulate({
      shape,
      mode: 'pipelined',
      concurrency: 6,
      duration: varied,
    });
    const batch = await simulate({ shape, mode: 'batch', concurrency: 6, duration: varied });
    expect(pipelined.spans).toHaveLength(batch.spans.length);
    expect(pipelined.makespan).toBeLessThan(batch.makespan);
  });
});

describe('batch-synchronous schedule (the reference harness)', () => {
  it('starts each stage only when the whole previous stage has finished', async () => {
    const { spans, scheduler } = await simulate({
      shape,
      mode: 'batch',
      concurrency: 16,
      duration: varied,
    });
    const gen = (s: Span) =>
      s.task.type === 'verify' ? scheduler.get(s.task.candidateId).generation : -1;
    const lastGenerate = Math.max(
      ...spans.filter((s) => s.task.type === 'generate').map((s) => s.end),
    );
    expect(Math.min(...verifies(spans).map((s) => s.start))).toBe(lastGenerate);
    const lastVerify0 = Math.max(
      ...verifies(spans)
        .filter((s) => gen(s) === 0)
        .map((s) => s.end),
    );
    expect(Math.min(...spans.filter((s) => s.task.type === 'refine').map((s) => s.start))).toBe(
      lastVerify0,
    );
  });
});

describe('stopping and resuming', () => {
  it('stops as soon as one proof passes all its verifications, aborting what is in flight', async () => {
    const run = await simulate({
      shape,
      mode: 'pipelined',
      concurrency: 8,
      duration: varied,
      // Refined proofs pass; the initial pool does not.
      score: (c) => (c.generation > 0 ? 1 : 0),
    });
    expect(run.outcome).toBe('passed');
    const passed = run.scheduler.get(run.scheduler.passedId as string);
    expect(passed.generation).toBe(1);
    expect(passed.verifications.every((v) => v.score === 1)).toBe(true);
    expect(run.spans.some((s) => s.aborted)).toBe(true);
  });

  it('resumes from persisted results without repeating a finished request', async () => {
    const first = await simulate({
      shape,
      mode: 'pipelined',
      concurrency: 4,
      duration: varied,
      stopAt: 35,
    });
    expect(first.outcome).toBe('stopped');
    const finished = first.spans.filter((s) => !s.aborted).length;
    const persisted: CandidateState[] = first.scheduler.pool.map((c) => ({
      ...c,
      verifications: [...c.verifications],
      verifying: 0,
    }));
    const resumed = new SearchScheduler(shape, 'pipelined').restore(persisted);
    const second = await simulate({
      shape,
      mode: 'pipelined',
      concurrency: 4,
      duration: varied,
      scheduler: resumed,
    });
    expect(second.outcome).toBe('exhausted');
    const total = shape.pool * (shape.iterations + 1) * (1 + shape.verificationsPerProof);
    expect(finished + second.spans.length).toBe(total);
    for (const c of resumed.pool) expect(c.verifications).toHaveLength(3);
  });
});

describe('token budget', () => {
  it('launches nothing more once the budget is spent, and lets what runs finish', async () => {
    const { driveSearch } = await import('./driver');
    const scheduler = new SearchScheduler(shape, 'pipelined');
    let launched = 0;
    const outcome = await driveSearch({
      scheduler,
      concurrency: 2,
      signal: new AbortController().signal,
      limitReached: () => launched >= 5,
      execute: async (task) => {
        launched++;
        await Promise.resolve();
        return task.type === 'verify'
          ? { type: 'verify', id: `v${launched}`, score: 0, failed: false }
          : {
              type: 'write',
              id: `c${launched}`,
              ordinal: launched,
              selfScore: null,
              failed: false,
            };
      },
    });
    expect(outcome).toBe('budget');
    expect(launched).toBe(5);
    expect(scheduler.inFlight).toBe(0);
  });
});

describe('parent and analysis choice', () => {
  const cand = (id: string, generation: number, scores: number[]): CandidateState => ({
    id,
    ordinal: Number(id.slice(1)),
    generation,
    parents: [],
    analyses: [],
    selfScore: null,
    failed: false,
    verifications: scores.map((score, i) => ({ id: `${id}v${i}`, score, failed: false })),
    verifying: 0,
  });

  it('refines the best proof not yet refined in that generation, with the analyses that found issues', () => {
    const s = new SearchScheduler({ ...shape, pool: 2, iterations: 1 }, 'batch').restore([
      cand('c1', 0, [0, 0, 0]),
      cand('c2', 0, [1, 0.5, 1]),
    ]);
    const a = s.next();
    const b = s.next();
    expect(a?.type === 'refine' && a.parents).toEqual(['c2']);
    expect(a?.type === 'refine' && a.analyses).toEqual(['c2v1', 'c2v0']);
    expect(b?.type === 'refine' && b.parents).toEqual(['c1']);
    expect(s.next()).toBeNull();
  });

  it('shows several proofs to one refinement when asked', () => {
    const s = new SearchScheduler(
      { ...shape, pool: 1, iterations: 1, proofsPerRefinement: 2 },
      'batch',
    );
    s.restore([cand('c1', 0, [0, 0, 0])]);
    const t = s.next();
    expect(t?.type).toBe('refine');
    expect(t?.type === 'refine' && t.parents).toEqual(['c1']);
  });
});
