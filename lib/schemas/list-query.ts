import { z } from 'zod';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/**
 * The query every list takes (issue 20): a free-text search, a direction, and cursor paging.
 * Each list extends it with its own `sort` values and filters, so the four lists (sessions,
 * review queue, library, grades) page the same way. A cursor is opaque to clients: the
 * `nextCursor` of the previous page, passed back as is.
 */
export const listQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  order: z.enum(['asc', 'desc']).optional(),
  cursor: z.string().trim().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

/**
 * What every page answer carries besides its items: where the next page starts, and how many
 * match in all. A search (`q`) lists only the most recent SEARCH_CAP matching sessions, so
 * its `total` counts at most those: `totalCapped` is then true when more sessions match
 * (shown as "1,000+"; more words narrow the search). Without `q`, `total` is exact.
 */
export const pageInfoSchema = z.object({
  nextCursor: z.string().nullable(),
  total: z.number(),
  totalCapped: z.boolean().optional(),
});

/** How many matching sessions a searched list reaches (the most recent ones). */
export const SEARCH_CAP = 1000;
export type PageInfo = z.infer<typeof pageInfoSchema>;

/**
 * A list's first page as the server read it while rendering the list's page (so its rows are
 * in the HTML), and when it read it (the browser's cache counts its age from then).
 */
export type ServerFirstPage<P> = { page: P; readAt: number };
