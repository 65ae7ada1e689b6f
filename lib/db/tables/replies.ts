import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { findings } from './core';

/**
 * A short thread under a finding (issue 15): what the person (or a colleague) answered, and
 * the decision the reply set, if it set one. Deleted with its finding.
 */
export const findingReplies = sqliteTable(
  'finding_replies',
  {
    id: text('id').primaryKey(),
    findingId: text('finding_id')
      .notNull()
      .references(() => findings.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    /** Who wrote it when sign-in is on (a tag of the login), null otherwise. */
    author: text('author'),
    /** The decision this reply set on the finding (e.g. "accept after discussion"). */
    decision: text('decision'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('finding_replies_finding').on(t.findingId)],
);
