import 'server-only';
import { restoreSession } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { type SessionExport, sessionExportSchema } from '@/lib/schemas';
import { checkSessionExport } from './check-export';

/**
 * A JSON export → a new session with the same rounds, findings, decisions, runs and grades.
 * All or nothing: the same size limits as typing hold (an import cannot smuggle in what a
 * form refuses), and every problem with the file is named before anything is stored.
 */
export async function importSessionJson(value: unknown): Promise<string> {
  const data: SessionExport = sessionExportSchema.parse(value);
  const problems = checkSessionExport(data);
  if (problems.length) {
    const shown = problems.slice(0, 5).join('; ');
    const more = problems.length > 5 ? `; and ${problems.length - 5} more` : '';
    throw new AppError('bad_request', `Nothing was imported: ${shown}${more}.`);
  }
  return restoreSession(data);
}
