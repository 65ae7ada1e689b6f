import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import type { PluggableList } from 'unified';

/**
 * The Markdown dialect every renderer and the evaluation parse with, so what is measured is
 * what is shown. Single tildes stay text: "~5" in a proof means "about 5", not strikethrough.
 */
export const REMARK_PLUGINS: PluggableList = [[remarkGfm, { singleTilde: false }], remarkMath];
