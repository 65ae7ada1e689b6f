import 'server-only';
import { getSessionPromptText } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import type { PromptText } from '@/lib/schemas';

/** The messages stored under a hash, only if a run of this session sent them. */
export async function sessionPromptText(sessionId: string, hash: string): Promise<PromptText> {
  if (!/^[0-9a-f]{64}$/.test(hash)) throw new AppError('bad_request', 'Not a prompt hash.');
  const messages = await getSessionPromptText(sessionId, hash);
  if (!messages) throw notFound('Prompt');
  return { hash, messages };
}
