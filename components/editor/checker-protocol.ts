import type { CheckerResult } from '@/lib/schemas';

export type CheckRequest = { id: number; proof: string };
export type CheckResponse = { id: number; result?: CheckerResult; error?: string };
