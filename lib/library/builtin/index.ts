import type { ProblemInput } from '@/lib/schemas';
import { ALGEBRA } from './algebra';
import { COMBINATORICS } from './combinatorics';
import { GEOMETRY } from './geometry';
import { NUMBER_THEORY } from './number-theory';

/**
 * The problems every new library starts with, so a new user has something to try: classic
 * olympiad problems written in our own words, each with a reference solution and grading
 * guidelines in the IMO-ProofBench style.
 */
export const BUILTIN_PROBLEMS: readonly ProblemInput[] = [
  ...ALGEBRA,
  ...COMBINATORICS,
  ...GEOMETRY,
  ...NUMBER_THEORY,
];
