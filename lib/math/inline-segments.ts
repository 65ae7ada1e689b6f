import { splitBareMath } from './bare-math';
import { prepareTex } from './prepare-tex';
import { tokenize } from './tokenize';

export type InlineSegment =
  | { kind: 'text'; text: string }
  | { kind: 'math'; tex: string }
  /** A delimiter without its partner, shown as marked source. */
  | { kind: 'stray'; source: string };

/** Display environments have inline counterparts; a one-line context has no room for display. */
const INLINE_ENVIRONMENTS: ReadonlyArray<[RegExp, string]> = [
  [/\\(begin|end)\{(?:align|eqnarray)\*?\}/g, '\\$1{aligned}'],
  [/\\(begin|end)\{(?:gather|multline)\*?\}/g, '\\$1{gathered}'],
  [/\\(?:begin|end)\{equation\*?\}/g, ''],
];
const TEXT_COMMAND =
  /\\(?:emph|textit|textbf|textsl|textrm|text|underline)\s*\{|\\noindent\s*|\\([$%&_#{}])|[{}]/g;

/**
 * Splits a one-line string (a title, a list row, a quoted finding) into plain text and
 * formulas, with the same delimiter rules as the full renderer but no Markdown blocks.
 */
export function inlineSegments(text: string): InlineSegment[] {
  const segments: InlineSegment[] = [];
  const plain = new PlainProse();
  for (const token of tokenize(text)) {
    if (token.kind === 'code') segments.push({ kind: 'text', text: token.value });
    else if (token.kind === 'stray') segments.push({ kind: 'stray', source: token.value });
    else if (token.kind === 'math') segments.push({ kind: 'math', tex: inlineTex(token.tex) });
    else {
      for (const part of splitBareMath(token.value)) {
        if (part.kind === 'math') segments.push({ kind: 'math', tex: inlineTex(part.tex) });
        else if (part.kind === 'text')
          segments.push({ kind: 'text', text: plain.convert(part.value) });
      }
    }
  }
  return segments.filter((s) => s.kind !== 'text' || s.text !== '');
}

function inlineTex(tex: string): string {
  let out = prepareTex(tex, false);
  for (const [pattern, replacement] of INLINE_ENVIRONMENTS) out = out.replace(pattern, replacement);
  return out.replace(/\s*\n\s*/g, ' ').trim();
}

/** Drops LaTeX text markup (`\emph{…}` keeps its words), tracking braces across formulas. */
class PlainProse {
  private readonly braces: boolean[] = [];

  convert(text: string): string {
    return text.replace(TEXT_COMMAND, (match, escaped: string | undefined) => {
      if (escaped) return escaped;
      if (match === '{') {
        this.braces.push(true);
        return '{';
      }
      if (match === '}') return this.braces.pop() === false ? '' : '}';
      if (match.endsWith('{')) this.braces.push(false);
      return '';
    });
  }
}
