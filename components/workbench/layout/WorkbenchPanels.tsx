'use client';

import {
  Group,
  Panel,
  type PanelImperativeHandle,
  Separator,
  useDefaultLayout,
} from 'react-resizable-panels';
import frame from './frame.module.css';

const storage = typeof window === 'undefined' ? undefined : window.localStorage;

/** The drawer's tab strip stays visible when it is collapsed (px). */
export const DRAWER_COLLAPSED_PX = 38;

/**
 * The proof view's frame: editor over a collapsible drawer, and the side panel beside them.
 * Both splits are resizable, and the sizes a person drags to are remembered (localStorage).
 */
export function WorkbenchPanels({
  editor,
  drawer,
  side,
  drawerRef,
  onDrawerCollapsedChange,
}: {
  editor: React.ReactNode;
  drawer: React.ReactNode;
  side: React.ReactNode;
  drawerRef: React.Ref<PanelImperativeHandle | null>;
  onDrawerCollapsedChange: (collapsed: boolean) => void;
}) {
  const columns = useDefaultLayout({ id: 'proofdesk-wb-columns', storage });
  const rows = useDefaultLayout({ id: 'proofdesk-wb-rows', storage });
  return (
    <Group
      orientation="horizontal"
      className={frame.panels}
      id="wb-columns"
      defaultLayout={columns.defaultLayout}
      onLayoutChanged={columns.onLayoutChanged}
    >
      <Panel id="main" minSize="35" defaultSize="62">
        <Group
          orientation="vertical"
          id="wb-rows"
          defaultLayout={rows.defaultLayout}
          onLayoutChanged={rows.onLayoutChanged}
        >
          <Panel id="editor" minSize={160} defaultSize="74">
            {editor}
          </Panel>
          <Separator
            className={`${frame.separator} ${frame.separatorH}`}
            aria-label="Resize the drawer"
          />
          <Panel
            id="drawer"
            panelRef={drawerRef}
            collapsible
            collapsedSize={DRAWER_COLLAPSED_PX}
            minSize={110}
            defaultSize="26"
            onResize={(size) => onDrawerCollapsedChange(size.inPixels <= DRAWER_COLLAPSED_PX + 1)}
          >
            {drawer}
          </Panel>
        </Group>
      </Panel>
      <Separator
        className={`${frame.separator} ${frame.separatorV}`}
        aria-label="Resize the side panel"
      />
      <Panel id="side" minSize={300} defaultSize="38">
        {side}
      </Panel>
    </Group>
  );
}
