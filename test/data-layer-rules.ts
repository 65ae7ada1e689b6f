import ts from 'typescript';

/**
 * The client data layer's rule, checked on source: components and pages render, hooks in
 * hooks/ fetch. A file under components/ or app/ (route handlers in app/api aside) may not
 * call `fetch`, a react-query hook, or import react-query at all.
 */
const QUERY_HOOKS = new Set([
  'useQuery',
  'useMutation',
  'useQueryClient',
  'useQueries',
  'useInfiniteQuery',
  'useSuspenseQuery',
  'useSuspenseQueries',
  'useSuspenseInfiniteQuery',
]);
const GLOBALS = new Set(['window', 'globalThis', 'self']);

export type Violation = { file: string; line: number; what: string };

function calleeName(call: ts.CallExpression): string | null {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  // window.fetch(…), globalThis.fetch(…)
  if (
    ts.isPropertyAccessExpression(callee) &&
    ts.isIdentifier(callee.expression) &&
    GLOBALS.has(callee.expression.text)
  ) {
    return callee.name.text;
  }
  return null;
}

export function findViolations(file: string, source: string): Violation[] {
  const kind = file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const found: Violation[] = [];
  const add = (node: ts.Node, what: string) =>
    found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, what });
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      if (node.moduleSpecifier.text.startsWith('@tanstack/react-query')) {
        add(node, `imports ${node.moduleSpecifier.text}`);
      }
    }
    if (ts.isCallExpression(node)) {
      const name = calleeName(node);
      if (name === 'fetch' || (name && QUERY_HOOKS.has(name))) add(node, `calls ${name}(`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** Client code the rule covers: components/ and app/, minus the server's route handlers. */
export function coveredByRule(path: string): boolean {
  if (!/\.(ts|tsx)$/.test(path) || /\.test\.tsx?$/.test(path)) return false;
  if (path.startsWith('app/api/')) return false;
  return path.startsWith('components/') || path.startsWith('app/');
}
