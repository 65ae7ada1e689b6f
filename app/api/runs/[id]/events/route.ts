import { getRun } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { handle } from '@/lib/http/handle';
import { nothingMoreToStream, runEventStream } from '@/lib/runs';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

/** SSE: replays from `Last-Event-ID` (or the start), then follows the run live. */
export const GET = handle(async (req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  const run = await getRun(id, false); // no text needed
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
