import { describe, expect, it } from 'vitest';
import { toFtsQuery, toTsQuery } from './fts-query';

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

describe('toTsQuery', () => {
  it('ANDs the same words as prefix lexemes, passing no tsquery syntax through', () => {
    expect(toTsQuery('tangent chord')).toBe("'tangent':* & 'chord':*");
    expect(toTsQuery("\\frac{a} !x | 'y' <-> z:*")).toBe(
      "'frac':* & 'a':* & 'x':* & 'y':* & 'z':*",
    );
    expect(toTsQuery('  %$ ')).toBeNull();
  });
});
