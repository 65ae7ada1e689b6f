'use client';

import { FileText, GitCompareArrows, Network } from 'lucide-react';
import { type ShortcutId, withKey } from '@/components/keys/shortcuts';
import { Kbd } from '@/components/ui/Kbd';

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
    <div className="view-switcher" role="tablist" aria-label="Views">
      {VIEWS.map((v) => (
        <button
          key={v.id}
          type="button"
          role="tab"
          aria-selected={view === v.id}
          data-testid={`side-tab-${v.id === 'proof' ? 'proof-view' : v.id}`}
          title={withKey(v.key, `${v.label} view`)}
          onClick={() => onChange(v.id)}
        >
          {v.icon}
          {v.label}
          <Kbd id={v.key} />
        </button>
      ))}
    </div>
  );
}
