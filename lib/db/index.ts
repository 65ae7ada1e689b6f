import 'server-only';

/**
 * The one door to persistence. Callers import from `@/lib/db` only; every function is
 * async so a Postgres backend can replace the SQLite one without touching them.
 */
export { closeDb, databasePath } from './client';
export * from './queries/findings';
export * from './queries/rounds';
export * from './queries/runs';
export * from './queries/sessions';
