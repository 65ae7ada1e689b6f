import uiStyles from '@/components/ui/ui.module.css';
import type { SearchCandidateView } from '@/lib/schemas';
import { fmtScore } from '../format';

/** The pool, best first: proof, parents, mean score, verifications done, self-score. */
export function PoolTable(props: { candidates: SearchCandidateView[]; planned: number }) {
  const byId = new Map(props.candidates.map((c) => [c.id, c]));
  const rows = [...props.candidates].sort(
    (a, b) => (b.meanScore ?? -1) - (a.meanScore ?? -1) || a.ordinal - b.ordinal,
  );
  return (
    <table className={uiStyles.figures} data-testid="search-pool">
      <thead>
        <tr>
          <th>proof</th>
          <th>gen</th>
          <th>parents</th>
          <th>mean</th>
          <th>verified</th>
          <th>self</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr
            key={c.id}
            data-testid="pool-row"
            data-ordinal={c.ordinal}
            data-mean={c.meanScore ?? ''}
            data-done={c.verificationsDone}
          >
            <td>#{c.ordinal}</td>
            <td>{c.generation}</td>
            <td>{c.parents.map((p) => `#${byId.get(p)?.ordinal ?? '?'}`).join(', ') || '—'}</td>
            <td>{c.failed ? 'failed' : fmtScore(c.meanScore)}</td>
            <td>
              {c.verificationsDone}/{c.failed ? 0 : props.planned}
            </td>
            <td>{fmtScore(c.selfScore)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
