import 'server-only';
import type { ModelRole } from '@/lib/model/types';

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
