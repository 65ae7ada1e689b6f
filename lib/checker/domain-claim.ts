import type { Definitions } from './defined-symbols';
import { withDefinedSymbols } from './defined-symbols';
import { type Expr, usesUnknownFunction } from './expr';
import { expandDefinitions, type FunctionDefinitions } from './function-definitions';
import type { RelationOp } from './relations';
import type { SampleVerdict } from './sample';
import { sampleOnDomain } from './sample-domain';
import type { StatedDomain } from './stated-domain';

const SIGNS: ReadonlySet<RelationOp> = new Set(['=', '<', '<=', '>', '>=']);

/**
 * A relation in a sentence that states "for every x in D": judged at values inside D, with
 * the functions and symbols the text defined put in ("f(x) = \\frac{x}{1-x}" … "\\(f(x) \\ge
 * \\frac{3x}{2}\\) for every \\(x \\in (0, 1)\\)"). Null when it is no such claim: a value
 * ("x = 1"), a sign it cannot sample, or symbols the domains do not cover.
 */
export function judgeOnStatedDomain(
  lhs: Expr,
  rhs: Expr,
  op: RelationOp,
  domains: readonly StatedDomain[],
  functions: FunctionDefinitions,
  definitions: Definitions,
  seedText: string,
): (SampleVerdict & { given?: string }) | null {
  const atom = (e: Expr) => e.k === 'sym' || e.k === 'num' || e.k === 'const';
  // "x = 1" is a value, "x > 0" a domain: neither a claim to sample.
  if (!SIGNS.has(op) || domains.length === 0 || (atom(lhs) && atom(rhs))) return null;
  if (op === '=' && (lhs.k === 'sym' || rhs.k === 'sym')) return null;
  // Put in even where the relation reads like a definition: "f(x) \\ge …" defines nothing.
  const usedFunctions = new Set<string>();
  const fl = expandDefinitions(lhs, functions, usedFunctions);
  const fr = expandDefinitions(rhs, functions, usedFunctions);
  const withSymbols = withDefinedSymbols(fl, fr, definitions);
  const [l, r] = withSymbols ? [withSymbols.l, withSymbols.r] : [fl, fr];
  // A function the text never defined is no number at a sample: "P(y) = P(-y)" is its property.
  if (usesUnknownFunction(l, r)) return null;
  const v = sampleOnDomain(l, r, op, domains, seedText);
  if (!v) return null;
  const given = [...usedFunctions, ...(withSymbols?.used ?? [])].join(', ');
  return given ? { ...v, given } : v;
}
