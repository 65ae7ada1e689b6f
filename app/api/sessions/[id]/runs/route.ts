import { readJson } from '@/lib/http/body';
import { handle } from '@/lib/http/handle';
import { createRunSchema } from '@/lib/schemas';
import { startSessionRun } from '@/lib/sessions/start-run';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

export const POST = handle(async (req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  const input = await readJson(req, createRunSchema);
  const run = await startSessionRun(id, input);
  return Response.json({ runId: run.id, roundId: run.roundId }, { status: 202 });
});
