import { type Expr, someNode } from './expr';

/** Arguments of the unknown functions in `e` ("f(x + y)" gives x + y): values a step may have put in. */
export function applicationArguments(e: Expr, out: Expr[]): Expr[] {
  someNode(e, (n) => {
    if (n.k === 'app') out.push(...n.args);
    return false;
  });
  return out;
}

/** Names of the unknown functions applied in `e`. */
export function functionNames(e: Expr, out: Set<string>): Set<string> {
  someNode(e, (n) => {
    if (n.k === 'app') out.add(n.name);
    return false;
  });
  return out;
}
