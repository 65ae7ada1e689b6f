'use client';

import type { monaco } from './monaco';

type CodeEditor = ReturnType<typeof monaco.editor.create>;

/** Within this many pixels of the bottom, the view counts as "at the end". */
const AT_END_SLACK_PX = 40;
const UPWARD_KEYS = new Set(['ArrowUp', 'PageUp', 'Home']);

/**
 * Whether the view is at the end. After a move towards the end (End, wheel down) the bar is
 * half a screen: lines may have been appended between the move and this check.
 */
function atEnd(editor: CodeEditor, generous = false): boolean {
  const height = editor.getLayoutInfo().height;
  const below = editor.getScrollHeight() - editor.getScrollTop() - height;
  return below <= (generous ? Math.max(AT_END_SLACK_PX, height / 2) : AT_END_SLACK_PX);
}

/**
 * Whether a streaming view sticks to the end. A stream starts it stuck if the view is at the
 * end (`reset`), and then only the reader changes that: scrolling up (wheel, keys, scrollbar) unsticks it,
 * coming back to the end re-sticks it. Appends and layout changes (a panel growing, the
 * window shrinking) never do — deciding from the viewport at every append lost the end for
 * good when a burst of lines met a layout change. Input is watched in the capture phase,
 * before Monaco handles (and stops) it; Monaco reports its own scrolls too late to tell
 * ours from the reader's.
 */
export function stickToEnd(editor: CodeEditor) {
  // Not stuck until text arrives: `reset` decides when a stream or a document starts.
  let stuck = false;
  const node = editor.getDomNode();
  // Once the editor has handled the gesture: stuck again if it left the view at the end.
  const gesture = (upward: boolean) => {
    if (upward) stuck = false;
    setTimeout(() => {
      stuck = atEnd(editor, !upward);
    }, 0);
  };
  const listeners: [string, (e: Event) => void][] = [
    ['wheel', (e) => gesture((e as WheelEvent).deltaY < 0)],
    ['keydown', (e) => gesture(UPWARD_KEYS.has((e as KeyboardEvent).key))],
    ['pointerdown', () => gesture(true)],
    ['pointerup', () => gesture(false)],
  ];
  const options = { capture: true, passive: true };
  for (const [type, fn] of listeners) node?.addEventListener(type, fn, options);
  const follow = () => {
    if (stuck) editor.setScrollTop(editor.getScrollHeight());
  };
  // The window or a panel changed size: a view at the end stays at the end, even when the
  // stream finished before the layout change reached the editor.
  const layout = editor.onDidLayoutChange(follow);
  return {
    /** After an append: to the very bottom (a long wrapped last line shows its end). */
    follow,
    /** New text (a stream starts, another document): stuck again only if the view is at the end. */
    reset() {
      stuck = atEnd(editor);
    },
    dispose() {
      layout.dispose();
      for (const [type, fn] of listeners) node?.removeEventListener(type, fn, options);
    },
  };
}

export type StickToEnd = ReturnType<typeof stickToEnd>;
