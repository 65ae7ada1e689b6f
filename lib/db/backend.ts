import 'server-only';

/**
 * Which database the app uses: Postgres when PROOFDESK_DATABASE_URL is a postgres:// URL,
 * otherwise the SQLite file (PROOFDESK_DB), as in the two-command path.
 */
export type Backend = { kind: 'sqlite' } | { kind: 'postgres'; url: string };

export function selectedBackend(env: NodeJS.ProcessEnv = process.env): Backend {
  const url = env.PROOFDESK_DATABASE_URL?.trim();
  if (!url) return { kind: 'sqlite' };
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres', url };
  throw new Error(
    `PROOFDESK_DATABASE_URL must be a postgres:// URL (got "${url.split(':')[0]}:..."); unset it to use SQLite.`,
  );
}
