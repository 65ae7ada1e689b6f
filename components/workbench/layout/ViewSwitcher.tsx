'use client';

import { FileText, GitCompareArrows, Network } from 'lucide-react';
import type { ShortcutId } from '@/components/keys/shortcuts';
import { Kbd } from '@/components/ui/Kbd';
import { Tip } from '@/components/ui/Tip';
import frame from './frame.module.css';

export type WorkbenchViewId = 'proof' | 'rounds' | 'search';

const VIEWS: { id: WorkbenchViewId; label: string; key: ShortcutId; icon: React.ReactNode }[] = [
  { id: 'proof', label: 'Proof', key: 'viewProof', icon: <FileText size={15} /> },
  { id: 'rounds', label: 'Rounds', key: 'viewRounds', icon: <GitCompareArrows size={15} /> },
  { id: 'search', label: 'Search', key: 'viewSearch', icon: <Network size={15} /> },
];

/** Proof · Rounds · Search: each a full-width view of the session. */
export function ViewSwitcher({
  view,
  onChange,
}: {
  view: WorkbenchViewId;
  onChange: (v: WorkbenchViewId) => void;
}) {
  return (
    <div className={frame.viewSwitcher} role="tablist" aria-label="Views">
      {VIEWS.map((v) => (
        <Tip key={v.id} shortcut={v.key} side="bottom">
          <button
            type="button"
            role="tab"
            aria-selected={view === v.id}
            data-testid={`side-tab-${v.id === 'proof' ? 'proof-view' : v.id}`}
            onClick={() => onChange(v.id)}
          >
            {v.icon}
            {v.label}
            <Kbd id={v.key} />
          </button>
        </Tip>
      ))}
    </div>
  );
}
