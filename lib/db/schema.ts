/**
 * Every table, one file per area in `tables/`. Drizzle generates the SQL migrations from
 * those files (`npm run db:generate`), so a Postgres twin can follow the same model.
 */

export * from './tables/checker';
export * from './tables/core';
export * from './tables/library';
export * from './tables/logins';
export * from './tables/model-calls';
export * from './tables/parts';
export * from './tables/prompts';
export * from './tables/replies';
export * from './tables/run-leases';
export * from './tables/search';
export * from './tables/verification';
export * from './tables/verification-settings';
