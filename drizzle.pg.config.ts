import { defineConfig } from 'drizzle-kit';

/** The Postgres backend's migrations, generated from the tables derived in lib/db/pg/schema.ts. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './lib/db/pg/kit-schema.ts',
  out: './lib/db/pg/migrations',
});
