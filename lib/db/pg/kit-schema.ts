/**
 * What drizzle-kit reads to generate the Postgres migrations (`npm run db:generate:pg`): it
 * looks for tables among a module's exports, and the derived tables have no names of their
 * own in the source, so they are exported by their SQL names here.
 */
import { pgTables } from './schema';

module.exports = Object.fromEntries(pgTables);
