import remarkBreaks from 'remark-breaks';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import type { PluggableList } from 'unified';
import { remarkGluePunctuation } from './glue-punctuation';
import { remarkOpaqueMath } from './remark-opaque-math';

/**
 * The Markdown dialect of `$…$` / `$$` Markdown (`normalizeTex` without `opaqueMath`: exports
 * and their tests). Single tildes stay text: "~5" in a proof means "about 5", not strikethrough.
 */
export const REMARK_PLUGINS: PluggableList = [[remarkGfm, { singleTilde: false }], remarkMath];

export interface RenderPluginOptions {
  /** Keep every line break (proofs). */
  lineBreaks: boolean;
  /** Class of the span that keeps a formula and the punctuation after it on one line. */
  nobreakClassName: string;
}

/**
 * The plugins `MarkdownBlock` renders with; the evaluation and the property test use the same.
 * Rendered text comes from `normalizeTex(…, { opaqueMath: true })`: every formula is already
 * one opaque token, so Markdown needs no `$` syntax, only to turn the tokens back into math.
 */
export function renderPlugins({
  lineBreaks,
  nobreakClassName,
}: RenderPluginOptions): PluggableList {
  const plugins: PluggableList = [
    [remarkGfm, { singleTilde: false }],
    remarkOpaqueMath,
    [remarkGluePunctuation, { className: nobreakClassName }],
  ];
  return lineBreaks ? [...plugins, remarkBreaks] : plugins;
}
