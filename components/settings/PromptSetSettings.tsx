'use client';

import { usePromptSettings } from '@/hooks/use-prompts';
import { type RolePromptSet, shortHash } from '@/lib/schemas';
import styles from './settings.module.css';

/** A role's templates, each opened on demand, as plain read-only text. */
function Templates({ info }: { info: RolePromptSet }) {
  if (!info.set) return <span className="error">{info.error}</span>;
  return (
    <div className={styles.templates}>
      {info.set.templates.map((t) => (
        <details key={t.purpose} data-testid={`prompt-template-${info.role}-${t.purpose}`}>
          <summary>
            {t.purpose} <span className="muted">{shortHash(t.hash)}</span>
          </summary>
          <pre className={styles.templateText}>{t.text}</pre>
        </details>
      ))}
    </div>
  );
}

/** Which prompt set each role's requests are made from, and its templates (read-only). */
export function PromptSetSettings() {
  const { data, error } = usePromptSettings();
  return (
    <section className={styles.section} data-testid="prompt-sets" aria-labelledby="prompt-sets-h">
      <h2 id="prompt-sets-h">Prompt sets</h2>
      <p className="muted">
        The instructions each role is sent, read from files on the server. Another set is chosen
        with <code>PROOFDESK_PROMPTS=DIR</code>, or per role with{' '}
        <code>PROOFDESK_VERIFIER_PROMPTS=DIR</code> (and <code>GENERATOR</code>,{' '}
        <code>META_VERIFIER</code>, <code>GRADER</code>); see the README.
      </p>
      {error ? <p className="error">{error.message}</p> : null}
      {!data && !error ? <p className="muted">Loading…</p> : null}
      {data ? (
        <table className={styles.table}>
          <thead>
            <tr>
              <th>Role</th>
              <th>Set</th>
              <th>Chosen by</th>
              <th>Parser</th>
              <th>Templates</th>
            </tr>
          </thead>
          <tbody>
            {data.roles.map((r) => (
              <tr key={r.role} data-testid={`prompt-set-${r.role}`}>
                <th scope="row">{r.role}</th>
                <td data-testid="prompt-set-name">
                  {r.set ? (
                    <span title={r.set.description}>
                      <strong>{r.set.name}</strong>
                      <span className="muted">@{shortHash(r.set.hash)}</span>
                    </span>
                  ) : (
                    '—'
                  )}
                </td>
                <td>
                  {r.variable ? <code>{r.variable}</code> : <span className="muted">built-in</span>}
                </td>
                <td>{r.set ? <code>{r.set.parser}</code> : '—'}</td>
                <td>
                  <Templates info={r} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
