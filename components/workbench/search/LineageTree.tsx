import type { SearchCandidateView } from '@/lib/schemas';
import { fmtScore } from '../format';
import styles from './search.module.css';

/**
 * Which proofs and which analyses each refined proof came from: a tree along each proof's
 * main parent, with its other parents and the number of analyses it was shown.
 */
export function LineageTree({ candidates }: { candidates: SearchCandidateView[] }) {
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const children = new Map<string, SearchCandidateView[]>();
  for (const c of candidates) {
    const parent = c.parents[0];
    if (!parent) continue;
    children.set(parent, [...(children.get(parent) ?? []), c]);
  }
  const node = (c: SearchCandidateView) => {
    const kids = children.get(c.id) ?? [];
    const others = c.parents.slice(1).map((id) => `#${byId.get(id)?.ordinal ?? '?'}`);
    return (
      <li
        key={c.id}
        data-testid="lineage-node"
        data-ordinal={c.ordinal}
        data-generation={c.generation}
      >
        <span className={c.failed ? 'muted' : ''}>
          #{c.ordinal} · mean {fmtScore(c.meanScore)}
          {c.analyses.length ? ` · ${c.analyses.length} analyses` : ''}
          {others.length ? ` · also from ${others.join(', ')}` : ''}
          {c.failed ? ' · failed' : ''}
        </span>
        {kids.length ? <ul>{kids.map(node)}</ul> : null}
      </li>
    );
  };
  const roots = candidates.filter((c) => !c.parents.length);
  return (
    <ul className={styles.lineage} data-testid="lineage">
      {roots.map(node)}
    </ul>
  );
}
