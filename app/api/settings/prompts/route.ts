import { handle } from '@/lib/http/handle';
import { promptSettings } from '@/lib/prompts/set/public-view';

export const dynamic = 'force-dynamic';

/** Each role's prompt set: its name, parser, hash and templates (read-only); never its path. */
export const GET = handle(async () => Response.json(promptSettings()));
