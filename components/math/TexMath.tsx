import 'katex/dist/katex.min.css';
import { memo } from 'react';
import { renderTex } from '@/lib/math/render-tex';
import styles from './MathMarkdown.module.css';

interface TexMathProps {
  tex: string;
  display: boolean;
  /**
   * A display formula inside phrasing content (emphasis, a heading, a table cell): typeset
   * in display style in a `span`, as a `div` may not sit inside a paragraph.
   */
  inPhrasing?: boolean;
}

/**
 * One formula. KaTeX's HTML is inserted as markup (it comes from our own renderer with
 * `trust: false`); a formula KaTeX rejects is shown as its source in a text node, never as HTML.
 */
export const TexMath = memo(function TexMath({ tex, display, inPhrasing = false }: TexMathProps) {
  const result = renderTex(tex, display);
  if ('error' in result) {
    const source = (
      <code className={`math-error ${styles.error ?? ''}`} title={result.error}>
        {result.source}
      </code>
    );
    return display && !inPhrasing ? (
      <div className={`math-display ${styles.display ?? ''}`}>{source}</div>
    ) : (
      source
    );
  }
  const Tag = display && !inPhrasing ? 'div' : 'span';
  return (
    <Tag
      className={display ? `math-display ${styles.display ?? ''}` : 'math-inline'}
      role="img"
      aria-label={tex}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: KaTeX output with trust:false, output:'html'; errors never reach here
      dangerouslySetInnerHTML={{ __html: result.html }}
    />
  );
});
