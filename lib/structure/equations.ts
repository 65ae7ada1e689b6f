import { lineAt, mathAt, type ProseView } from './prose-view';

/** A tagged display formula: its label as cited ("(3)") and the line of the tag. */
export interface EquationLabel {
  label: string;
  /** The tag itself ("3", "A", "∗"): what `(…)` citations are matched against. */
  tag: string;
  line: number;
  /** The formula row the tag ends, for the outline's title. */
  row: string;
}

const TAG = /\\tag\*?\{([^{}]{1,12})\}/g;
/** `(3)` ending a display row, set off by a TeX space or two blanks: `a=b \qquad (3)`. */
const ROW_END_LABEL =
  /(?:\\q?quad\s*|\\hfill\s*|\\;\s*|\s{2,}|^\s*)\((\d{1,3}[a-z]?'*|[ivx]{1,4}|[A-Z]\d?'*)\)\s*(?:\\\\(?:\[[^\]]*\])?)?\s*[.,;]?\s*$/;
const CLOSER = /\s*(?:\\\]|\$\$|\\end\{[a-zA-Z*]+\})\s*[.,;]?\s*$/;

/**
 * Equation labels of display math: every `\tag{…}` (also one written in prose), and a `(3)`
 * that ends a row of a display.
 */
export function findEquationLabels(view: ProseView): EquationLabel[] {
  const found: EquationLabel[] = [];
  const { source, lineStarts } = view;
  const rowOf = (offset: number) => {
    const start = source.lastIndexOf('\n', offset - 1) + 1;
    return source.slice(start, offset);
  };
  TAG.lastIndex = 0;
  for (let m = TAG.exec(source); m; m = TAG.exec(source)) {
    if (isInCode(view, m.index)) continue;
    const tag = m[1].trim();
    found.push({ label: `(${tag})`, tag, line: lineAt(lineStarts, m.index), row: rowOf(m.index) });
  }
  for (const span of view.math) {
    if (!span.display) continue;
    const first = lineAt(lineStarts, span.start);
    const rows = source.slice(span.start, span.end).split('\n');
    rows.forEach((row, i) => {
      // A row label is "(…)": a row with no ")" has none, and is not searched.
      if (!row.includes(')')) return;
      const m = ROW_END_LABEL.exec(row.replace(CLOSER, ''));
      if (!m || row.includes('\\tag')) return;
      found.push({ label: `(${m[1]})`, tag: m[1], line: first + i, row: row.slice(0, m.index) });
    });
  }
  return found.sort((a, b) => a.line - b.line);
}

/** Whether `offset` is inside a code span: there the prose view is blank but no math starts. */
function isInCode(view: ProseView, offset: number): boolean {
  if (view.prose[offset] !== ' ') return false;
  return mathAt(view, offset) === null;
}
