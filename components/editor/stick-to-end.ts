'use client';

import type { monaco } from './monaco';

type CodeEditor = ReturnType<typeof monaco.editor.create>;

/** Within this many pixels of the bottom, the view counts as "at the end". */
const AT_END_SLACK_PX = 40;

function atEnd(editor: CodeEditor): boolean {
  const below = editor.getScrollHeight() - editor.getScrollTop() - editor.getLayoutInfo().height;
  return below <= AT_END_SLACK_PX;
}

/**
 * Whether a streaming view sticks to the end. It starts stuck if the view is at the end;
 * only the reader changes that — scrolling away unsticks it, scrolling back re-sticks it.
 * Appends and layout changes (a panel growing, the window shrinking) never do: deciding from
 * the viewport at every append lost the end for good when a burst of lines met a layout
 * change.
 */
export function stickToEnd(editor: CodeEditor) {
  let stuck = atEnd(editor);
  let scrolling = false;
  const sub = editor.onDidScrollChange((e) => {
    if (e.scrollTopChanged && !scrolling) stuck = atEnd(editor);
  });
  return {
    /** After an append: to the very bottom (a long wrapped last line shows its end). */
    follow() {
      if (!stuck) return;
      scrolling = true;
      editor.setScrollTop(editor.getScrollHeight());
      scrolling = false;
    },
    dispose: () => sub.dispose(),
  };
}
