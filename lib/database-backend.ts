import 'server-only';

/**
 * Which database the app uses: Postgres when PROOFDESK_DATABASE_URL is a postgres:// URL,
 * otherwise the SQLite file (PROOFDESK_DB), as in the two-command path.
 */
export type Backend = { kind: 'sqlite' } | { kind: 'postgres'; url: string };

export function selectedBackend(env: Partial<Record<string, string>> = process.env): Backend {
  const url = env.PROOFDESK_DATABASE_URL?.trim();
  if (!url) return { kind: 'sqlite' };
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres', url };
  throw new Error(
    `PROOFDESK_DATABASE_URL must be a postgres:// URL (got "${url.split(':')[0]}:..."); unset it to use SQLite.`,
  );
}

/** Why the server cannot start on the selected database (a malformed URL), or null when it can. */
export function backendProblem(env: Partial<Record<string, string>> = process.env): string | null {
  try {
    selectedBackend(env);
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}
