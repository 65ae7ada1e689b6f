import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './lib/db/tables/*.ts',
  out: './lib/db/migrations',
});
