import { handle } from '@/lib/http/handle';
import { sessionPromptText } from '@/lib/sessions/prompt-text';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string; hash: string }> };

/** The exact messages a run of this session sent, by their hash (full text on demand). */
export const GET = handle(async (_req: Request, ctx: Ctx) => {
  const { id, hash } = await ctx.params;
  return Response.json(await sessionPromptText(id, hash));
});
