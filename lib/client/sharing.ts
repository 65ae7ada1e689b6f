import type { Share, ShareList } from '@/lib/schemas';
import { enc, type ReadOptions, type Send } from './request';

/** Read-only share links to a session. */
export const sharingApi = (send: Send) => ({
  list: (sessionId: string, o: ReadOptions = {}) =>
    send<ShareList>(`/api/sessions/${enc(sessionId)}/share`, o),
  create: (sessionId: string) =>
    send<Share>(`/api/sessions/${enc(sessionId)}/share`, { method: 'POST' }),
  /** The link's page answers 404 from now on. */
  revoke: (token: string) => send<null>(`/api/shares/${enc(token)}`, { method: 'DELETE' }),
});
