/** Runs once when the server starts: crashed runs become `interrupted` before any request. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { recoverInterruptedRuns } = await import('./lib/runs/recover');
  const count = await recoverInterruptedRuns();
  if (count) console.log(`[proofdesk] marked ${count} run(s) interrupted after a restart`);
  // Searches continue from their persisted steps (issue 5).
  const { recoverPipelines } = await import('./lib/runs/pipeline/recover');
  const { resumedSearches } = await recoverPipelines();
  if (resumedSearches) console.log(`[proofdesk] resumed ${resumedSearches} search(es)`);
  const { warnIfExposed } = await import('./lib/config/exposure');
  warnIfExposed();
}
