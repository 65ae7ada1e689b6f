import 'server-only';
import { getRunStatus } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { handle } from '@/lib/http/handle';
import { nothingMoreToStream, runEventStream } from '@/lib/runs';

/**
 * GET /api/runs/:id/events — SSE: replays from `Last-Event-ID` (or `?after=`, or the start),
 * then follows the run live. Answered by the app's route file and by the fast path alike.
 */
export const runEventsResponse = handle(async (req: Request, id: string) => {
  const run = await getRunStatus(id);
  if (!run) throw notFound('Run');
  const header = req.headers.get('last-event-id') ?? new URL(req.url).searchParams.get('after');
  const after = Math.max(0, Number.parseInt(header ?? '0', 10) || 0);
  // A finished run with nothing new: 204 tells EventSource to stop reconnecting.
  if (await nothingMoreToStream(run, after)) return new Response(null, { status: 204 });
  return new Response(runEventStream(id, after, req.signal), {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      'X-Accel-Buffering': 'no',
    },
  });
});
