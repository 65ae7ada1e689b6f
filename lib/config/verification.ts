import 'server-only';

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
