import { memo } from 'react';
import { renderPlugins } from '@/lib/math/remark-plugins';
import styles from './MathMarkdown.module.css';
import { cachedMarkdown } from './markdown-cache';
import { markdownComponents } from './markdown-components';

const nobreakClassName = `math-nobreak ${styles.nobreak ?? ''}`.trim();
const PLUGINS = renderPlugins({ lineBreaks: false, nobreakClassName });
/** Proofs are line-structured and findings point at lines: a line break stays a line break. */
const PLUGINS_WITH_BREAKS = renderPlugins({ lineBreaks: true, nobreakClassName });

/** URLs reach SafeLink and RemoteImage untouched; they decide what is safe. */
const keepUrl = (url: string) => url;

/**
 * One top-level block of normalised Markdown. Memoised on its text: while a document streams,
 * finished blocks keep their text and are skipped, so only the growing tail renders again; and
 * parsed once per distinct text (markdown-cache.ts), so a block rendered again costs no parse.
 */
export const MarkdownBlock = memo(function MarkdownBlock({
  markdown,
  lineBreaks = false,
}: {
  markdown: string;
  lineBreaks?: boolean;
}) {
  return cachedMarkdown(markdown, lineBreaks ? 'breaks' : 'joined', {
    remarkPlugins: lineBreaks ? PLUGINS_WITH_BREAKS : PLUGINS,
    components: markdownComponents,
    urlTransform: keepUrl,
  });
});
