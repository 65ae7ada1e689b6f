import 'server-only';
import { loginIdOf } from './guard';
import { authorOf } from './logins';
import { configuredToken } from './token';

/** The author of what a request writes (a reply): null while sign-in is off. */
export function requestAuthor(req: Request): string | null {
  return authorOf(req, loginIdOf(req), configuredToken() ?? undefined);
}
