'use client';

import { useCallback, useEffect, useState } from 'react';
import { MathInline } from '@/components/math/MathInline';
import { MathMarkdown } from '@/components/math/MathMarkdown';
import { ProofWithFindings } from '@/components/read-only/ProofWithFindings';
import type { ReadOnlyView } from '@/lib/proof-view/read-only-view';
import { replaySteps } from '@/lib/proof-view/replay-steps';
import { ReplayProgress } from './ReplayProgress';
import styles from './replay.module.css';
import { useReplayKeys } from './use-replay-keys';
import { useScrollToStep } from './use-scroll-to-step';

/**
 * Replay for a class: one frame at a time (draft → findings appearing on their lines →
 * verdict and decisions → refined draft …), in large type for a projector. ←/→, j/k,
 * PageUp/PageDown and Space step; Home/End jump. The step is kept in the URL (`?step=`),
 * and the previous/next links work without JavaScript too.
 */
export function Replay({
  view,
  initialStep,
  exitHref,
}: {
  view: ReadOnlyView;
  initialStep: number;
  exitHref: string;
}) {
  const steps = replaySteps(view);
  const [step, setStep] = useState(initialStep);
  const go = useCallback(
    (to: number) => setStep(Math.min(Math.max(1, to), Math.max(1, steps.length))),
    [steps.length],
  );
  useReplayKeys(step, steps.length, go);
  useEffect(() => {
    const url = new URL(window.location.href);
    url.searchParams.set('step', String(step));
    window.history.replaceState(null, '', url);
  }, [step]);
  const current = steps[step - 1];
  useScrollToStep(step, current?.phase ?? null);
  if (!current) {
    return (
      <main className={styles.replay}>
        <p>This session has no rounds to replay yet.</p>
        <a href={exitHref}>Exit replay</a>
      </main>
    );
  }
  const round = view.rounds[current.round];
  const link = (to: number, label: string, testId: string, disabled: boolean) =>
    disabled ? (
      <span className={styles.disabled}>{label}</span>
    ) : (
      <a
        href={`?step=${to}`}
        data-testid={testId}
        onClick={(e) => {
          e.preventDefault();
          go(to);
        }}
      >
        {label}
      </a>
    );
  return (
    <main
      className={styles.replay}
      data-testid="replay"
      data-step={step}
      data-phase={current.phase}
      data-round-index={round.index}
    >
      <header className={styles.bar}>
        <ReplayProgress step={step} count={steps.length} />
        <strong className={styles.title}>
          <MathInline text={view.title} />
        </strong>
        <span data-testid="replay-label">{current.label}</span>
        <span className={styles.counter}>
          {step} / {steps.length}
        </span>
        <nav className={styles.nav}>
          {link(step - 1, '← Previous', 'replay-prev', step <= 1)}
          {link(step + 1, 'Next →', 'replay-next', step >= steps.length)}
          <span className={styles.keys} aria-hidden="true">
            <kbd>←</kbd> <kbd>→</kbd> <kbd>Space</kbd>
          </span>
          <a href={exitHref}>Exit</a>
        </nav>
      </header>
      {/* Open on the first step (the class reads the problem first), folded after. */}
      <details className={styles.problem} open={step === 1} data-testid="replay-problem">
        <summary>Problem</summary>
        <MathMarkdown text={view.problem} />
      </details>
      {current.phase === 'verdict' ? (
        <p className={styles.verdict} data-testid="replay-verdict">
          Verifier score: <strong>{round.score ?? '—'}</strong>
          {round.scoreNote ? ` (${round.scoreNote})` : ''}
          {round.findings.length
            ? ` · ${round.findings.filter((f) => f.decision !== 'pending').length} of ${round.findings.length} findings decided`
            : ' · no findings'}
        </p>
      ) : null}
      <ProofWithFindings
        proof={round.proof}
        findings={round.findings}
        shown={current.shown}
        showDecisions={current.phase === 'verdict'}
        focusKey={current.phase === 'finding' ? round.findings[current.shown - 1]?.key : null}
      />
    </main>
  );
}
