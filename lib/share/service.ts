import 'server-only';
import { createShare, deleteShare, getSession, getShare, listShares } from '@/lib/db';
import { notFound } from '@/lib/errors';
import type { ReadOnlyView } from '@/lib/proof-view/read-only-view';
import { type Share, shareTokenSchema } from '@/lib/schemas';
import { readOnlyView } from '@/lib/session-file/session-data';

const shareUrl = (token: string) => `/s/${token}`;

export async function shareSession(sessionId: string): Promise<Share> {
  if (!(await getSession(sessionId))) throw notFound('Session');
  const row = await createShare(sessionId);
  return { token: row.token, url: shareUrl(row.token), createdAt: row.createdAt };
}

export async function sessionShares(sessionId: string): Promise<Share[]> {
  if (!(await getSession(sessionId))) throw notFound('Session');
  return (await listShares(sessionId)).map((r) => ({
    token: r.token,
    url: shareUrl(r.token),
    createdAt: r.createdAt,
  }));
}

export async function revokeShare(token: string): Promise<void> {
  if (!shareTokenSchema.safeParse(token).success || !(await deleteShare(token))) {
    throw notFound('Share link');
  }
}

/** The session behind a live share link, as read-only data; null for unknown or revoked. */
export async function sharedReadOnlyView(token: string): Promise<ReadOnlyView | null> {
  if (!shareTokenSchema.safeParse(token).success) return null;
  const share = await getShare(token);
  if (!share) return null;
  return (await readOnlyView(share.sessionId)) ?? null;
}
