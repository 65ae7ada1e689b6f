import type { Expr } from './expr';

/** Arguments of the unknown functions in `e` ("f(x + y)" gives x + y): values a step may have put in. */
export function applicationArguments(e: Expr, out: Expr[]): Expr[] {
  if (e.k === 'app') for (const a of e.args) out.push(a);
  switch (e.k) {
    case 'add':
    case 'mul':
    case 'fn':
    case 'app':
      for (const a of e.args) applicationArguments(a, out);
      break;
    case 'neg':
      applicationArguments(e.a, out);
      break;
    case 'div':
    case 'pow':
      applicationArguments(e.a, out);
      applicationArguments(e.b, out);
      break;
    default:
      break;
  }
  return out;
}

/** Names of the unknown functions applied in `e`. */
export function functionNames(e: Expr, out: Set<string>): Set<string> {
  if (e.k === 'app') out.add(e.name);
  switch (e.k) {
    case 'add':
    case 'mul':
    case 'fn':
    case 'app':
      for (const a of e.args) functionNames(a, out);
      break;
    case 'neg':
      functionNames(e.a, out);
      break;
    case 'div':
    case 'pow':
      functionNames(e.a, out);
      functionNames(e.b, out);
      break;
    case 'root':
      functionNames(e.a, out);
      functionNames(e.n, out);
      break;
    case 'big':
      functionNames(e.lo, out);
      functionNames(e.hi, out);
      functionNames(e.body, out);
      break;
    default:
      break;
  }
  return out;
}
