import { extractMath } from './extract-math';
import { normalizeTex } from './normalize-tex';
import { renderTex } from './render-tex';

/** The text fields of the corpus formats that a reader sees rendered. */
const FIELDS: ReadonlyArray<readonly string[]> = [
  ['question'],
  ['problem'],
  ['proof'],
  ['report'],
  ['solution'],
  ['grading guidelines'],
  ['model_prediction', 'proof'],
];

export interface EvalDocument {
  id: string;
  text: string;
}

export interface RenderFailure {
  id: string;
  message: string;
  source: string;
}

export interface DocumentEvaluation {
  segments: number;
  failures: RenderFailure[];
  /** Prose that still shows LaTeX a reader should not see (`\frac`, `\(`, a stray `$`). */
  leftovers: string[];
}

/** Every renderable string of one JSONL record, named `prefix:field`. */
export function documentsOf(record: unknown, prefix: string): EvalDocument[] {
  const docs: EvalDocument[] = [];
  for (const path of FIELDS) {
    let value: unknown = record;
    for (const key of path)
      value =
        value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    if (typeof value === 'string' && value.trim())
      docs.push({ id: `${prefix}:${path.join('.')}`, text: value });
  }
  return docs;
}

const LEFTOVER = /\\(?:[()[\]]|[a-zA-Z]+)|\$/;

/** Normalises and renders one document exactly as the component does, counting what fails. */
export function evaluateDocument(doc: EvalDocument): DocumentEvaluation {
  const { math, text } = extractMath(normalizeTex(doc.text));
  const failures: RenderFailure[] = [];
  for (const segment of math) {
    const result = renderTex(segment.tex, segment.display);
    if ('error' in result)
      failures.push({ id: doc.id, message: result.error, source: result.source });
  }
  return { segments: math.length, failures, leftovers: text.filter((t) => LEFTOVER.test(t)) };
}
