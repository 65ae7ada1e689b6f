'use client';

import { useState } from 'react';
import { MathMarkdown } from '@/components/math/MathMarkdown';

type Tab = { id: string; label: string; content: React.ReactNode };

/** Beside the editor: the findings on top, and tabs below (preview, raw output, self-evaluation). */
export function SidePanel({ top, tabs }: { top: React.ReactNode; tabs: Tab[] }) {
  const [active, setActive] = useState(tabs[0]?.id);
  const current = tabs.find((t) => t.id === active) ?? tabs[0];
  return (
    <section className="side-panel">
      <div className="side-findings">{top}</div>
      <div className="side-lower">
        <div className="side-tabs" role="tablist">
          {tabs.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              aria-selected={t.id === current?.id}
              data-testid={`side-tab-${t.id}`}
              className={t.id === current?.id ? 'is-selected' : ''}
              onClick={() => setActive(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
        <div className="side-body">{current?.content}</div>
      </div>
    </section>
  );
}

/** The model's reasoning, shown apart from the proof, collapsible. */
export function ReasoningPanel({ reasoning, live }: { reasoning: string; live: boolean }) {
  return (
    <details className="reasoning-panel" data-testid="reasoning-panel" open>
      <summary>
        Reasoning {live ? '(streaming…)' : ''} · {reasoning.length.toLocaleString()} characters
      </summary>
      <pre className="reasoning-text">{reasoning || 'No reasoning for this run.'}</pre>
    </details>
  );
}

/**
 * The selected round's raw model output exactly as streamed (for a draft: solution and
 * self-evaluation), and the verifier's report on it when there is one.
 */
export function OutputPanel({ text, report }: { text: string; report?: string }) {
  return (
    <>
      {text ? (
        <pre className="output-text" data-testid="run-output">
          {text}
        </pre>
      ) : (
        <p className="muted" data-testid="run-output">
          No model output for this round (it was written or edited by hand, or imported).
        </p>
      )}
      {report ? (
        <>
          <h4>Verifier report</h4>
          <pre className="output-text" data-testid="report-output">
            {report}
          </pre>
        </>
      ) : null}
    </>
  );
}

export function SelfEvaluationPanel({ text }: { text: string | null }) {
  if (!text) return <p className="muted">No self-evaluation in this round.</p>;
  return <MathMarkdown text={text} />;
}
