'use client';

import { useModelSettings } from '@/hooks/use-settings';
import type { PublicRoleConfig as RoleInfo } from '@/lib/schemas';
import styles from './settings.module.css';
import { TestConnection } from './TestConnection';

function fmt(value: unknown): string {
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The fields a run of this role sends beyond model and messages, and those the profile drops. */
function Parameters({ info }: { info: RoleInfo }) {
  const sent = Object.entries(info.sent).filter(([k]) => k !== 'stream');
  return (
    <div data-testid="role-params">
      <ul className={styles.paramList}>
        {sent.map(([k, v]) => (
          <li key={k}>
            <code>
              {k}: {fmt(v)}
            </code>
          </li>
        ))}
      </ul>
      {info.dropped.length > 0 && (
        <ul className={`${styles.paramList} ${styles.dropped}`} data-testid="role-dropped">
          {info.dropped.map((d) => (
            <li key={d.param}>
              <s>
                <code>
                  {d.param}: {fmt(d.value)}
                </code>
              </s>{' '}
              not sent: {d.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function RoleRow({ info }: { info: RoleInfo }) {
  return (
    <tr data-testid={`role-${info.role}`}>
      <th scope="row">{info.role}</th>
      <td>{info.configured ? info.model : <span className="error">{info.error}</span>}</td>
      <td data-testid="role-provider">
        {info.provider ?? '—'}
        {info.providerSource === 'auto' ? <span className="muted"> (auto)</span> : null}
        {info.endpointVar ? <div className="muted">endpoint: {info.endpointVar}</div> : null}
      </td>
      <td>{info.configured ? <Parameters info={info} /> : '—'}</td>
      <td>{info.hasKey ? 'key set' : 'no key'}</td>
      <td>
        <TestConnection role={info.role} disabled={!info.configured} />
      </td>
    </tr>
  );
}

/** Each role's model, provider profile, the parameters actually sent, and a connection test. */
export function ModelSettings() {
  const { data, error } = useModelSettings();
  if (error) return <p className="error">{error.message}</p>;
  if (!data) return <p className="muted">Loading…</p>;
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th>Role</th>
          <th>Model</th>
          <th>Provider · endpoint</th>
          <th>Parameters sent</th>
          <th>Key</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {data.roles.map((r) => (
          <RoleRow key={r.role} info={r} />
        ))}
      </tbody>
    </table>
  );
}
