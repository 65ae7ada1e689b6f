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

  it('serves from Postgres, and refuses only a URL that is not one, without its password', () => {
    expect(backendProblem({})).toBeNull();
    expect(backendProblem({ PROOFDESK_DATABASE_URL: 'postgresql://h/db' })).toBeNull();
    const typo = backendProblem({ PROOFDESK_DATABASE_URL: 'postgress://u:secret@h/db' });
    expect(typo).toMatch(/must be a postgres:\/\/ URL/);
    expect(typo).not.toMatch(/secret/);
  });
});
