import 'server-only';
import { type SQL, sql } from 'drizzle-orm';

/** Escapes LIKE wildcards so a search for "50%" matches the text "50%". */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** A session whose title or problem holds `q` (the lists' `q`, alias `s` for sessions). */
export function titleOrProblemLike(q: string): SQL {
  const p = likePattern(q);
  return sql`(s.title like ${p} escape '\\' or s.problem like ${p} escape '\\')`;
}
