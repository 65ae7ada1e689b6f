import { listSessions } from '@/lib/db';
import { readJson } from '@/lib/http/body';
import { handle } from '@/lib/http/handle';
import { createSessionSchema, MAX_PROBLEM_BYTES } from '@/lib/schemas';
import { createSessionFromInput } from '@/lib/sessions/service';

export const dynamic = 'force-dynamic';

export const GET = handle(async () => Response.json({ sessions: await listSessions() }));

export const POST = handle(async (req: Request) => {
  const input = await readJson(req, createSessionSchema, MAX_PROBLEM_BYTES + 10_000);
  const id = await createSessionFromInput(input);
  return Response.json({ id }, { status: 201 });
});
