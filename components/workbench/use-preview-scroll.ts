'use client';

import { type RefObject, useEffect, useRef } from 'react';
import { PreviewEndFollower } from './preview-follow-end';
import type { ChunkGroup } from './preview-groups';
import { previewScroller, revealInPreview } from './preview-scroll';

/**
 * Where the preview scrolls: to its end while `followEnd` (the editor is at the end, as when it
 * follows a streaming draft), else to the chunk under the editor's cursor whenever it is out of
 * view (again whenever the chunks change) — except while the reader scrolled a streaming preview
 * up: then only they move it.
 */
export function usePreviewScroll(
  container: RefObject<HTMLDivElement | null>,
  groups: ChunkGroup[],
  focusIndex: number,
  followEnd: boolean,
  streaming: boolean,
) {
  const follower = useRef<PreviewEndFollower | null>(null);
  useEffect(() => {
    const el = container.current;
    const box = el && previewScroller(el);
    if (!el || !box) return;
    const f = new PreviewEndFollower(el, box);
    follower.current = f;
    return () => {
      f.dispose();
      follower.current = null;
    };
  }, [container]);
  useEffect(() => follower.current?.setStreaming(streaming), [streaming]);
  useEffect(() => follower.current?.follow(followEnd), [followEnd]);
  useEffect(() => {
    // While a reader who scrolled up reads a streaming draft, the view is theirs.
    if (followEnd || follower.current?.isReaderAway()) return;
    // Found by position (group, then chunk): no selector query over a large document.
    const g = groups.findIndex((x) => x.from <= focusIndex && focusIndex < x.to);
    const el = container.current?.children[g]?.children[focusIndex - (groups[g]?.from ?? 0)];
    if (el instanceof HTMLElement) revealInPreview(el);
  }, [container, focusIndex, groups, followEnd]);
}
