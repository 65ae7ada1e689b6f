'use client';

import { useState } from 'react';
import { type PanelImperativeHandle, usePanelRef } from 'react-resizable-panels';
import type { WorkbenchViewId } from './ViewSwitcher';

/**
 * What frames the proof: which view is open, whether the problem is folded (by default once a
 * draft exists; `p` overrides), and the drawer under the editor (collapsible with `b`).
 */
export function useWorkbenchFrame(hasDraft: boolean) {
  const [view, setView] = useState<WorkbenchViewId>('proof');
  const [problemOpen, setProblemOpen] = useState<boolean | null>(null);
  const problemCollapsed = problemOpen === null ? hasDraft : !problemOpen;
  const drawerRef = usePanelRef();
  const [drawerCollapsed, setDrawerCollapsed] = useState(false);
  const toggleDrawer = (open?: boolean) => {
    const panel: PanelImperativeHandle | null = drawerRef.current;
    if (!panel) return;
    const collapsed = panel.isCollapsed();
    if (open === true || (open === undefined && collapsed)) panel.expand();
    else if (!collapsed) panel.collapse();
  };
  return {
    view,
    setView,
    problemCollapsed,
    toggleProblem: () => setProblemOpen(problemCollapsed),
    drawerRef,
    drawerCollapsed,
    setDrawerCollapsed,
    toggleDrawer,
  };
}
