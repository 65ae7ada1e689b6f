import { getSession } from '@/lib/db';
import { readJson } from '@/lib/http/body';
import { notFound } from '@/lib/http/errors';
import { handle } from '@/lib/http/handle';
import { pipelineSettings, updatePipelineSettings } from '@/lib/runs/pipeline/settings';
import { pipelineSettingsPatchSchema } from '@/lib/schemas';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

/** Samples per Verify, automatic meta-verification, and k of the verdict rule. */
export const GET = handle(async (_req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  if (!(await getSession(id))) throw notFound('Session');
  return Response.json(await pipelineSettings(id));
});

export const PATCH = handle(async (req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  const patch = await readJson(req, pipelineSettingsPatchSchema);
  if (!(await getSession(id))) throw notFound('Session');
  return Response.json(await updatePipelineSettings(id, patch));
});
