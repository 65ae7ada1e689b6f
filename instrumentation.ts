/** Runs once when the server starts: crashed runs become `interrupted` before any request. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // A guessable access token is worse than a clear refusal to start.
  const { tokenProblem } = await import('./lib/auth/token');
  const token = process.env.PROOFDESK_AUTH_TOKEN?.trim();
  const problem = token ? tokenProblem(token) : null;
  if (problem) {
    console.error(`[proofdesk] ${problem}`);
    process.exit(1);
  }
  const { recoverInterruptedRuns } = await import('./lib/runs');
  const count = await recoverInterruptedRuns();
  if (count) console.log(`[proofdesk] marked ${count} run(s) interrupted after a restart`);
  // Searches continue from their persisted steps, once their old runs are interrupted.
  const { resumeInterruptedSearches } = await import('./lib/search');
  const resumedSearches = await resumeInterruptedSearches();
  if (resumedSearches) console.log(`[proofdesk] resumed ${resumedSearches} search(es)`);
  const { warnIfExposed } = await import('./lib/config/exposure');
  warnIfExposed();
  // Load the streaming path's routes now, not under the first class's 20 runs.
  const { startWarmUp } = await import('./lib/startup/warm-up');
  startWarmUp();
}
