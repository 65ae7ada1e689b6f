'use client';

import { useLayoutEffect, useRef, useState } from 'react';
import { MathInline } from './MathInline';
import styles from './MathLine.module.css';

/**
 * A title with formulas on one line, cut where its box ends. Not with `text-overflow:
 * ellipsis`: Chromium hides the inline boxes it cuts but still paints KaTeX's positioned
 * pieces (a fraction's numerator, an exponent) over the ellipsis, so a cut formula showed
 * stray glyphs. Instead the line is clipped at the box's edge and, only when something is
 * cut, fades out there; the whole title is in the tooltip, unless `tooltip` is false (a strip
 * whose own tooltip says what a click shows).
 */
export function MathLine({ text, tooltip = true }: { text: string; tooltip?: boolean }) {
  const box = useRef<HTMLSpanElement>(null);
  const [cut, setCut] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: new text in a box of the same size changes what is cut, and no resize reports it
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setCut(el.scrollWidth > el.clientWidth + 1);
    measure();
    const watch = new ResizeObserver(measure);
    watch.observe(el);
    return () => watch.disconnect();
  }, [text]);
  return (
    <span
      ref={box}
      className={`${styles.line} ${cut ? styles.cut : ''}`}
      data-cut={cut ? 'true' : undefined}
      title={cut && tooltip ? text : undefined}
    >
      <MathInline text={text} />
    </span>
  );
}
