import type { ReactNode } from 'react';
import { safeLinkUrl } from '@/lib/math/safe-url';
import styles from './MathMarkdown.module.css';

interface SafeLinkProps {
  href?: string;
  children?: ReactNode;
}

/**
 * A link from rendered text: its target on hover, a new tab without opener or referrer.
 * `javascript:`, `data:` and other non-web schemes are not links at all, just their text.
 */
export function SafeLink({ href = '', children }: SafeLinkProps) {
  const target = safeLinkUrl(href);
  if (!target) {
    return (
      <span
        className={`math-blocked-link ${styles.blockedLink ?? ''}`}
        title={`Blocked link: ${href}`}
      >
        {children}
      </span>
    );
  }
  return (
    <a href={target} title={target} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
