import { ModelConfigError, roleConfig } from '@/lib/config/models';
import { AppError } from '@/lib/errors';
import { readJson } from '@/lib/http/body';
import { handle } from '@/lib/http/handle';
import { testConnection } from '@/lib/model/client';
import { connectionTestRequestSchema } from '@/lib/schemas';

export const dynamic = 'force-dynamic';

/** Tries the configured endpoint of one role; the request names a role, never a URL. */
export const POST = handle(async (req: Request) => {
  const { role } = await readJson(req, connectionTestRequestSchema);
  let config: ReturnType<typeof roleConfig>;
  try {
    config = roleConfig(role);
  } catch (err) {
    if (err instanceof ModelConfigError) throw new AppError('model_not_configured', err.message);
    throw err;
  }
  return Response.json(await testConnection(config));
});
