import { describe, expect, it } from 'vitest';
import { backendProblem, selectedBackend } from './backend';

describe('the database backend', () => {
  it('is SQLite unless PROOFDESK_DATABASE_URL names Postgres', () => {
    expect(selectedBackend({})).toEqual({ kind: 'sqlite' });
    expect(selectedBackend({ PROOFDESK_DATABASE_URL: ' ' })).toEqual({ kind: 'sqlite' });
    expect(selectedBackend({ PROOFDESK_DATABASE_URL: 'postgres://u@h/db' })).toEqual({
      kind: 'postgres',
      url: 'postgres://u@h/db',
    });
    expect(() => selectedBackend({ PROOFDESK_DATABASE_URL: 'mysql://u:secret@h/db' })).toThrow(
      /must be a postgres:\/\/ URL \(got "mysql:\.\.\."\)/,
    );
  });

  it('refuses to serve from Postgres until the query layer runs there, saying why', () => {
    expect(backendProblem({})).toBeNull();
    expect(backendProblem({ PROOFDESK_DATABASE_URL: 'postgresql://h/db' })).toMatch(
      /cannot serve from Postgres yet.*Unset PROOFDESK_DATABASE_URL/,
    );
    // A typo'd URL never shows its password.
    expect(backendProblem({ PROOFDESK_DATABASE_URL: 'postgress://u:secret@h/db' })).not.toMatch(
      /secret/,
    );
  });
});
