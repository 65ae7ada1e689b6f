import { pickAnalyses, pickParents, rankCandidates } from './select';
import type { CandidateState, ScheduleMode, SearchShape, Task, TaskResult } from './types';

type Status = 'running' | 'passed';

/**
 * Decides which model request of a proof search runs next. Pipelined: a proof is verified
 * as soon as it is written, and each finished proof (written and verified, or failed) of
 * generation g−1 releases one refinement of generation g at once, taking the best proofs
 * available then. Batch: the same requests, but each stage (write g, verify g) starts only
 * when the previous one has finished entirely. The pool is rebuilt from persisted results
 * after a restart (`restore`); tasks that were in flight then are simply handed out again.
 */
export class SearchScheduler {
  readonly pool: CandidateState[] = [];
  private readonly byId = new Map<string, CandidateState>();
  private readonly writing = new Map<number, number>();
  /** Per generation: proofs written (failed ones too) and proofs finished (verified or failed). */
  private readonly writtenIn = new Map<number, number>();
  private readonly finishedIn = new Map<number, number>();
  private readonly usedPrimary = new Map<number, Set<string>>();
  private nextKey = 1;
  inFlight = 0;
  status: Status = 'running';
  passedId: string | null = null;

  constructor(
    readonly shape: SearchShape,
    readonly mode: ScheduleMode = 'pipelined',
  ) {}

  /** Rebuilds the pool from persisted candidates (with their verifications), oldest first. */
  restore(candidates: CandidateState[]): this {
    for (const c of [...candidates].sort((a, b) => a.ordinal - b.ordinal)) {
      this.add({ ...c, verifying: 0 });
      if (c.generation > 0 && c.parents[0]) this.used(c.generation).add(c.parents[0]);
      this.checkPass(c);
    }
    return this;
  }

  next(): Task | null {
    if (this.status !== 'running') return null;
    const task = this.mode === 'batch' ? this.nextBatch() : this.nextPipelined();
    if (task) this.inFlight++;
    return task;
  }

  /** Records a finished request. */
  complete(task: Task, result: TaskResult): void {
    this.inFlight--;
    if (task.type === 'verify' && result.type === 'verify') {
      const c = this.get(task.candidateId);
      c.verifying--;
      c.verifications.push({ id: result.id, score: result.score, failed: result.failed });
      if (c.verifications.length === this.shape.verificationsPerProof)
        this.bump(this.finishedIn, c);
      this.checkPass(c);
    } else if (task.type !== 'verify' && result.type === 'write') {
      this.writing.set(task.generation, this.writingCount(task.generation) - 1);
      this.add({
        id: result.id,
        ordinal: result.ordinal,
        generation: task.generation,
        parents: task.type === 'refine' ? task.parents : [],
        analyses: task.type === 'refine' ? task.analyses : [],
        selfScore: result.selfScore,
        failed: result.failed,
        verifications: [],
        verifying: 0,
      });
    } else {
      throw new Error(`result ${result.type} does not answer task ${task.type}`);
    }
  }

  /** A request that did not finish (stopped, server going away): it will be handed out again. */
  release(task: Task): void {
    this.inFlight--;
    if (task.type === 'verify') this.get(task.candidateId).verifying--;
    else {
      this.writing.set(task.generation, this.writingCount(task.generation) - 1);
      if (task.type === 'refine') this.used(task.generation).delete(task.parents[0]);
    }
  }

  /** Requests not yet finished (including those in flight), for progress and ETA. */
  remaining(): number {
    const { pool, iterations, verificationsPerProof: v } = this.shape;
    let writes = 0;
    for (let g = 0; g <= iterations; g++) writes += Math.max(0, pool - this.written(g));
    let verifications = writes * v;
    for (const c of this.pool) {
      if (!c.failed) verifications += Math.max(0, v - c.verifications.length);
    }
    return writes + verifications;
  }

  best(): CandidateState | null {
    return rankCandidates(this.pool.filter((c) => !c.failed && c.verifications.length))[0] ?? null;
  }

  get(id: string): CandidateState {
    const c = this.byId.get(id);
    if (!c) throw new Error(`unknown candidate ${id}`);
    return c;
  }

  private add(c: CandidateState): void {
    this.pool.push(c);
    this.byId.set(c.id, c);
    this.bump(this.writtenIn, c);
    if (this.finished(c)) this.bump(this.finishedIn, c);
  }

  private bump(counts: Map<number, number>, c: CandidateState): void {
    counts.set(c.generation, (counts.get(c.generation) ?? 0) + 1);
  }

  private checkPass(c: CandidateState): void {
    const v = this.shape.verificationsPerProof;
    if (c.failed || c.verifications.length < v || this.status === 'passed') return;
    if (c.verifications.every((x) => !x.failed && x.score === 1)) {
      this.status = 'passed';
      this.passedId = c.id;
    }
  }

  private writingCount(g: number): number {
    return this.writing.get(g) ?? 0;
  }

  private used(g: number): Set<string> {
    const set = this.usedPrimary.get(g) ?? new Set<string>();
    this.usedPrimary.set(g, set);
    return set;
  }

  private written(g: number): number {
    return this.writtenIn.get(g) ?? 0;
  }

  private finished(c: CandidateState): boolean {
    return c.failed || c.verifications.length >= this.shape.verificationsPerProof;
  }

  private verifiedPool(): CandidateState[] {
    return this.pool.filter((c) => !c.failed && this.finished(c));
  }

  /**
   * The batch order (write 0, verify 0, write 1, …) without its barriers: the earliest stage
   * with work ready goes first. Earlier stages have the longest chains of work after them,
   * so the last generation's verifications (which unlock nothing) fill the gaps at the end.
   */
  private nextPipelined(): Task | null {
    for (let g = 0; g <= this.shape.iterations; g++) {
      if (g === 0) {
        const task = this.generate();
        if (task) return task;
      } else {
        const released = this.finishedIn.get(g - 1) ?? 0;
        if (released - this.written(g) - this.writingCount(g) > 0) {
          const task = this.refine(g);
          if (task) return task;
        }
      }
      const task = this.verify(g);
      if (task) return task;
    }
    return null;
  }

  /** Stages in order: write 0, verify 0, write 1, verify 1, …; only the first unfinished one runs. */
  private nextBatch(): Task | null {
    for (let g = 0; g <= this.shape.iterations; g++) {
      if (this.written(g) < this.shape.pool) {
        if (g === 0) return this.generate();
        if (this.shape.pool - this.written(g) - this.writingCount(g) <= 0) return null;
        return this.refine(g);
      }
      if ((this.finishedIn.get(g) ?? 0) < this.written(g)) return this.verify(g);
    }
    return null;
  }

  private generate(): Task | null {
    if (this.written(0) + this.writingCount(0) >= this.shape.pool) return null;
    this.writing.set(0, this.writingCount(0) + 1);
    return { key: this.nextKey++, type: 'generate', generation: 0 };
  }

  /** A verification of generation g, finishing one proof's before starting the next's. */
  private verify(g: number): Task | null {
    if ((this.finishedIn.get(g) ?? 0) >= this.written(g)) return null;
    const pick = this.pool.find(
      (c) =>
        c.generation === g &&
        !c.failed &&
        c.verifications.length + c.verifying < this.shape.verificationsPerProof,
    );
    if (!pick) return null;
    pick.verifying++;
    return { key: this.nextKey++, type: 'verify', candidateId: pick.id };
  }

  private refine(g: number): Task | null {
    const parents = pickParents(
      this.verifiedPool(),
      g,
      this.used(g),
      this.shape.proofsPerRefinement,
    );
    if (!parents) return null;
    this.used(g).add(parents[0].id);
    this.writing.set(g, this.writingCount(g) + 1);
    return {
      key: this.nextKey++,
      type: 'refine',
      generation: g,
      parents: parents.map((p) => p.id),
      analyses: parents.flatMap((p) => pickAnalyses(p, this.shape.analysesPerRefinement)),
    };
  }
}
