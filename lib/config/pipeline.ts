import 'server-only';
import type { ModelRole } from '@/lib/model/types';

function intIn(raw: string | undefined, min: number, max: number, fallback: number): number {
  const n = Number(raw);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

/** Samples per Verify when the session has not chosen: `PROOFDESK_VERIFY_SAMPLES`, default 1. */
export function defaultVerifySamples(
  env: Record<string, string | undefined> = process.env,
): number {
  return intIn(env.PROOFDESK_VERIFY_SAMPLES, 1, 64, 1);
}

/** The paper's k: confirmed analyses needed for a verdict below 1. Default 1. */
export function defaultMinConfirmed(env: Record<string, string | undefined> = process.env): number {
  return intIn(env.PROOFDESK_VERDICT_MIN_CONFIRMED, 1, 64, 1);
}

const ROLE_ENV: Record<ModelRole, string> = {
  generator: 'GENERATOR',
  verifier: 'VERIFIER',
  'meta-verifier': 'META_VERIFIER',
  grader: 'GRADER',
};

export type Price = { input: number; output: number };

/**
 * Price per million tokens of a role's model, from `PROOFDESK_PRICE_<ROLE>_INPUT` and
 * `_OUTPUT` (reasoning tokens are output tokens). Null when the user set none.
 */
export function rolePrice(
  role: ModelRole,
  env: Record<string, string | undefined> = process.env,
): Price | null {
  const p = `PROOFDESK_PRICE_${ROLE_ENV[role]}`;
  const input = Number(env[`${p}_INPUT`]);
  const output = Number(env[`${p}_OUTPUT`]);
  const has = (v: string | undefined) => v !== undefined && v.trim() !== '';
  if (!has(env[`${p}_INPUT`]) && !has(env[`${p}_OUTPUT`])) return null;
  return {
    input: Number.isFinite(input) && input >= 0 ? input : 0,
    output: Number.isFinite(output) && output >= 0 ? output : 0,
  };
}
