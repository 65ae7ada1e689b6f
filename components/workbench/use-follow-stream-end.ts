'use client';

import { type RefObject, useEffect, useRef } from 'react';
import { PreviewEndFollower } from './preview-follow-end';
import { scrollingAncestor } from './preview-scroll';

/**
 * An end follower (preview-follow-end.ts) for `content`, in the box `scroller` finds for it,
 * made once the content is mounted and dropped with it.
 */
export function useEndFollower(
  content: RefObject<HTMLElement | null>,
  scroller: (el: HTMLElement) => HTMLElement | null = scrollingAncestor,
) {
  const follower = useRef<PreviewEndFollower | null>(null);
  useEffect(() => {
    const el = content.current;
    const box = el && scroller(el);
    if (!el || !box) return;
    const f = new PreviewEndFollower(el, box);
    follower.current = f;
    return () => {
      f.dispose();
      follower.current = null;
    };
  }, [content, scroller]);
  return follower;
}

/**
 * Keeps the newest text of a streaming model output in view (the drawer's reasoning), with
 * the preview's rules: the box follows the end while `live`, the reader's own scrolling up
 * stops it until they come back to the end, and at rest nothing moves.
 */
export function useFollowStreamEnd(content: RefObject<HTMLElement | null>, live: boolean) {
  const follower = useEndFollower(content);
  useEffect(() => {
    follower.current?.setStreaming(live);
    follower.current?.follow(live);
  }, [follower, live]);
}
