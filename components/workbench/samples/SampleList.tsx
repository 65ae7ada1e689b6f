'use client';

import { useState } from 'react';
import { MathMarkdown } from '@/components/math/MathMarkdown';
import { useSample } from '@/hooks/use-run';
import type { SampleSummary } from '@/lib/schemas';
import { fmtScore } from '../format';
import outputStyles from '../model-output.module.css';
import { META_CLASS } from './meta-class';
import styles from './samples.module.css';

function SampleReport({ id, rated }: { id: string; rated: string }) {
  const { data, error } = useSample(id, rated);
  if (error) return <p className="error">{error.message}</p>;
  if (!data) return <p className="muted">Loading report…</p>;
  return (
    <div className={styles.sampleReport} data-testid="sample-report">
      {data.error ? <p className="error">{data.error}</p> : null}
      {/* A thinking verifier's reasoning behind this sample's report, on demand: often far
          longer than the report itself. */}
      {data.reasoning ? (
        <details data-testid="sample-reasoning">
          <summary>Reasoning ({data.reasoning.length.toLocaleString('en')} characters)</summary>
          <pre className={outputStyles.reasoning}>{data.reasoning}</pre>
        </details>
      ) : null}
      <pre className={outputStyles.output}>{data.text}</pre>
      {data.metaText ? (
        <div data-testid="sample-meta-text">
          <strong>Meta-verification ({fmtScore(data.metaScore)}): </strong>
          <MathMarkdown text={data.metaText} />
        </div>
      ) : null}
      {/* Why the meta-verifier rated this analysis as it did: its thinking, on demand. */}
      {data.metaReasoning ? (
        <details data-testid="sample-meta-reasoning">
          <summary>
            Meta-verifier’s reasoning ({data.metaReasoning.length.toLocaleString('en')} characters)
          </summary>
          <pre className={outputStyles.reasoning}>{data.metaReasoning}</pre>
        </details>
      ) : null}
    </div>
  );
}

/** Every verifier sample of the round, with its score and meta mark; open one for its report. */
export function SampleList({ samples }: { samples: SampleSummary[] }) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <ol className={styles.sampleList}>
      {samples.map((s) => (
        <li
          key={s.id}
          id={`sample-${s.id}`}
          data-testid="sample"
          data-score={s.score ?? ''}
          data-meta={s.meta}
          data-status={s.status}
        >
          <button
            type="button"
            className="link"
            onClick={() => setOpen(open === s.id ? null : s.id)}
          >
            Sample {s.index + 1}
          </button>{' '}
          score {fmtScore(s.score)} · {s.findings} finding{s.findings === 1 ? '' : 's'}
          {s.meta !== 'unchecked' ? (
            <span className={`${styles.metaMark} ${META_CLASS[s.meta]}`}>
              {s.meta} ({fmtScore(s.metaScore)})
            </span>
          ) : null}
          {s.error ? <span className="error"> · {s.error}</span> : null}
          {/* Keyed by its meta mark: a report open while the meta-verifier rates it is read again. */}
          {open === s.id ? <SampleReport id={s.id} rated={`${s.meta} ${s.metaScore}`} /> : null}
        </li>
      ))}
    </ol>
  );
}
