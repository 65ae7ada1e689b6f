/**
 * Environments that only make sense in math mode. Met bare in prose they are wrapped in
 * display math, as LaTeX itself would typeset them.
 */
export const DISPLAY_ENVIRONMENTS: ReadonlySet<string> = new Set([
  'align',
  'align*',
  'aligned',
  'alignat',
  'alignat*',
  'alignedat',
  'array',
  'bmatrix',
  'Bmatrix',
  'cases',
  'dcases',
  'eqnarray',
  'eqnarray*',
  'equation',
  'equation*',
  'gather',
  'gather*',
  'gathered',
  'matrix',
  'multline',
  'multline*',
  'pmatrix',
  'smallmatrix',
  'split',
  'vmatrix',
  'Vmatrix',
]);
