import { describe, expect, it } from 'vitest';
import { toFtsQuery } from './fts-query';

describe('toFtsQuery', () => {
  it('ANDs the words, each as a word prefix', () => {
    expect(toFtsQuery('tangent chord')).toBe('"tangent"* "chord"*');
  });

  it('reads LaTeX source as its words and never passes FTS5 syntax through', () => {
    expect(toFtsQuery('\\frac{a}{b}')).toBe('"frac"* "a"* "b"*');
    expect(toFtsQuery('NEAR(x y) -z "q" col:w')).toBe('"NEAR"* "x"* "y"* "z"* "q"* "col"* "w"*');
  });

  it('is null when nothing searchable was typed', () => {
    expect(toFtsQuery('  %$ ')).toBeNull();
  });
});
