import 'server-only';

// The selection lives outside lib/db (lib/database-backend.ts) so that lib/model's limiter,
// which lib/db's queries depend on for types, can ask it without an import cycle.
export { type Backend, backendProblem, selectedBackend } from '../database-backend';
