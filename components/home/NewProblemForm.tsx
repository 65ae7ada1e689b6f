'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useCreateSession } from '@/hooks/use-session';
import { byteLength, MAX_PROBLEM_BYTES } from '@/lib/schemas/limits';
import styles from './home.module.css';

/** Write or paste a problem (Markdown + LaTeX) and open a session on it. */
export function NewProblemForm() {
  const router = useRouter();
  const [problem, setProblem] = useState('');
  const [title, setTitle] = useState('');
  const create = useCreateSession();
  const size = byteLength(problem);
  const tooBig = size > MAX_PROBLEM_BYTES;
  return (
    <form
      className={styles.newProblem}
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate(
          { problem, title: title.trim() || undefined },
          { onSuccess: ({ id }) => router.push(`/sessions/${id}`) },
        );
      }}
    >
      <h2>New problem</h2>
      <input
        data-testid="title-input"
        placeholder="Title (optional)"
        value={title}
        maxLength={300}
        onChange={(e) => setTitle(e.target.value)}
      />
      <textarea
        data-testid="problem-input"
        placeholder="State the problem in Markdown with LaTeX, e.g. Prove that for all positive reals $a, b$: $\frac{a}{b} + \frac{b}{a} \ge 2$."
        value={problem}
        rows={7}
        onChange={(e) => setProblem(e.target.value)}
      />
      <div className="form-row">
        <button
          type="submit"
          data-testid="create-session"
          className="primary"
          disabled={!problem.trim() || tooBig || create.isPending}
        >
          {create.isPending ? 'Creating…' : 'Start session'}
        </button>
        <span className={tooBig ? 'error' : 'muted'}>
          {tooBig
            ? `This problem is ${Math.round(size / 1000)} kB; the limit is 200 kB.`
            : size > 0
              ? `${size.toLocaleString()} bytes`
              : ''}
        </span>
        {create.error ? (
          <span className="error" role="alert">
            {create.error.message}
          </span>
        ) : null}
      </div>
    </form>
  );
}
