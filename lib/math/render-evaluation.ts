import type { EvalDocument } from './render-check/corpus-documents';
import { renderedMath } from './render-check/rendered-math';
import { renderTex } from './render-tex';

export { documentsOf, type EvalDocument } from './render-check/corpus-documents';

export interface RenderFailure {
  id: string;
  message: string;
  source: string;
}

export interface DocumentEvaluation {
  segments: number;
  /** Formulas KaTeX rejects. */
  failures: RenderFailure[];
  /** TeX left in the visible text: a delimiter or a command outside rendered math. */
  visible: RenderFailure[];
}

/** Proofs are read in the workbench preview; problems, solutions and reports as prose. */
const PROOF = /[:.]proof$/;

/** Renders one document exactly as the component does, counting what fails. */
export function evaluateDocument(doc: EvalDocument): DocumentEvaluation {
  const { math, leftovers } = renderedMath(doc.text, PROOF.test(doc.id) ? 'preview' : 'prose');
  const failures: RenderFailure[] = [];
  for (const segment of math) {
    const result = renderTex(segment.tex, segment.display);
    if ('error' in result)
      failures.push({ id: doc.id, message: result.error, source: result.source });
  }
  const visible = leftovers.map((source) => ({ id: doc.id, message: 'visible TeX', source }));
  return { segments: math.length, failures, visible };
}
