import type { Element } from 'hast';
import type { Components } from 'react-markdown';
import { RemoteImage } from './RemoteImage';
import { SafeLink } from './SafeLink';
import { TexMath } from './TexMath';

/** Formulas arrive as `code.math-inline` and `pre > code.math-display` (remark-opaque-math). */
function mathKind(node: Element | undefined): 'inline' | 'display' | null {
  const className = node?.properties?.className;
  if (!Array.isArray(className)) return null;
  if (className.includes('math-display')) return 'display';
  if (className.includes('math-inline')) return 'inline';
  return null;
}

function textOf(node: Element): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}

/**
 * How Markdown elements become React: formulas go through our KaTeX path (errors as marked
 * source), links and images through their safe components. Raw HTML never gets here as markup:
 * react-markdown turns it into text because no rehype-raw is installed.
 */
export const markdownComponents: Components = {
  pre({ node, children, ...rest }) {
    const code = node?.children.find((child): child is Element => child.type === 'element');
    if (code && mathKind(code) === 'display') return <TexMath tex={textOf(code)} display />;
    return <pre {...rest}>{children}</pre>;
  },
  code({ node, children, className }) {
    const kind = mathKind(node);
    // A display formula reaches `code` only from inside phrasing content (see remark-opaque-math).
    if (kind && node) return <TexMath tex={textOf(node)} display={kind === 'display'} inPhrasing />;
    return <code className={className}>{children}</code>;
  },
  a({ href, children }) {
    return <SafeLink href={href}>{children}</SafeLink>;
  },
  img({ src, alt }) {
    return <RemoteImage src={typeof src === 'string' ? src : ''} alt={alt} />;
  },
};
