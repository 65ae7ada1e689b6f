import type { NodeFindings } from '@/lib/schemas';
import { nodeStatus } from '@/lib/structure/round-outline';
import styles from './outline.module.css';

const WORDS = {
  unverified: 'unverified',
  clean: 'no issues found',
  gaps: 'gaps',
  critical: 'critical',
};

/** A node's status in words, with its findings' counts: "critical 1 · 1 minor · 2 open". */
export function NodeStatusChip({
  findings,
  verified,
}: {
  findings: NodeFindings;
  verified: boolean;
}) {
  const status = nodeStatus(findings, verified);
  const count = status === 'critical' ? findings.critical : status === 'gaps' ? findings.gap : 0;
  const extra = [
    status === 'critical' && findings.gap
      ? `${findings.gap} gap${findings.gap > 1 ? 's' : ''}`
      : '',
    findings.minor ? `${findings.minor} minor` : '',
    findings.open ? `${findings.open} open` : '',
  ].filter(Boolean);
  return (
    <span className={styles.status} data-status={status} data-testid="outline-node-status">
      <span className={styles.statusWord}>
        {/* Minor findings leave a node clean, but "no issues found" beside "1 minor" reads false. */}
        {status === 'clean' && findings.minor ? 'no gaps' : WORDS[status]}
        {count ? ` ${count}` : ''}
      </span>
      {extra.length ? <span className={styles.statusExtra}>{extra.join(' · ')}</span> : null}
    </span>
  );
}
