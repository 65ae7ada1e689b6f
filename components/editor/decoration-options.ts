import type { Monaco } from './monaco';
import type { EditorFinding } from './types';

type Model = ReturnType<Monaco['editor']['createModel']>;
type Decoration = Parameters<
  ReturnType<Monaco['editor']['create']>['createDecorationsCollection']
>[0] extends (infer D)[] | undefined
  ? D
  : never;

const RULER_COLOR = { critical: '#d9342b', gap: '#d98a00', minor: '#5b7fb8' } as const;

const BY = { verifier: '', person: ' · your finding', checker: ' · check' } as const;

function hoverText(f: EditorFinding): string {
  const fix = f.suggestion ? `\n\n**Suggested fix:** ${f.suggestion}` : '';
  return `**${f.severity}**${BY[f.source] ?? ''} — ${f.description}${fix}`;
}

/** The range a finding covers now, from its stored anchor (clamped to the current text). */
export function anchorRange(monaco: Monaco, model: Model, f: EditorFinding) {
  const a = f.anchor;
  if (!a) return null;
  const lines = model.getLineCount();
  if (a.confidence === 'orphan') {
    const start = Math.min(a.startLine, lines);
    const end = Math.min(Math.max(a.endLine, start), lines);
    return new monaco.Range(start, 1, end, model.getLineMaxColumn(end));
  }
  const len = model.getValueLength();
  const start = model.getPositionAt(Math.min(a.startOffset, len));
  const end = model.getPositionAt(Math.min(Math.max(a.endOffset, a.startOffset), len));
  return new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
}

/** Decoration options: severity colour, gutter icon, ruler mark, dashed when approximate. */
export function decorationOptions(
  monaco: Monaco,
  f: EditorFinding,
  selected: boolean,
): Decoration['options'] {
  const approx = f.anchor?.confidence === 'approximate' || f.anchor?.confidence === 'orphan';
  const decided =
    f.decision === 'dismissed' ? ' is-dismissed' : f.decision !== 'pending' ? ' is-decided' : '';
  // Who raised it shows in the range's underline and the gutter mark's shape (a person's
  // is a square, a check's a diamond, a verifier's a dot), so it reads without colour too.
  const by = ` by-${f.source}`;
  const cls = `finding-range finding-${f.severity}${by}${approx ? ' is-approx' : ''}${selected ? ' is-selected' : ''}${decided}`;
  return {
    className: cls,
    isWholeLine: f.anchor?.confidence === 'orphan',
    stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
    glyphMarginClassName: `finding-glyph finding-glyph-${f.severity}${by}${selected ? ' is-selected' : ''}`,
    glyphMarginHoverMessage: { value: hoverText(f) },
    hoverMessage: { value: hoverText(f) },
    overviewRuler: {
      color: RULER_COLOR[f.severity],
      position: monaco.editor.OverviewRulerLane.Right,
    },
    minimap: { color: RULER_COLOR[f.severity], position: monaco.editor.MinimapPosition.Inline },
  };
}

export type { Decoration, Model };
