import 'server-only';
import { getPg } from '../pg/handle';

/**
 * Postgres's data generation: the count pg migration 0009 moves at the commit of every
 * transaction that wrote what a page shows, whichever instance wrote it. A statement reads
 * only committed values, and the count only grows, so a value read here is never ahead of
 * the data a later statement sees: read it before and after a read of the data, and equal
 * values mean the data is exactly that generation's.
 */
const query = {
  name: 'proofdesk_data_generation',
  text: 'SELECT sum(gen)::text AS gen FROM data_generation',
};

export async function pgDataGeneration(url: string): Promise<string> {
  const db = await getPg(url);
  const { rows } = await db.$client.query<{ gen: string }>(query);
  return `pg.${rows[0]?.gen ?? 'none'}`;
}
