import { listSessions } from '@/lib/db';
import { readJson } from '@/lib/http/body';
import { handle } from '@/lib/http/handle';
import { createSessionSchema, MAX_PROBLEM_BYTES, sessionListQuerySchema } from '@/lib/schemas';
import { createSessionFromInput } from '@/lib/sessions/service';

export const dynamic = 'force-dynamic';

export const GET = handle(async (req: Request) => {
  const params = new URL(req.url).searchParams;
  const query = sessionListQuerySchema.parse({
    q: params.get('q') ?? undefined,
    state: params.get('state') ?? undefined,
    sort: params.get('sort') ?? undefined,
  });
  return Response.json({ sessions: await listSessions(query) });
});

export const POST = handle(async (req: Request) => {
  const input = await readJson(req, createSessionSchema, MAX_PROBLEM_BYTES + 10_000);
  const id = await createSessionFromInput(input);
  return Response.json({ id }, { status: 201 });
});
