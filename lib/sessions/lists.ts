import 'server-only';
import { listSessions } from '@/lib/db';
import { readFirstPage } from '@/lib/pages/first-page';
import { HOME_LIST_QUERY, type ServerFirstPage, type SessionList } from '@/lib/schemas';

/** The first page of Home's list as it first opens, for the page's HTML. */
export function homeFirstPage(): Promise<ServerFirstPage<SessionList> | null> {
  return readFirstPage('home', () => listSessions(HOME_LIST_QUERY));
}
