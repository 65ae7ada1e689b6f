import 'server-only';
import { restoreSession } from '@/lib/db';
import { AppError, tooLarge } from '@/lib/errors';
import {
  byteLength,
  MAX_PROBLEM_BYTES,
  MAX_PROOF_BYTES,
  type SessionExport,
  sessionExportSchema,
} from '@/lib/schemas';

/**
 * A JSON export → a new session with the same rounds, findings, decisions, runs and grades.
 * The same size limits as typing hold, so an import cannot smuggle in what a form refuses.
 */
export async function importSessionJson(value: unknown): Promise<string> {
  const data: SessionExport = sessionExportSchema.parse(value);
  if (byteLength(data.session.problem) > MAX_PROBLEM_BYTES)
    throw tooLarge(MAX_PROBLEM_BYTES, 'The problem');
  const indexes = new Set<number>();
  for (const r of data.rounds) {
    if (byteLength(r.proof) > MAX_PROOF_BYTES)
      throw tooLarge(MAX_PROOF_BYTES, `Round ${r.index}'s proof`);
    if (indexes.has(r.index)) throw new AppError('bad_request', `Round ${r.index} appears twice.`);
    indexes.add(r.index);
  }
  return restoreSession(data);
}
