'use client';

import { type RefObject, useEffect } from 'react';
import type { ChunkGroup } from './preview-groups';
import { previewScroller, revealInPreview } from './preview-scroll';
import { useEndFollower } from './use-follow-stream-end';

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
  const follower = useEndFollower(container, previewScroller);
  // `follower` is a ref (the same object on every render): listed for the linter, not to re-run.
  useEffect(() => follower.current?.setStreaming(streaming), [follower, streaming]);
  useEffect(() => follower.current?.follow(followEnd), [follower, followEnd]);
  useEffect(() => {
    // While a reader who scrolled up reads a streaming draft, the view is theirs.
    if (followEnd || follower.current?.isReaderAway()) return;
    // Found by position (group, then chunk): no selector query over a large document.
    const g = groups.findIndex((x) => x.from <= focusIndex && focusIndex < x.to);
    const el = container.current?.children[g]?.children[focusIndex - (groups[g]?.from ?? 0)];
    if (el instanceof HTMLElement) revealInPreview(el);
  }, [container, focusIndex, groups, followEnd, follower]);
}
