import type { Round } from '@/lib/schemas';
import { fmtScore } from '../format';
import styles from './rounds.module.css';

const W = 360;
const H = 150;
const PAD = { left: 34, right: 12, top: 12, bottom: 26 };

type Point = { index: number; mean: number; min: number; max: number; n: number };

function pointOf(r: Round): Point | null {
  const scores = (r.verification?.samples ?? [])
    .filter((s) => s.status === 'succeeded' && s.score !== null)
    .map((s) => s.score as number);
  if (scores.length) {
    return {
      index: r.index,
      mean: scores.reduce((a, b) => a + b, 0) / scores.length,
      min: Math.min(...scores),
      max: Math.max(...scores),
      n: scores.length,
    };
  }
  return r.score === null
    ? null
    : { index: r.index, mean: r.score, min: r.score, max: r.score, n: 1 };
}

/** Verifier scores across rounds: the mean (dot, joined by a line) and the spread (bar). */
export function ScoreChart({ rounds }: { rounds: Round[] }) {
  const points = rounds.map(pointOf).filter((p): p is Point => p !== null);
  if (!points.length) return <p className="muted">No verified round yet.</p>;
  const last = Math.max(...rounds.map((r) => r.index), 1);
  const x = (i: number) =>
    PAD.left + (last === 1 ? 0.5 : (i - 1) / (last - 1)) * (W - PAD.left - PAD.right);
  const y = (s: number) => PAD.top + (1 - s) * (H - PAD.top - PAD.bottom);
  return (
    <svg
      className={styles.chart}
      data-testid="score-chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label="Verifier scores across rounds"
    >
      {[0, 0.5, 1].map((s) => (
        <g key={s}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(s)} y2={y(s)} className={styles.grid} />
          <text x={PAD.left - 6} y={y(s) + 4} textAnchor="end">
            {s}
          </text>
        </g>
      ))}
      <polyline
        className={styles.meanLine}
        points={points.map((p) => `${x(p.index)},${y(p.mean)}`).join(' ')}
      />
      {points.map((p) => (
        <g key={p.index} data-testid="chart-round" data-round={p.index} data-mean={p.mean}>
          <title>{`R${p.index}: mean ${fmtScore(p.mean)}, min ${fmtScore(p.min)}, max ${fmtScore(p.max)} (${p.n} sample${p.n === 1 ? '' : 's'})`}</title>
          <line
            className={styles.spread}
            x1={x(p.index)}
            x2={x(p.index)}
            y1={y(p.min)}
            y2={y(p.max)}
          />
          <circle className={styles.meanDot} cx={x(p.index)} cy={y(p.mean)} r={4} />
          <text x={x(p.index)} y={H - 8} textAnchor="middle">
            R{p.index}
          </text>
        </g>
      ))}
    </svg>
  );
}
