/** Runs once when the server starts: crashed runs become `interrupted` before any request. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Each response's head leaves in one write with its body, not in a write of its own.
  const { coalesceResponseHeads } = await import('./lib/http/response-head-coalescing');
  coalesceResponseHeads();
  // A class's readers (a session page, its JSON, its run's events) are answered without
  // Next's per-request machinery; `next dev` keeps Next's own, so edits reload as usual.
  if (process.env.NODE_ENV === 'production' && process.env.PROOFDESK_FAST_ROUTES !== '0') {
    const { installFastRoutes } = await import('./lib/http/fast/install');
    installFastRoutes();
  }
  // A guessable access token is worse than a clear refusal to start.
  const { tokenProblem } = await import('./lib/auth/token');
  const token = process.env.PROOFDESK_AUTH_TOKEN?.trim();
  const problem = token ? tokenProblem(token) : null;
  if (problem) {
    console.error(`[proofdesk] ${problem}`);
    process.exit(1);
  }
  // A database URL that is not a postgres:// URL is refused, not silently replaced by SQLite.
  const { backendProblem } = await import('./lib/db/backend');
  const dbProblem = backendProblem();
  if (dbProblem) {
    console.error(`[proofdesk] ${dbProblem}`);
    process.exit(1);
  }
  // A prompt set with a missing role, an unknown placeholder or parser is refused here,
  // naming the file and line, rather than failing the first run that needs it.
  const { promptSetProblems } = await import('./lib/prompts/set/select');
  const promptProblems = promptSetProblems();
  if (promptProblems.length) {
    console.error(`[proofdesk] prompt set refused:\n  ${promptProblems.join('\n  ')}`);
    process.exit(1);
  }
  const { listenForRunStops, recoverInterruptedRuns } = await import('./lib/runs');
  // On Postgres, Stop pressed on another instance reaches the runs executing here.
  listenForRunStops();
  const count = await recoverInterruptedRuns();
  if (count) console.log(`[proofdesk] marked ${count} run(s) interrupted after a restart`);
  // Several instances on Postgres: renew this one's run leases, take over dead ones' runs,
  // and take queued runs and continuations: after the recovery above has ended this
  // instance's own runs from before a restart, so their leases are never renewed.
  const { joinDeployment } = await import('./lib/instances');
  try {
    if (await joinDeployment())
      console.log('[proofdesk] joined the deployment (run leases, job queue)');
  } catch (err) {
    // Without its job queue this instance could not continue a dead one's work: refuse.
    console.error(`[proofdesk] could not join the deployment: ${(err as Error).message}`);
    process.exit(1);
  }
  // Searches continue from their persisted steps, once their old runs are interrupted.
  const { resumeInterruptedSearches } = await import('./lib/search');
  const resumedSearches = await resumeInterruptedSearches();
  if (resumedSearches) console.log(`[proofdesk] resumed ${resumedSearches} search(es)`);
  // Imported proofs not yet checked (the checker runs after a bulk import) are checked now.
  const { startImportChecks } = await import('./lib/findings/import-checks');
  startImportChecks();
  const { warnIfExposed } = await import('./lib/config/exposure');
  warnIfExposed();
  // Load the streaming path's routes now, not under the first class's 20 runs.
  const { startWarmUp } = await import('./lib/startup/warm-up');
  startWarmUp();
}
