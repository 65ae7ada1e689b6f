import { readJson } from '@/lib/http/body';
import { handle } from '@/lib/http/handle';
import { startRun } from '@/lib/runs';
import { createRunSchema } from '@/lib/schemas';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

export const POST = handle(async (req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  const input = await readJson(req, createRunSchema);
  const run = await startRun(id, input);
  return Response.json({ runId: run.id, roundId: run.roundId }, { status: 202 });
});
