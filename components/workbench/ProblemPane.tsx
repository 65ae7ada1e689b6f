'use client';

import { ChevronDown, ChevronRight, Pencil } from 'lucide-react';
import { useState } from 'react';
import { MathLine } from '@/components/math/MathLine';
import { MathMarkdown } from '@/components/math/MathMarkdown';
import { Kbd } from '@/components/ui/Kbd';
import { Tip } from '@/components/ui/Tip';
import { oneLine } from '@/lib/math/one-line';
import { byteLength, MAX_PROBLEM_BYTES } from '@/lib/schemas/limits';
import frame from './layout/frame.module.css';
import styles from './ProblemPane.module.css';

/**
 * The problem, rendered; Edit changes its Markdown + LaTeX source. Once a draft exists it
 * folds to a one-line strip (click it or press `p` to unfold) so the proof gets the screen:
 * the whole problem written as one line, its formulas inline and whole, cut at the strip's end.
 */
export function ProblemPane({
  problem,
  onSave,
  saving,
  error,
  collapsed = false,
  onToggle,
}: {
  problem: string;
  onSave: (problem: string) => void;
  saving: boolean;
  error: string | null;
  collapsed?: boolean;
  onToggle?: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(problem);
  const tooBig = byteLength(draft) > MAX_PROBLEM_BYTES;
  const folded = collapsed && !editing;
  const startEditing = () => {
    setDraft(problem);
    setEditing(true);
  };
  return (
    <section
      className={`${styles.pane} ${folded ? styles.collapsed : ''}`}
      aria-label="Problem"
      data-testid="problem-pane"
      data-collapsed={folded}
    >
      <div className={frame.paneHead}>
        {onToggle ? (
          <Tip shortcut="problem" label={folded ? 'Show the whole problem' : 'Fold the problem'}>
            <button
              type="button"
              className="icon-button"
              data-testid="problem-toggle"
              aria-expanded={!folded}
              aria-label={folded ? 'Show the whole problem' : 'Fold the problem'}
              onClick={onToggle}
            >
              {folded ? <ChevronRight size={16} /> : <ChevronDown size={16} />}
            </button>
          </Tip>
        ) : null}
        <h2>Problem</h2>
        {folded ? (
          <Tip shortcut="problem" label="Show the whole problem" side="bottom">
            {/* biome-ignore lint/a11y/useSemanticElements: the strip holds rendered block math, which a <button> may not contain */}
            <div
              className={styles.strip}
              data-testid="problem-rendered"
              role="button"
              tabIndex={0}
              onClick={onToggle}
              onKeyDown={(e) => {
                if (e.key === 'Enter') onToggle?.();
              }}
            >
              <MathLine text={oneLine(problem)} tooltip={false} />
            </div>
          </Tip>
        ) : null}
        {!editing ? (
          <button type="button" className="link" data-testid="problem-edit" onClick={startEditing}>
            <Pencil size={13} /> Edit
          </button>
        ) : null}
        {onToggle && !folded ? <Kbd id="problem" /> : null}
      </div>
      {editing ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onSave(draft);
            setEditing(false);
          }}
        >
          <textarea
            data-testid="problem-input"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            rows={6}
          />
          {tooBig ? <p className="error">The problem is larger than 200 kB.</p> : null}
          <div className={styles.formButtons}>
            <button type="submit" className="primary" disabled={saving || tooBig || !draft.trim()}>
              Save problem
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : !folded ? (
        <div data-testid="problem-rendered" onDoubleClick={startEditing}>
          <MathMarkdown text={problem} />
        </div>
      ) : null}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
