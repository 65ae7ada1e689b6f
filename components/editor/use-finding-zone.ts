'use client';

import { useEffect, useRef, useState } from 'react';
import type { FindingDecorations } from './finding-decorations';
import type { monaco } from './monaco';
import { scrollTopToShowZone } from './zone-scroll';

type CodeEditor = ReturnType<typeof monaco.editor.create>;
type Zone = {
  afterLineNumber: number;
  heightInPx: number;
  domNode: HTMLElement;
  suppressMouseDown: boolean;
};

/**
 * An inline comment box under the selected finding's lines (a Monaco view zone). View zones
 * do not follow edits by themselves, so its line is driven from the finding's decoration;
 * its height follows its content, and it is scrolled into view when it opens. Returns the DOM
 * node to portal the box into.
 */
export function useFindingZone(
  editor: CodeEditor | null,
  decorations: FindingDecorations | null,
  selectedId: string | null,
): HTMLElement | null {
  const [node, setNode] = useState<HTMLElement | null>(null);
  const zone = useRef<{ id: string; spec: Zone } | null>(null);

  useEffect(() => {
    if (!editor || !decorations || !selectedId) return;
    const lineOf = () => decorations.rangeOf(selectedId)?.endLineNumber;
    const line = lineOf();
    if (!line) return;
    const domNode = document.createElement('div');
    domNode.className = 'finding-zone';
    const spec: Zone = {
      afterLineNumber: line,
      heightInPx: 120,
      domNode,
      suppressMouseDown: false,
    };
    editor.changeViewZones((a) => {
      zone.current = { id: a.addZone(spec), spec };
    });
    setNode(domNode);
    const relayout = () =>
      editor.changeViewZones((a) => {
        if (zone.current) a.layoutZone(zone.current.id);
      });
    // Once its height is known, the box is brought into view with its finding's first line
    // (it may open below the fold); later resizes leave the reader's scrolling alone.
    let revealed = false;
    const reveal = () => {
      const start = decorations.rangeOf(selectedId)?.startLineNumber;
      if (!start) return;
      const top = scrollTopToShowZone({
        scrollTop: editor.getScrollTop(),
        viewHeight: editor.getLayoutInfo().height,
        findingTop: editor.getTopForLineNumber(start),
        zoneBottom: editor.getBottomForLineNumber(spec.afterLineNumber) + spec.heightInPx,
      });
      if (top !== null) editor.setScrollTop(top);
    };
    const resize = new ResizeObserver(() => {
      const h = (domNode.firstElementChild as HTMLElement | null)?.offsetHeight ?? 0;
      if (h && Math.abs(h + 8 - spec.heightInPx) > 2) {
        spec.heightInPx = h + 8;
        relayout();
      }
      if (h && !revealed) {
        revealed = true;
        reveal();
      }
    });
    const watch = () => {
      const child = domNode.firstElementChild;
      if (child) resize.observe(child);
    };
    const mo = new MutationObserver(watch);
    mo.observe(domNode, { childList: true });
    const sub = editor.onDidChangeModelContent(() => {
      const next = lineOf();
      if (next && next !== spec.afterLineNumber) {
        spec.afterLineNumber = next;
        relayout();
      }
    });
    return () => {
      sub.dispose();
      mo.disconnect();
      resize.disconnect();
      editor.changeViewZones((a) => {
        if (zone.current) a.removeZone(zone.current.id);
      });
      zone.current = null;
      setNode(null);
    };
  }, [editor, selectedId, decorations]);

  return node;
}
