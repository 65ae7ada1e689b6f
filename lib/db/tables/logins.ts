import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Browser sign-ins while PROOFDESK_AUTH_TOKEN is set. The cookie holds a random id; only
 * its SHA-256 is stored, so a copy of the database signs nobody in. `tokenTag` ties a login
 * to the token it was made with: changing the token signs every browser out.
 */
export const logins = sqliteTable(
  'logins',
  {
    idHash: text('id_hash').primaryKey(),
    tokenTag: text('token_tag').notNull(),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
  },
  (t) => [index('logins_expires_idx').on(t.expiresAt)],
);
