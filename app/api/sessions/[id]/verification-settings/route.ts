import { getSession } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { readJson } from '@/lib/http/body';
import { handle } from '@/lib/http/handle';
import { verificationSettingsPatchSchema } from '@/lib/schemas';
import { updateVerificationSettings, verificationSettings } from '@/lib/verification/settings';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

/** Samples per Verify, automatic meta-verification, and k of the verdict rule. */
export const GET = handle(async (_req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  if (!(await getSession(id))) throw notFound('Session');
  return Response.json(await verificationSettings(id));
});

export const PATCH = handle(async (req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  const patch = await readJson(req, verificationSettingsPatchSchema);
  if (!(await getSession(id))) throw notFound('Session');
  return Response.json(await updateVerificationSettings(id, patch));
});
