import { MODEL_ROLES, publicRoleConfig } from '@/lib/config/models';
import { handle } from '@/lib/http/handle';

export const dynamic = 'force-dynamic';

/** Models per role, with the endpoint's host only: never the key or full URL. */
export const GET = handle(async () => Response.json({ roles: MODEL_ROLES.map(publicRoleConfig) }));
