'use client';

import { useState } from 'react';
import {
  FINDING_CATEGORIES,
  type FindingContent,
  findingContentSchema,
  type Severity,
} from '@/lib/schemas';
import styles from './person-findings.module.css';

const SEVERITIES: { value: Severity; label: string; hint: string }[] = [
  { value: 'critical', label: 'Critical', hint: 'breaks the proof' },
  { value: 'gap', label: 'Gap', hint: 'may hold, not shown' },
  { value: 'minor', label: 'Minor', hint: 'wording, detail' },
];

export const EMPTY_CONTENT: FindingContent = {
  severity: 'gap',
  category: null,
  description: '',
  suggestion: '',
};

/**
 * What a person writes about a passage: severity, a category (the Open Proof Corpus seven),
 * what is wrong and, optionally, how to fix it. Checked with the same schema as the API.
 */
export function FindingForm({
  initial,
  submitLabel,
  busy,
  serverError,
  onSubmit,
  onCancel,
  children,
}: {
  initial: FindingContent;
  submitLabel: string;
  busy: boolean;
  serverError: string | null;
  onSubmit: (content: FindingContent) => void;
  onCancel: () => void;
  /** Fields above the content (the review queue's line numbers). */
  children?: React.ReactNode;
}) {
  const [v, setV] = useState<FindingContent>(initial);
  const [error, setError] = useState<string | null>(null);
  const set = <K extends keyof FindingContent>(k: K, value: FindingContent[K]) =>
    setV((old) => ({ ...old, [k]: value }));
  return (
    <form
      className={styles.form}
      data-testid="finding-form"
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = findingContentSchema.safeParse(v);
        if (!parsed.success) {
          setError(parsed.error.issues[0]?.message ?? 'check the fields');
          return;
        }
        setError(null);
        onSubmit(parsed.data);
      }}
    >
      {children}
      <fieldset className={styles.severities}>
        <legend>Severity</legend>
        {SEVERITIES.map((s) => (
          <label key={s.value} className={styles.severity} data-severity={s.value}>
            <input
              type="radio"
              name="severity"
              value={s.value}
              data-testid={`finding-form-severity-${s.value}`}
              checked={v.severity === s.value}
              onChange={() => set('severity', s.value)}
            />
            <span className={`sev-chip sev-${s.value}`}>{s.label}</span>
            <span className="muted">{s.hint}</span>
          </label>
        ))}
      </fieldset>
      <label className={styles.field}>
        Category
        <select
          data-testid="finding-form-category"
          value={v.category ?? ''}
          onChange={(e) => set('category', e.target.value || null)}
        >
          <option value="">— none —</option>
          {FINDING_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
          {v.category && !(FINDING_CATEGORIES as readonly string[]).includes(v.category) ? (
            <option value={v.category}>{v.category}</option>
          ) : null}
        </select>
      </label>
      <label className={styles.field}>
        What is wrong
        <textarea
          data-testid="finding-form-description"
          // biome-ignore lint/a11y/noAutofocus: the dialog opened to write this
          autoFocus
          rows={4}
          value={v.description}
          placeholder="This step assumes… / The case n = 1 is missing…"
          onChange={(e) => set('description', e.target.value)}
        />
      </label>
      <label className={styles.field}>
        <span>
          Suggested fix <span className="muted">(optional)</span>
        </span>
        <textarea
          data-testid="finding-form-suggestion"
          rows={2}
          value={v.suggestion}
          placeholder="Show MA = MC first, then…"
          onChange={(e) => set('suggestion', e.target.value)}
        />
      </label>
      {error || serverError ? (
        <p className="error" role="alert" data-testid="finding-form-error">
          {error ?? serverError}
        </p>
      ) : null}
      <div className={styles.formActions}>
        <button type="submit" className="primary" data-testid="finding-form-save" disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <span className="muted">Markdown and LaTeX are rendered.</span>
      </div>
    </form>
  );
}
