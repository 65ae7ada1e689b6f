import 'server-only';
import net from 'node:net';

/**
 * The servers this process listens with. `next start` binds its server before
 * instrumentation runs and hands it to no one, so the process's active handles are the only
 * way to reach it (exposure.ts reads its address; lib/http/fast takes its requests).
 */
export function listeningServers(): net.Server[] {
  const handles =
    (process as unknown as { _getActiveHandles?: () => unknown[] })._getActiveHandles?.() ?? [];
  return handles.filter((h): h is net.Server => h instanceof net.Server && h.listening);
}
