/**
 * The pure core of high-compute proof search: what the scheduler knows about the pool and
 * the tasks it hands out. No I/O here, so the scheduling can be tested with a fake clock.
 */
export type SearchShape = {
  pool: number;
  verificationsPerProof: number;
  analysesPerRefinement: number;
  proofsPerRefinement: number;
  iterations: number;
};

/** Pipelined (ours) or batch-synchronous (each stage waits for the whole batch, as the paper's harness). */
export type ScheduleMode = 'pipelined' | 'batch';

export type VerificationState = { id: string; score: number | null; failed: boolean };

export type CandidateState = {
  id: string;
  ordinal: number;
  /** 0 for the initial pool; a refinement is one more than the generation it was made for. */
  generation: number;
  parents: string[];
  analyses: string[];
  selfScore: number | null;
  failed: boolean;
  verifications: VerificationState[];
  /** Verifications in flight. */
  verifying: number;
};

export type Task =
  | { key: number; type: 'generate'; generation: 0 }
  | { key: number; type: 'verify'; candidateId: string }
  | { key: number; type: 'refine'; generation: number; parents: string[]; analyses: string[] };

/** What a finished request added to the pool (failed = the model call failed for good). */
export type TaskResult =
  | { type: 'write'; id: string; ordinal: number; selfScore: number | null; failed: boolean }
  | { type: 'verify'; id: string; score: number | null; failed: boolean };

export type Clock = { now(): number };
